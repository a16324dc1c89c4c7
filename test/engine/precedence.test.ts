/** Issue 10: rules that lower (`precedence: set`), size inside a target, scoped escalations, GitHub branch filters. */
import { describe, expect, it } from "@jest/globals";
import { evaluate } from "../../src/engine/evaluate.js";
import type { ChangedFile } from "../../src/engine/types.js";
import { decisionReport } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import { compiled, file } from "./helpers.js";

const POLICY = `
version: 1
rules:
  - name: docs
    paths: ["**/*.md"]
    tier: low
  - name: image-tags
    paths: ["services/*/deploy/image-tag.yaml", ".github/workflows/image-tag.yaml"]
    tier: medium
    precedence: set
  - name: preprod-config
    paths: ["services/payments/config/preprod/**"]
    tier: low
    precedence: set
  - name: schema
    paths: ["**/*.sql"]
    tier: critical
targets:
  - name: payments
    paths: ["services/payments/**"]
    environment: production
    tier: high
    size: { changed_lines_over: 400, tier: critical }
  - name: web
    paths: ["services/web/**"]
    environment: production
    tier: high
    size: { changed_files_over: 2, changed_lines_over: 10, tier: critical }
  - name: images
    paths: ["images/**"]
    environment: registry
    tier: medium
  - name: staging-api
    paths: ["services/payments/**"]
    environment: staging
    tier: medium
`;
const policy = compiled(POLICY);
const run = (files: ChangedFile[], baseBranch?: string) => evaluate(policy, { files, ...(baseBranch ? { baseBranch } : {}) });

describe("precedence: set lowers a file inside a higher target", () => {
  it("an image-tag bump in production payments is medium, and the reason names what it overrode", () => {
    const d = run([file("services/payments/deploy/image-tag.yaml", 2)]);
    expect(d.tier).toBe("medium");
    expect(d.files[0].reasons[0]).toMatchObject({
      kind: "rule",
      name: "image-tags",
      tier: "medium",
      precedence: "set",
      overrides: [
        { kind: "target", name: "payments", tier: "high" },
      ],
    });
    expect(renderMarkdown(d)).toContain("tier set to medium by rule **image-tags**, overriding target **payments** (high)");
    expect(renderText(d)).toContain("tier set to medium by rule image-tags, overriding target payments (high)");
    expect(JSON.parse(JSON.stringify(decisionReport(d))).files[0].reasons[0].overrides).toEqual([{ kind: "target", name: "payments", tier: "high" }]);
  });

  it("a raise rule above a set rule's tier is overridden too; the file still shows in its target, as lowered", () => {
    const d = run([file("services/payments/config/preprod/flags.yaml")]);
    expect(d.tier).toBe("low");
    expect(d.files[0].reasons[0].overrides?.map((o) => o.name)).toEqual(["payments", "staging-api"]);
    expect(d.targets.find((t) => t.name === "payments")).toMatchObject({ files: ["services/payments/config/preprod/flags.yaml"], lowered: ["services/payments/config/preprod/flags.yaml"] });
  });

  it("the highest of several matching set rules wins", () => {
    const p = compiled(`
version: 1
rules:
  - { name: a, paths: ["x/**"], tier: low, precedence: set }
  - { name: b, paths: ["x/y/**"], tier: medium, precedence: set }
targets:
  - { name: t, paths: ["x/**"], environment: production, tier: critical }
`);
    const d = evaluate(p, { files: [file("x/y/z.txt")] });
    expect(d.tier).toBe("medium");
    expect(d.files[0].reasons[0].name).toBe("b");
  });

  it("never lowers the policy file or a workflow (hardening), whatever a set rule says", () => {
    const p = compiled(`
version: 1
rules:
  - { name: everything-low, paths: ["**"], tier: low, precedence: set }
`);
    const d = evaluate(p, { files: [file(".github/blast-radius.yml")] });
    expect(d.tier).toBe("critical");
    expect(d.files[0].tier).toBe("critical");
    expect(d.files[0].reasons[0].kind).toBe("policy-file");
  });

  it("never lowers a workflow file (the hardening rule)", () => {
    const p = compiled(`
version: 1
rules:
  - { name: everything-low, paths: ["**"], tier: low, precedence: set }
`);
    const d = evaluate(p, { files: [file(".github/workflows/deploy.yml")] });
    expect(d.tier).toBe("critical");
    expect(d.files[0].reasons[0].kind).toBe("workflow");
    expect(d.files[0].reasons[0].overrides).toBeUndefined();
  });

  it("never lowers an incomplete file list", () => {
    const d = evaluate(policy, { files: [file("services/payments/deploy/image-tag.yaml")], totalFiles: 4000 });
    expect(d.tier).toBe("critical");
  });

  it("is rejected with an unknown value", () => {
    expect(() => compiled(`version: 1\nrules:\n  - { name: a, paths: ["x"], tier: low, precedence: lower }\n`)).toThrow(/precedence/);
  });
});

