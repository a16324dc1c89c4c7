/** What raises a whole pull request: escalate rules, a change to the policy itself, an incomplete file list. */
import { describe, expect, it } from "@jest/globals";
import { evaluate } from "../../src/engine/evaluate.js";
import type { ChangedFile } from "../../src/engine/types.js";
import { compiled, file } from "./helpers.js";

const POLICY = `
version: 1
rules:
  - name: docs
    paths: ["docs/**"]
    tier: low
targets:
  - { name: api, paths: ["services/api/**"], environment: production, tier: medium }
  - { name: worker, paths: ["services/worker/**"], environment: production, tier: medium }
  - { name: site, paths: ["site/**"], environment: staging, tier: low }
sandboxes:
  - name: playground
    paths: ["playground/**"]
escalate:
  - name: several deploys
    when: { targets_over: 2 }
    tier: critical
  - when: { changed_files_over: 20 }
    tier: high
  - when: { changed_lines_over: 500, changed_files_over: 2 }
    tier: high
  - when: { changed_files_over: 1 }
    tier: low
`;
const policy = compiled(POLICY);
const run = (files: ChangedFile[], extra: { totalFiles?: number; policyPath?: string; policyPaths?: string[] } = {}) => evaluate(policy, { files, ...extra });
const docs = (n: number, lines = 1) => Array.from({ length: n }, (_, i) => file(`docs/page-${i}.md`, lines));

describe("escalate", () => {
  it("targets_over: more deploy targets than allowed raises the PR; the escalation says why", () => {
    const d = run([file("services/api/a.ts"), file("services/worker/b.ts"), file("site/index.html")]);
    expect(d.tier).toBe("critical");
    expect(d.escalations).toEqual([
      { condition: "several deploys", description: "3 deploy targets touched (more than 2)", tier: "critical" },
      { condition: "changed_files_over: 1", description: "3 changed files (more than 1)", tier: "low" },
    ]);
  });

  it("targets_over holds only when strictly more targets are touched", () => {
    const d = run([file("services/api/a.ts"), file("services/worker/b.ts")]);
    expect(d.tier).toBe("medium");
    expect(d.escalations.map((e) => e.condition)).not.toContain("several deploys");
  });

  it("changed_files_over counts every changed file", () => {
    const d = run(docs(21));
    expect(d.tier).toBe("high");
    expect(d.escalations.map((e) => e.condition)).toContain("changed_files_over: 20");
  });

  it("fires only when all of its conditions hold", () => {
    // 600 lines in one file: changed_lines_over holds, changed_files_over: 2 does not
    expect(run([file("docs/a.md", 600)]).tier).toBe("low");
    const d = run(docs(3, 200));
    expect(d.tier).toBe("high");
    expect(d.escalations).toContainEqual({
      condition: "changed_files_over: 2, changed_lines_over: 500",
      description: "3 changed files (more than 2) and 600 changed lines (more than 500)",
      tier: "high",
    });
  });

  it("never lowers a tier", () => {
    const d = run([file("services/api/a.ts"), file("docs/a.md")]);
    expect(d.escalations.map((e) => e.tier)).toEqual(["low"]);
    expect(d.tier).toBe("medium");
  });

  it("keeps a PR from being sandboxed once it raises the tier", () => {
    const small = run([file("playground/a.ts")]);
    expect(small.sandboxed).toBe(true);
    const big = run(Array.from({ length: 21 }, (_, i) => file(`playground/f${i}.ts`)));
    expect(big.tier).toBe("high");
    expect(big.sandboxed).toBe(false);
    expect(big.labels).toEqual(["risk:high"]);
  });

  it("does not check changed_lines_over without line counts, and notes it", () => {
    const d = run([{ path: "docs/a.md" }, { path: "docs/b.md" }, { path: "docs/c.md" }]);
    expect(d.tier).toBe("low");
    expect(d.notes.join("\n")).toContain("Line counts are unknown, so escalate[2] (changed_lines_over: 500) was not checked.");
  });
});

describe("a change to the policy file", () => {
  it("is always the highest tier, whatever else matches", () => {
    const d = run([file(".github/blast-radius.yml")]);
    expect(d.tier).toBe("critical");
    expect(d.files[0].reasons[0]).toMatchObject({ kind: "policy-file", tier: "critical" });
    expect(d.escalations.map((e) => e.condition)).toContain("policy file changed");
  });

  it("counts when the policy file is removed or renamed away", () => {
    expect(run([file(".github/blast-radius.yml", 0, { status: "removed" })]).tier).toBe("critical");
    const renamed = run([file("docs/old-policy.yml", 0, { status: "renamed", previousPath: ".github/blast-radius.yml" })]);
    expect(renamed.tier).toBe("critical");
    expect(renamed.files[0].reasons[0]).toMatchObject({ kind: "policy-file", viaPreviousPath: ".github/blast-radius.yml" });
  });

  it("counts every in-repository file the policy is assembled from (an _extends chain)", () => {
    const d = run([file("config/base-risk.yml")], { policyPaths: ["config/base-risk.yml"] });
    expect(d.tier).toBe("critical");
    expect(d.files[0].reasons[0]).toMatchObject({ kind: "policy-file", tier: "critical" });
    expect(d.escalations.find((e) => e.condition === "policy file changed")?.description).toContain("config/base-risk.yml changed");
  });

  it("follows the policy path the caller gives", () => {
    expect(run([file("config/risk.yml")], { policyPath: "config/risk.yml" }).tier).toBe("critical");
    expect(run([file(".github/blast-radius.yml")], { policyPath: "config/risk.yml" }).tier).toBe("medium");
  });

  it("is the highest tier of custom tiers too", () => {
    const d = evaluate(compiled("version: 1\ntiers: [green, amber, red]\ndefault_tier: green\n"), { files: [file(".github/blast-radius.yml")] });
    expect(d.tier).toBe("red");
  });
});

describe("an incomplete file list", () => {
  it("fails closed: the highest tier, with the counts in the reason", () => {
    const d = run(docs(2), { totalFiles: 3001 });
    expect(d.tier).toBe("critical");
    expect(d.truncated).toBe(true);
    expect(d.totals).toMatchObject({ files: 3001, listedFiles: 2 });
    expect(d.escalations[0]).toMatchObject({ condition: "incomplete file list", tier: "critical" });
    expect(d.escalations[0].description).toContain("GitHub listed 2 of 3001 changed files");
  });

  it("is not assumed when totalFiles matches the list", () => {
    const d = run(docs(2), { totalFiles: 2 });
    expect(d.truncated).toBe(false);
    expect(d.tier).toBe("low");
  });

  it("uses the real total for changed_files_over", () => {
    const d = run(docs(1), { totalFiles: 2 });
    expect(d.escalations.map((e) => e.condition)).toContain("changed_files_over: 1");
  });
});
