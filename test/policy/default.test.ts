/** The built-in policy for repositories without one: it loads, it only reports, and its tiers make sense. */
import { describe, expect, it } from "@jest/globals";
import { compilePolicy, evaluate } from "../../src/engine/evaluate.js";
import { gate } from "../../src/engine/gate.js";
import { DEFAULT_POLICY_NAME, DEFAULT_POLICY_YAML, defaultPolicy } from "../../src/policy/default.js";
import { loadPolicy } from "../../src/policy/load.js";

describe("the built-in default policy", () => {
  it("loads through the same loader as users' policies", () => {
    expect(loadPolicy([{ path: DEFAULT_POLICY_NAME, text: DEFAULT_POLICY_YAML }]).ok).toBe(true);
  });

  it("is in report mode, so it never blocks a merge nobody asked it to block", () => {
    expect(defaultPolicy().mode).toBe("report");
    const decision = evaluate(compilePolicy(defaultPolicy()), { files: [{ path: "migrations/001.sql", additions: 10, deletions: 0 }] });
    expect(decision.tier).toBe("high");
    expect(gate(decision, null, null)).toMatchObject({ passing: true, state: "report" });
  });

  it.each([
    ["README.md", "low"],
    ["docs/guide/setup.md", "low"],
    ["src/app.test.ts", "low"],
    ["pkg/server_test.go", "low"],
    ["src/app.ts", "medium"],
    [".github/dependabot.yml", "high"],
    [".github/workflows/ci.yml", "critical"],
    ["deploy/Dockerfile", "high"],
    ["infra/main.tf", "high"],
    ["db/schema.sql", "high"],
    [".github/blast-radius.yml", "critical"],
  ])("puts %s at %s", (path, tier) => {
    expect(evaluate(compilePolicy(defaultPolicy()), { files: [{ path, additions: 1, deletions: 0 }] }).tier).toBe(tier);
  });

  it("escalates very large pull requests to high", () => {
    const files = Array.from({ length: 101 }, (_, i) => ({ path: `docs/p${i}.md`, additions: 1, deletions: 0 }));
    expect(evaluate(compilePolicy(defaultPolicy()), { files }).tier).toBe("high");
  });
});