describe("size inside a target", () => {
  it("a 2-line change to payments is high; a 700-line change is critical, and says why", () => {
    expect(run([file("services/payments/api.ts", 2)]).tier).toBe("high");
    const d = run([file("services/payments/api.ts", 500), file("services/payments/db.ts", 200), file("README.md", 900)]);
    expect(d.tier).toBe("critical");
    const payments = d.targets.find((t) => t.name === "payments")!;
    expect(payments).toMatchObject({ tier: "critical", sizedUp: { from: "high", description: "700 changed lines in its files (more than 400)" } });
    expect(d.files.find((f) => f.path === "services/payments/api.ts")!.reasons[0]).toMatchObject({ kind: "target", name: "payments", tier: "critical" });
    expect(renderMarkdown(d)).toContain("critical past its size: 700 changed lines in its files (more than 400)");
    expect(renderText(d)).toContain("critical past its size: 700 changed lines in its files (more than 400)");
  });

  it("counts only the target's own files: lines elsewhere (docs) do not size it up", () => {
    const d = run([file("services/payments/api.ts", 10), file("docs/guide.md", 5000)]);
    expect(d.tier).toBe("high");
  });

  it("files a set rule lowered do not count toward the size", () => {
    const d = run([file("services/payments/api.ts", 10), file("services/payments/deploy/image-tag.yaml", 1000)]);
    expect(d.tier).toBe("high");
    expect(d.targets.find((t) => t.name === "payments")!.sizedUp).toBeUndefined();
  });

  it("every size condition must hold", () => {
    // web: more than 2 files and more than 10 lines
    expect(run([file("services/web/a.ts", 100)]).tier).toBe("high");
    expect(run([file("services/web/a.ts"), file("services/web/b.ts"), file("services/web/c.ts")]).tier).toBe("high");
    expect(run([file("services/web/a.ts", 5), file("services/web/b.ts", 5), file("services/web/c.ts", 5)]).tier).toBe("critical");
  });

  it("unknown line counts: the size is not checked, and a note says so", () => {
    const d = run([{ path: "services/payments/api.ts" }]);
    expect(d.tier).toBe("high");
    expect(d.notes).toContain("Line counts are unknown, so the size of target payments (changed_lines_over: 400) was not checked.");
  });
});

describe("scoped escalations", () => {
  const scoped = compiled(`
version: 1
rules:
  - { name: docs, paths: ["**/*.md"], tier: low }
targets:
  - { name: payments, paths: ["services/payments/**"], environment: production, tier: high }
  - { name: web, paths: ["services/web/**"], environment: production, tier: medium }
  - { name: image, paths: ["services/**/Dockerfile"], environment: registry, tier: medium }
  - { name: docs-site, paths: ["docs/**"], environment: Production, tier: low }
escalate:
  - name: several production targets
    when: { targets_over: 1 }
    only: { targets: { environments: [production], min_tier: medium } }
    tier: critical
  - name: big code change
    when: { changed_lines_over: 500 }
    only: { files: { min_tier: medium } }
    tier: high
  - name: many high files
    when: { changed_files_over: 1, changed_lines_over: 10 }
    only: { files: { min_tier: high } }
    tier: critical
`);
  const ev = (files: ChangedFile[]) => evaluate(scoped, { files });

  it("targets_over counts only targets of the environment and tier named, and names them", () => {
    // payments (production, high) + image (registry): only one production target at medium or above
    const d = ev([file("services/payments/a.ts"), file("services/payments/Dockerfile")]);
    expect(d.targets.map((t) => t.name)).toEqual(["payments", "image"]);
    expect(d.tier).toBe("high");
    const both = ev([file("services/payments/a.ts"), file("services/web/b.ts")]);
    expect(both.tier).toBe("critical");
    expect(both.escalations[0]).toEqual({
      condition: "several production targets",
      description: "2 deploy targets touched in production, at medium or above (more than 1): payments, web",
      tier: "critical",
      counted: { targets: ["payments", "web"] },
    });
    expect(renderMarkdown(both)).toContain("2 deploy targets touched in production, at medium or above (more than 1): payments, web");
  });

  it("environment names compare case-insensitively; min_tier leaves out lower targets", () => {
    // docs-site is "Production" but low
    expect(ev([file("services/web/b.ts"), file("docs/x.txt")]).tier).toBe("medium");
  });

  it("changed_lines_over limited to files at medium or above does not count Markdown", () => {
    const content = ev([file("content/page.md", 3580), file("services/web/b.ts", 20)]);
    expect(content.tier).toBe("medium");
    const code = ev([file("services/web/b.ts", 600)]);
    expect(code.tier).toBe("high");
    expect(code.escalations[0].description).toBe("600 changed lines of files at medium or above (more than 500)");
    expect(renderText(code)).toContain("600 changed lines of files at medium or above (more than 500)");
  });

  it("several conditions in one entry must all hold, each with its scope", () => {
    expect(ev([file("services/payments/a.ts", 20)]).tier).toBe("high"); // one high file
    const d = ev([file("services/payments/a.ts", 6), file("services/payments/b.ts", 6)]);
    expect(d.tier).toBe("critical");
    expect(d.escalations.map((e) => e.description)).toContain("2 changed files of files at high or above (more than 1) and 12 changed lines of files at high or above (more than 10)");
  });

  it("a limit on a measure the entry does not use is a policy error", () => {
    expect(() => compiled(`version: 1\nescalate:\n  - { when: { changed_files_over: 1 }, only: { targets: { min_tier: high } }, tier: high }\n`)).toThrow(
      /escalate\[0\]\.only\.targets: limits which targets count, but the entry has no targets_over/,
    );
    expect(() => compiled(`version: 1\nescalate:\n  - { when: { targets_over: 1 }, only: { files: { min_tier: hihg } }, tier: high }\n`)).toThrow(/unknown tier "hihg"/);
  });
});

