/**
 * Which tier each changed file gets and why: globs, excludes, removed and renamed files, base
 * branches, the default tier, and what the decision tells people.
 */
import { describe, expect, it } from "@jest/globals";
import { evaluate, managedLabels } from "../../src/engine/evaluate.js";
import type { ChangedFile, Decision } from "../../src/engine/types.js";
import { compiled, file, policyFrom } from "./helpers.js";

const POLICY = `
version: 1
rules:
  - name: docs
    paths: ["docs/**", "*.md"]
    tier: low
  - name: ci
    paths: [".github/**"]
    tier: high
  - name: migrations
    paths: ["**/migrations/*.sql"]
    exclude: ["**/migrations/seed_*.sql"]
    tier: critical
targets:
  - name: payments-api
    paths: ["services/payments/**"]
    exclude: ["services/payments/fixtures/**"]
    environment: production (eu-west-1)
    tier: high
  - name: web
    paths: ["web/**"]
    environment: staging
    tier: medium
  - name: release-tooling
    paths: ["tools/release/**"]
    environment: release pipeline
    tier: critical
    branches: ["main", "release/*"]
sandboxes:
  - name: playground
    paths: ["playground/**"]
approvals:
  high: { count: 1, from: ["@acme/seniors"] }
  critical: { count: 2, from: ["@acme/seniors", "cto"] }
`;
const policy = compiled(POLICY);

const run = (files: ChangedFile[], extra: { baseBranch?: string; totalFiles?: number } = {}) => evaluate(policy, { files, ...extra });
const fileIn = (decision: Decision, path: string) => {
  const found = decision.files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} is not in the decision`);
  return found;
};
/** "kind name" for each reason that sets the file's tier */
const setBy = (decision: Decision, path: string) => {
  const f = fileIn(decision, path);
  return f.reasons.filter((r) => r.tier === f.tier).map((r) => `${r.kind} ${r.name}`);
};

describe("globs in a policy", () => {
  it("dot directories match: a change under .github/ is high", () => {
    const d = run([file(".github/CODEOWNERS")]);
    expect(d.tier).toBe("high");
    expect(setBy(d, ".github/CODEOWNERS")).toEqual(["rule ci"]);
  });

  it("a pattern without a slash matches at any depth: a/b/README.md is docs", () => {
    const d = run([file("a/b/README.md")]);
    expect(d.tier).toBe("low");
    expect(setBy(d, "a/b/README.md")).toEqual(["rule docs"]);
  });

  it("exclude removes paths from a rule", () => {
    const d = run([file("db/migrations/001_init.sql"), file("db/migrations/seed_users.sql")]);
    expect(fileIn(d, "db/migrations/001_init.sql").tier).toBe("critical");
    expect(setBy(d, "db/migrations/seed_users.sql")).toEqual(["default default_tier"]);
    expect(fileIn(d, "db/migrations/seed_users.sql").tier).toBe("medium");
  });

  it("exclude removes paths from a target: they are not a deploy of it", () => {
    const d = run([file("services/payments/fixtures/card.json")]);
    expect(d.targets).toEqual([]);
    expect(d.tier).toBe("medium");
  });

  it("an exclude applies to its own rule only, under its own directory, even where another rule includes the same glob", () => {
    const policy = compiled(`version: 1
rules:
  - { name: docs, paths: ["docs/**"], tier: low }
  - { name: api, paths: ["services/api/**"], exclude: ["services/api/**/*.md", "docs/**"], tier: high }
  - { name: markdown, paths: ["**/*.md"], exclude: ["services/api/**/*.md"], tier: medium }
