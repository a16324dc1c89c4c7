/**
 * Issue 8 point 4: matching is bounded by a work budget (MAX_MATCH_WORK), a counter, not a clock.
 * A policy within every limit that the glob index cannot narrow down stops at the budget instead
 * of holding the event loop; an ordinary large policy needs a small part of it.
 */
import { describe, expect, it } from "@jest/globals";
import { compilePolicy, evaluate } from "../../src/engine/evaluate.js";
import { MatchingTooExpensive, WORK_UNITS } from "../../src/engine/glob.js";
import { MAX_GLOBS, MAX_MATCH_WORK } from "../../src/policy/limits.js";
import { policyFrom } from "./helpers.js";

/** The policy validate accepts with MAX_GLOBS globs of `[...]` classes: no literal to index by. */
function costlyPolicy(): string {
  const rules = Array.from({ length: MAX_GLOBS / 2 }, (_, r) => `  - { name: r${r}, paths: ["*[f]ile-${2 * r}{a,b}*", "*[f]ile-${2 * r + 1}{a,b}*"], tier: high }`);
  return `version: 1\nrules:\n${rules.join("\n")}\n`;
}

const files = (count: number, depth: number) =>
  Array.from({ length: count }, (_, i) => ({ path: `${Array.from({ length: depth }, (_, d) => `dir${d}`).join("/")}/file-${i}.ts`, additions: 1, deletions: 1 }));

/** 1,000 rules of the shapes people write, as in `npm run bench`. */
function ordinaryPolicy(): string {
  const rules = Array.from({ length: 1000 }, (_, i) => {
    const paths = [`services/svc-${i}/**`, `libs/lib-${i}/src/**/*.ts`, `docs/**/section-${i}-*/*.md`, `**/*.${["ts", "go", "sql"][i % 3]}`, `config/env-${i}.yml`][i % 5];
    return `  - { name: r${i}, paths: ["${paths}"], exclude: ["**/__tests__/**"], tier: ${["low", "medium", "high"][i % 3]} }`;
  });
  return `version: 1\nrules:\n${rules.join("\n")}\n`;
}
const ordinaryFiles = Array.from({ length: 3000 }, (_, i) => ({
  path: [`services/svc-${i % 1000}/src/h${i}.ts`, `libs/lib-${i % 1000}/src/a/b${i}.ts`, `docs/guide/section-${i % 1000}-x/p${i}.md`, `web/app/__tests__/t${i}.ts`][i % 4],
  additions: 1,
  deletions: 1,
}));

describe("the matching work budget", () => {
  it("stops a policy within every limit that would take too long, at the budget", () => {
    const compiled = compilePolicy(policyFrom(costlyPolicy()));
    expect(() => evaluate(compiled, { files: files(3000, 8) })).toThrow(MatchingTooExpensive);
    // stopped at the budget, overshooting it by at most the one step that crossed it
    expect(compiled.matchingWork()).toBeGreaterThan(MAX_MATCH_WORK);
    expect(compiled.matchingWork()).toBeLessThanOrEqual(MAX_MATCH_WORK + 2 * WORK_UNITS.buildMinimatch);
  });

  it("names the budget in its message", () => {
    const compiled = compilePolicy(policyFrom(costlyPolicy()));
    expect(() => evaluate(compiled, { files: files(50, 4) })).toThrow("takes more than 50,000,000 units of work (the limit)");
  });

  it("is a count of work: the same policy and files pass or stop alike, at an exact budget", () => {
    const policy = policyFrom(ordinaryPolicy());
    const needed = compilePolicy(policy, { workBudget: Infinity });
    const decision = evaluate(needed, { files: ordinaryFiles });
    const work = needed.matchingWork();
    expect(evaluate(compilePolicy(policy, { workBudget: work }), { files: ordinaryFiles })).toEqual(decision);
    expect(() => evaluate(compilePolicy(policy, { workBudget: work - 1 }), { files: ordinaryFiles })).toThrow(MatchingTooExpensive);
  });

  it("charges each evaluation the same, though the policy's index and its matchers are built once", () => {
    // the first evaluation builds the RegExps of `docs/**/section-N-*/*.md`; later ones reuse them
    // and must still be charged for them, or a budget would pass or stop depending on history
    const policy = policyFrom(ordinaryPolicy());
    const first = compilePolicy(policy);
    const decision = evaluate(first, { files: ordinaryFiles });
    const again = compilePolicy(policy);
    expect(evaluate(again, { files: ordinaryFiles })).toEqual(decision);
    expect(again.matchingWork()).toBe(first.matchingWork());
    expect(first.matchingWork()).toBeGreaterThan(ordinaryFiles.length * WORK_UNITS.shortcutTest + WORK_UNITS.buildRegExp);
  });

  it("leaves an ordinary 1,000-rule policy against 3,000 files under a hundredth of the budget", () => {
    const compiled = compilePolicy(policyFrom(ordinaryPolicy()));
    const decision = evaluate(compiled, { files: ordinaryFiles });
    expect(decision.files).toHaveLength(3000);
    expect(compiled.matchingWork()).toBeGreaterThan(0);
    expect(compiled.matchingWork()).toBeLessThan(MAX_MATCH_WORK / 100);
  });
});