describe("target branches: GitHub's filter semantics", () => {
  const branchy = compiled(`
version: 1
default_tier: low
targets:
  - name: prod
    paths: ["app/**"]
    environment: production
    tier: high
    branches: ["**", "!prod-freeze/**", "prod-freeze/hotfix-*"]
  - name: releases
    paths: ["app/**"]
    environment: staging
    tier: medium
    branches_ignore: ["main", "feature/**"]
`);
  const tierOn = (branch: string) => evaluate(branchy, { files: [file("app/a.ts")], baseBranch: branch }).targets.map((t) => t.name);

  it("! negates the patterns before it; the last matching pattern decides", () => {
    expect(tierOn("main")).toEqual(["prod"]);
    expect(tierOn("prod-freeze/2026")).toEqual(["releases"]);
    expect(tierOn("prod-freeze/hotfix-1")).toEqual(["prod", "releases"]);
  });

  it("branches_ignore leaves out the branches it matches", () => {
    expect(tierOn("feature/x/y")).toEqual(["prod"]);
    expect(tierOn("release/1.2")).toEqual(["prod", "releases"]);
  });

  it("branches and branches_ignore together are rejected, as GitHub does", () => {
    expect(() => compiled(`version: 1\ntargets:\n  - { name: t, paths: ["a"], environment: e, tier: high, branches: [main], branches_ignore: [dev] }\n`)).toThrow(
      /targets\[0\]\.branches_ignore: use either branches or branches_ignore, not both/,
    );
  });
});

describe("scoped escalations over discovered reach and never_ship", () => {
  const p = compiled(`
version: 1
rules:
  - { name: tests, paths: ["**/*.test.ts"], tier: medium }
targets:
  - { name: api, paths: ["services/api/**"], environment: production, tier: high }
  - { name: web, paths: ["services/web/**"], environment: production, tier: high }
never_ship: ["**/*.test.ts"]
escalate:
  - name: several apps changed directly
    when: { targets_over: 1 }
    only: { targets: { direct_only: true } }
    tier: critical
  - name: many shipping files
    when: { changed_files_over: 2 }
    only: { files: { min_tier: medium, exclude_never_ship: true } }
    tier: critical
`);
  const discovered = { targets: [], dependencyReach: [{ target: "web", root: "packages/ui", route: ["@acme/web", "@acme/ui"] }], notes: [] };

  it("direct_only leaves out a target reached only through a workspace dependency", () => {
    const d = evaluate(p, { files: [file("services/api/a.ts"), file("packages/ui/button.ts")], discovered });
    expect(d.targets.map((t) => t.name)).toEqual(["api", "web"]);
    expect(d.targets[1]).toMatchObject({ files: [], throughDependency: [{ path: "packages/ui/button.ts", route: ["@acme/web", "@acme/ui"] }] });
    expect(d.tier).toBe("high");
    const direct = evaluate(p, { files: [file("services/api/a.ts"), file("services/web/b.ts")], discovered });
    expect(direct.tier).toBe("critical");
    expect(direct.escalations[0].description).toBe("2 deploy targets touched that a changed file lies in (not through a dependency) (more than 1): api, web");
  });

  it("exclude_never_ship leaves test files out of the count", () => {
    const tests = evaluate(p, { files: [file("services/api/a.ts"), file("services/api/a.test.ts"), file("services/api/b.test.ts")] });
    expect(tests.files.find((f) => f.path === "services/api/a.test.ts")!.neverShip).toBe("**/*.test.ts");
    expect(tests.tier).toBe("high"); // api's own file; the two tests do not make it "many shipping files"
    expect(tests.escalations).toEqual([]);
    const code = evaluate(p, { files: [file("services/api/a.ts"), file("services/api/b.ts"), file("services/api/c.ts")] });
    expect(code.escalations.map((e) => e.description)).toEqual(["3 changed files of files at medium or above, leaving out never_ship files (more than 2)"]);
  });
});
