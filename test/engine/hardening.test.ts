/**
 * Rules a policy cannot lower: names that are JavaScript built-ins never reach the prototype of
 * a record, and a change to a workflow (which can switch the guardrail off) always takes the
 * highest tier, like a change to the policy itself.
 */
import { describe, expect, it } from "@jest/globals";
import { evaluate } from "../../src/engine/evaluate.js";
import { gate } from "../../src/engine/gate.js";
import { compiled, file } from "./helpers.js";

describe("tier names that are JavaScript built-ins", () => {
  const policy = compiled(`
version: 1
tiers: [low, toString, constructor, hasOwnProperty, valueOf]
default_tier: low
rules:
  - { name: a, paths: ["a/**"], tier: toString }
  - { name: b, paths: ["b/**"], tier: constructor }
  - { name: c, paths: ["c/**"], tier: valueOf }
approvals:
  hasOwnProperty: { count: 1 }
  valueOf: { count: 2, from: ["@acme/seniors"] }
`);

  it.each([
    ["a/x.ts", "toString"],
    ["b/x.ts", "constructor"],
  ])("a tier without approvals (%s -> %s) needs none, rather than 'undefined approvals'", (path, tier) => {
    const decision = evaluate(policy, { files: [file(path)] });
    expect(decision.tier).toBe(tier);
    expect(decision.approvals).toBeNull();
    expect(gate(decision, null, null)).toEqual({ passing: true, state: "passed", title: `${tier.charAt(0).toUpperCase()}${tier.slice(1)} risk: no approval needed`, approved: true, requestReviews: false });
  });

  it("a tier with approvals gets exactly its own", () => {
    const decision = evaluate(policy, { files: [file("c/x.ts")] });
    expect(decision.approvals).toEqual({ count: 2, from: ["@acme/seniors"], source: "tier valueOf" });
  });

  it("the lowest tier named like a built-in, on a sandboxed pull request", () => {
    const sandboxed = compiled(`
version: 1
tiers: [constructor, high]
default_tier: high
sandboxes:
  - { name: play, paths: ["play/**"] }
`);
    const decision = evaluate(sandboxed, { files: [file("play/x.ts")] });
    expect(decision.sandboxed).toBe(true);
    expect(decision.approvals).toBeNull();
  });
});

describe("a change under .github/workflows/", () => {
  const policy = compiled(`
version: 1
tiers: [low, medium, high, critical]
default_tier: low
rules:
  - { name: workflows, paths: [".github/**"], tier: low }
approvals:
  critical: { count: 2 }
`);

  it.each([".github/workflows/ci.yml", ".github/workflows/nested/deploy.yaml"])("takes the highest tier whatever the policy says (%s)", (path) => {
    const decision = evaluate(policy, { files: [file(path)] });
    expect(decision.tier).toBe("critical");
    expect(decision.files[0].reasons[0]).toEqual({ kind: "workflow", name: "a GitHub Actions workflow", tier: "critical" });
    expect(decision.escalations).toEqual([
      {
        condition: "workflow changed",
        description: `${path} changed; a workflow can skip or replace the Blast Radius check, so it takes the highest tier`,
        tier: "critical",
      },
    ]);
    expect(decision.approvals).toEqual({ count: 2, source: "tier critical" });
  });

  it("counts a workflow renamed or moved away through its previous path", () => {
    const decision = evaluate(policy, { files: [file("ci-old.yml", 1, { previousPath: ".github/workflows/ci.yml", status: "renamed" })] });
    expect(decision.tier).toBe("critical");
  });

  it("leaves other .github files to the policy", () => {
    const decision = evaluate(policy, { files: [file(".github/CODEOWNERS"), file(".github/workflows-notes.md")] });
    expect(decision.tier).toBe("low");
    expect(decision.escalations).toEqual([]);
  });
});
