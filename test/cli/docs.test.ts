/**
 * docs/configuration.md stays true: it quotes the real built-in default policy, documents every
 * top-level key, its policies validate, and the full example decides what the text says it does.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_POLICY_YAML } from "../../src/policy/default.js";
import { formatProblem, loadPolicy } from "../../src/policy/load.js";
import { policySchema } from "../../src/policy/schema.js";
import { json, requireBuild, ROOT, run, tempDir } from "./helpers.js";

const DOC = readFileSync(join(ROOT, "docs/configuration.md"), "utf8");
const yamlBlocks = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
const policies = yamlBlocks.filter((block) => /^version: 1$/m.test(block));

describe("docs/configuration.md", () => {
  it("quotes the built-in default policy exactly", () => {
    expect(yamlBlocks).toContain(DEFAULT_POLICY_YAML);
  });

  it("documents every top-level key of the policy", () => {
    const keys = Object.keys((policySchema as unknown as { shape: Record<string, unknown> }).shape);
    for (const key of keys) expect(DOC).toContain(`### \`${key}\``);
  });

  it("shows only policies that validate", () => {
    expect(policies.length).toBeGreaterThanOrEqual(3);
    for (const text of policies) {
      const result = loadPolicy([{ path: "docs/configuration.md", text }]);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    }
  });
});

describe("the full example in docs/configuration.md decides what the text says", () => {
  const full = policies[policies.length - 1];
  let t: ReturnType<typeof tempDir>;
  const decide = (files: unknown, baseBranch: string) =>
    json(run(["evaluate", "--config", t.path("policy.yml"), "--files", "-", "--format", "json", "--base-branch", baseBranch], { input: typeof files === "string" ? files : JSON.stringify(files) }));

  beforeAll(() => {
    requireBuild();
    t = tempDir({ "policy.yml": full });
  });
  afterAll(() => t.cleanup());

  it("checkout into main is high and needs a senior; into develop it is medium", () => {
    const files = "services/checkout/cart.go\nservices/checkout/cart_test.go\n";
    const main = decide(files, "main");
    expect(main).toMatchObject({ tier: "high", approvals: { count: 1, from: ["@acme/seniors"] } });
    expect(main.files.map((f) => f.tier)).toEqual(["high", "low"]);
    expect(decide(files, "develop")).toMatchObject({ tier: "medium", approvals: { count: 1 } });
  });

  it("moving code out of payments is critical", () => {
    const report = decide([{ filename: "libs/money/rounding.go", previous_filename: "services/payments/rounding.go", status: "renamed", additions: 1, deletions: 1 }], "main");
    expect(report).toMatchObject({ tier: "critical", approvals: { count: 2, from: ["@acme/seniors", "@acme/sre"] } });
  });

  it("a small sandbox-only change is sandboxed and needs a mentor; over budget it is medium", () => {
    const small = decide([{ filename: "sandbox/jo/demo.go", status: "added", additions: 120, deletions: 0 }], "main");
    expect(small).toMatchObject({ tier: "low", sandboxed: true, labels: ["risk:low", "sandbox"], approvals: { count: 1, from: ["@acme/mentors"] } });
    const big = decide([{ filename: "sandbox/jo/demo.go", status: "added", additions: 500, deletions: 0 }], "main");
    expect(big).toMatchObject({ tier: "medium", sandboxed: false, approvals: { count: 1 } });
    expect(big.approvals?.from).toBeUndefined();
  });
});