`);
    const d = evaluate(policy, { files: [file("services/api/README.md"), file("services/web/README.md"), file("services/api/main.go"), file("docs/guide.md")] });
    const names = (path: string) => fileIn(d, path).reasons.map((r) => `${r.kind} ${r.name}`);
    expect(names("services/api/README.md")).toEqual(["default default_tier"]);
    // the same name below another directory: the exclude's directory does not match
    expect(names("services/web/README.md")).toEqual(["rule markdown"]);
    expect(names("services/api/main.go")).toEqual(["rule api"]);
    // `docs/**` is api's exclude and docs's include: it takes nothing out of docs
    expect(names("docs/guide.md")).toEqual(["rule markdown", "rule docs"]);
  });
});

describe("which files count", () => {
  it("a removed file counts like any other", () => {
    const d = run([file(".github/dependabot.yml", 0, { status: "removed", deletions: 40 })]);
    expect(d.tier).toBe("high");
    expect(fileIn(d, ".github/dependabot.yml").status).toBe("removed");
  });

  it("a renamed file counts at its previous path: moving code out of a target still touches it", () => {
    const d = run([file("docs/old-charge.ts", 0, { status: "renamed", previousPath: "services/payments/charge.ts" })]);
    expect(d.tier).toBe("high");
    const f = fileIn(d, "docs/old-charge.ts");
    expect(f.previousPath).toBe("services/payments/charge.ts");
    expect(f.reasons[0]).toMatchObject({ kind: "target", name: "payments-api", tier: "high", viaPreviousPath: "services/payments/charge.ts" });
    expect(d.targets).toEqual([{ name: "payments-api", environment: "production (eu-west-1)", tier: "high", files: ["docs/old-charge.ts"] }]);
  });

  it("a renamed file counts at its new path too", () => {
    const d = run([file(".github/ci/old.yml", 0, { status: "renamed", previousPath: "docs/ci.yml" })]);
    expect(d.tier).toBe("high");
    expect(setBy(d, ".github/ci/old.yml")).toEqual(["rule ci"]);
  });

  it("moving a file from a path nothing covers into docs is still default_tier, not low", () => {
    const d = run([file("docs/charge.ts", 0, { status: "renamed", previousPath: "src/billing/charge.ts" })]);
    expect(d.tier).toBe("medium");
    expect(fileIn(d, "docs/charge.ts").reasons[0]).toMatchObject({ kind: "default", tier: "medium", viaPreviousPath: "src/billing/charge.ts" });
  });

  it("a rename within one area names that area once", () => {
    const d = run([file("src/b.ts", 0, { status: "renamed", previousPath: "src/a.ts" })]);
    expect(fileIn(d, "src/b.ts").reasons).toEqual([{ kind: "default", name: "default_tier", tier: "medium" }]);
    const t = run([file("services/payments/v2.ts", 0, { status: "renamed", previousPath: "services/payments/v1.ts" })]);
    expect(fileIn(t, "services/payments/v2.ts").reasons).toEqual([{ kind: "target", name: "payments-api", tier: "high", environment: "production (eu-west-1)" }]);
    expect(t.targets[0].files).toEqual(["services/payments/v2.ts"]);
  });

  it("a rename within a target still counts its previous path when the new path leaves it", () => {
    const d = run([file("services/payments/fixtures/old.ts", 0, { status: "renamed", previousPath: "services/payments/old.ts" })]);
    expect(setBy(d, "services/payments/fixtures/old.ts")).toEqual(["target payments-api"]);
  });
});

describe("a file's tier", () => {
  it("is the highest among every rule and target matching it; those reasons come first", () => {
    const d = run([file("services/payments/docs/api.md")]);
    expect(d.tier).toBe("high");
    const f = fileIn(d, "services/payments/docs/api.md");
    expect(f.reasons.map((r) => `${r.kind} ${r.name}: ${r.tier}`)).toEqual(["target payments-api: high", "rule docs: low"]);
  });

  it("is default_tier when nothing matches", () => {
    const d = run([file("src/index.ts")]);
    expect(d.tier).toBe("medium");
    expect(setBy(d, "src/index.ts")).toEqual(["default default_tier"]);
  });

  it("follows a custom default_tier", () => {
    const d = evaluate(compiled("version: 1\ndefault_tier: high\n"), { files: [file("src/index.ts")] });
    expect(d.tier).toBe("high");
  });

  it("is the lowest tier for an uncovered file inside a sandbox", () => {
    const d = run([file("playground/try.ts")]);
    expect(d.tier).toBe("low");
    expect(setBy(d, "playground/try.ts")).toEqual(["sandbox playground"]);
  });

  it("takes a rule over a sandbox: a migration in the sandbox is still critical", () => {
    const d = run([file("playground/migrations/001.sql")]);
    expect(d.tier).toBe("critical");
    expect(d.sandboxed).toBe(false);
  });
});

describe("targets with branches", () => {
  const change = [file("tools/release/publish.sh")];

  it("apply when the base branch matches a glob", () => {
    const d = run(change, { baseBranch: "release/2.3" });
    expect(d.tier).toBe("critical");
    expect(d.targets.map((t) => `${t.name} -> ${t.environment}`)).toEqual(["release-tooling -> release pipeline"]);
  });

  it("apply when the base branch is listed by name", () => {
    expect(run(change, { baseBranch: "main" }).tier).toBe("critical");
  });

  it("do not apply for other base branches: the file falls back to default_tier", () => {
    const d = run(change, { baseBranch: "feature/x" });
    expect(d.tier).toBe("medium");
    expect(d.targets).toEqual([]);
    // `release/*` is a branch glob: it does not reach into deeper names
    expect(run(change, { baseBranch: "release/2.3/hotfix" }).tier).toBe("medium");
  });

  it("apply when the base branch is unknown (fail closed), and say so", () => {
    const d = run(change);
    expect(d.tier).toBe("critical");
    expect(d.notes.join("\n")).toContain("base branch is unknown");
  });
});

describe("the decision", () => {
  it("carries tier, labels, targets with environments, file reasons and the approval requirement", () => {
    const d = run([file("services/payments/charge.ts", 10), file("web/app.tsx", 5), file("docs/a.md", 2)], { baseBranch: "main" });
    expect(d.tier).toBe("high");
    expect(d.labels).toEqual(["risk:high"]);
    expect(d.sandboxed).toBe(false);
    expect(d.targets).toEqual([
      { name: "payments-api", environment: "production (eu-west-1)", tier: "high", files: ["services/payments/charge.ts"] },
      { name: "web", environment: "staging", tier: "medium", files: ["web/app.tsx"] },
    ]);
    expect(d.files.map((f) => [f.path, f.tier])).toEqual([
      ["services/payments/charge.ts", "high"],
      ["web/app.tsx", "medium"],
      ["docs/a.md", "low"],
    ]);
    expect(d.approvals).toEqual({ count: 1, from: ["@acme/seniors"], source: "tier high" });
    expect(d.totals).toEqual({ files: 3, listedFiles: 3, changedLines: 17 });
    expect(d.mode).toBe("enforce");
    expect(d.baseBranch).toBe("main");
  });

  it("needs no approval for a tier the policy names no approvals for", () => {
    expect(run([file("src/index.ts")]).approvals).toBeNull();
  });

  it("treats a count of 0 as no approval needed", () => {
    const d = evaluate(compiled("version: 1\napprovals:\n  medium: { count: 0 }\n"), { files: [file("src/a.ts")] });
    expect(d.approvals).toBeNull();
  });

  it("leaves the line total unknown when GitHub gives no line counts", () => {
    expect(run([{ path: "src/a.ts" }]).totals.changedLines).toBeNull();
  });

  it("uses the label prefix from the policy", () => {
    const d = evaluate(compiled('version: 1\nlabels: { prefix: "blast/" }\n'), { files: [file("src/a.ts")] });
    expect(d.labels).toEqual(["blast/medium"]);
  });

  it("says so when the pull request changes nothing", () => {
    const d = run([]);
    expect(d.tier).toBe("low");
    expect(d.notes).toContain("The pull request changes no files.");
  });
});

describe("managedLabels", () => {
  it("lists every tier label and the sandbox label, so stale ones can be removed", () => {
    expect(managedLabels(policyFrom(POLICY))).toEqual(["risk:low", "risk:medium", "risk:high", "risk:critical", "sandbox"]);
  });

  it("leaves out the sandbox label when it is turned off", () => {
    expect(managedLabels(policyFrom("version: 1\ntiers: [safe, risky]\ndefault_tier: risky\nlabels: { prefix: 'r/', sandbox: false }\n"))).toEqual(["r/safe", "r/risky"]);
  });
});
