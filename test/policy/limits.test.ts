/**
 * A policy is written by whoever can push a branch (the base branch of a pull request can be any
 * branch), so a hostile policy must be refused, located, before it costs time or memory: past
 * the documented limits (src/policy/limits.ts, docs/configuration.md "Limits"), never silently.
 * Every input here is generated; each would have been accepted, cut, or expanded before.
 */
import { describe, expect, it } from "@jest/globals";
import { formatProblem, loadPolicy, parseYamlQuickly } from "../../src/policy/load.js";
import { formatCount, MAX_ALIASES, MAX_BRACE_EXPANSIONS, MAX_GLOBS, MAX_POLICY_BYTES, MAX_RULES, MAX_VALUES, measureValue } from "../../src/policy/limits.js";

const FILE = ".github/blast-radius.yml";
const problems = (text: string): string[] => {
  const result = loadPolicy([{ path: FILE, text }]);
  return result.ok ? [] : result.problems.map(formatProblem);
};
const rulesOf = (count: number, line: (i: number) => string) => `version: 1\nrules:\n${Array.from({ length: count }, (_, i) => line(i)).join("\n")}\n`;

describe("YAML aliases", () => {
  it("allows a few aliases, as people use them to share a list", () => {
    const text = 'version: 1\nrules:\n  - { name: a, paths: &shared ["infra/**", "k8s/**"], tier: high }\n  - { name: b, paths: *shared, tier: critical }\n';
    expect(problems(text)).toEqual([]);
  });

  it(`refuses more than ${MAX_ALIASES} aliases, pointing at the first one too many`, () => {
    // 150 rules reusing one list: cheap here, but the same shape 20 KB long held the app for a minute
    const text = `version: 1\nx-globs: &g ["a/**"]\n` + rulesOf(150, (i) => `  - { name: r${i}, paths: *g, tier: high }`).slice("version: 1\n".length);
    expect(problems(text)).toEqual([`${FILE}:${3 + MAX_ALIASES + 1}:26: too many aliases: a policy may use at most ${MAX_ALIASES} aliases (\`*name\`)`]);
  });

  it(`refuses a policy that aliases expand past ${MAX_VALUES.toLocaleString("en-US")} values, before anything walks it`, () => {
    const globs = Array.from({ length: 2_000 }, (_, i) => `"d${i}/**"`).join(", ");
    const text = `version: 1\nrules:\n  - { name: r0, paths: &g [${globs}], tier: high }\n` + Array.from({ length: 60 }, (_, i) => `  - { name: r${i + 1}, paths: *g, tier: high }`).join("\n") + "\n";
    expect(problems(text)).toEqual([`${FILE}:4:24: the policy holds more than 100,000 values once its aliases are expanded`]);
  });

  it("never expands an alias bomb on the fast path, where `_extends` is read from", () => {
    // ten levels of ten: 10^10 values if anything walked it as a tree
    const levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
    const bomb = `${levels.join("\n")}\n_extends: *a9\nversion: 1\n`;
    expect(bomb.length).toBeLessThan(600);
    expect(parseYamlQuickly(bomb)).toBeUndefined();
    expect(measureValue(parseYamlQuickly("a: &a [x]\nb: [*a, *a]\n"))).toBe("ok");
    expect(problems(bomb)).toEqual([`${FILE}:2:10: invalid YAML: Excessive alias count indicates a resource exhaustion attack`]);
  });

  it(`refuses a policy of more than ${MAX_VALUES.toLocaleString("en-US")} values written out, without any alias`, () => {
    const text = `version: 1\nnever_ship: [${Array(MAX_VALUES).fill("a").join(",")}]\n`;
    expect(parseYamlQuickly(text)).toBeUndefined();
    expect(problems(text)).toEqual([`${FILE}:1:1: the policy holds more than 100,000 values`]);
    expect(measureValue(parseYamlQuickly(`version: 1\nnever_ship: [${Array(1_000).fill("a").join(",")}]\n`), false)).toBe("ok");
  });

  it("refuses a recursive alias and values nested too deep", () => {
    expect(problems("version: 1\nrules: &r [*r]\n")).toEqual([expect.stringMatching(/^\.github\/blast-radius\.yml:2:\d+: /)]);
    expect(problems(`version: 1\nrules: ${"[".repeat(30)}${"]".repeat(30)}\n`)).toEqual([`${FILE}:1:1: the policy nests mappings and lists more than 20 levels deep`]);
  });
});

describe("size and counts", () => {
  it("refuses a policy file over 1 MiB, without parsing it", () => {
    const text = `version: 1\n# ${"x".repeat(MAX_POLICY_BYTES)}\n`;
    expect(parseYamlQuickly(text)).toBeUndefined();
    expect(problems(text)).toEqual([`${FILE}:1:1: the policy file is 1,048,590 bytes; a policy may be at most 1,048,576 bytes (1 MiB)`]);
    expect(problems(`version: 1\n# ${"x".repeat(MAX_POLICY_BYTES - 20)}\n`)).toEqual([]);
  });

  it(`refuses more than ${MAX_RULES.toLocaleString("en-US")} rules`, () => {
    const text = rulesOf(MAX_RULES + 1, (i) => `  - { name: r${i}, paths: ["d${i}/**"], tier: high }`);
    expect(problems(text)).toEqual([`${FILE}:3:3: rules: at most 2,000 rules`]);
    expect(problems(rulesOf(MAX_RULES, (i) => `  - { name: r${i}, paths: ["d${i}/**"], tier: high }`))).toEqual([]);
  });

  it("refuses more than 500 globs in one list, and more than 2,500 in the policy", () => {
    const list = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `"${prefix}${i}/**"`).join(", ");
    expect(problems(rulesOf(1, () => `  - { name: r, paths: [${list(501, "d")}], tier: high }`))).toEqual([`${FILE}:3:23: rules[0].paths: at most 500 globs`]);
    const text = rulesOf(MAX_GLOBS / 500 + 1, (i) => `  - { name: r${i}, paths: [${list(500, `r${i}-`)}], tier: high }`);
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\.github\/blast-radius\.yml:8:\d+: rules\[5\]\.paths\[0\]: the policy lists more than 2,500 globs in paths and exclude$/);
  });

  it("refuses names and descriptions that would flood the check run", () => {
    const text = `version: 1\nrules:\n  - { name: ${"n".repeat(101)}, paths: [a], tier: high, description: ${"d".repeat(1001)} }\n`;
    expect(problems(text)).toEqual([`${FILE}:3:13: rules[0].name: at most 100 characters`, `${FILE}:3:153: rules[0].description: at most 1,000 characters`]);
  });
});

describe("brace expansion", () => {
  it("refuses a glob whose braces expand past the limit, instead of silently covering only part of it", () => {
    // minimatch keeps the first 100,000 of these ten million: `services/svc-100001/` would be uncovered
    expect(problems(rulesOf(1, () => '  - { name: r, paths: ["services/svc-{1..10000000}/**"], tier: high }'))).toEqual([
      `${FILE}:3:24: rules[0].paths[0]: invalid glob "services/svc-{1..10000000}/**": expands to more than 1,000 patterns through its braces; list fewer alternatives or use a wildcard`,
    ]);
    expect(problems(rulesOf(1, () => `  - { name: r, paths: ["svc-{1..${MAX_BRACE_EXPANSIONS}}/**"], tier: high }`))).toEqual([]);
  });

  it("counts chained and nested braces; branch patterns have no braces (GitHub's filters read them literally)", () => {
    expect(problems(rulesOf(1, () => '  - { name: r, paths: ["{a,b}{0..9}{0..9}{0..9}/**"], tier: high }'))).toHaveLength(1);
    const target = 'version: 1\ntargets:\n  - { name: t, paths: [a], environment: prod, tier: high, branches: ["release/{1..5000}"] }\n';
    expect(problems(target)).toEqual([]);
  });

  it("refuses a policy whose globs expand to more than 5,000 patterns together, saying where the total was passed", () => {
    const text = rulesOf(6, (i) => `  - { name: r${i}, paths: ["r${i}/{1..1000}/**"], tier: high }`);
    expect(problems(text)).toEqual([`${FILE}:8:25: rules[5].paths[0]: the policy's globs expand to more than 5,000 patterns through their braces`]);
    expect(problems(rulesOf(5, (i) => `  - { name: r${i}, paths: ["r${i}/{1..1000}/**"], tier: high }`))).toEqual([]);
  });
});

describe("_extends", () => {
  it("accepts what the config loader follows", () => {
    for (const value of ["policies", "acme/policies", "acme/policies:base/blast-radius.yml", "acme/.github:blast-radius.YAML"]) {
      expect(problems(`version: 1\n_extends: ${JSON.stringify(value)}\n`)).toEqual([]);
    }
  });

  it("rejects what the loader would refuse, located at the value", () => {
    const message = 'must be "repo", "owner/repo" or "owner/repo:path/to/policy.yml" (a .yml or .yaml file), the forms the config loader follows';
    for (const value of ["acme/policies:base.json", "https://github.com/acme/policies", "acme/policies:", "-acme/policies", ""]) {
      expect(problems(`version: 1\n_extends: ${JSON.stringify(value)}\n`)).toEqual([`${FILE}:2:11: _extends: ${message}`]);
    }
  });

  it("is followed only when it is a string", () => {
    expect(problems("version: 1\n_extends: [acme/policies]\n")).toEqual([`${FILE}:2:11: _extends: expected string, received array`]);
    expect(problems("version: 1\n_extends: { repo: policies }\n")).toEqual([`${FILE}:2:11: _extends: expected string, received object`]);
  });
});

describe("approvers", () => {
  it("rejects a team written without its organisation, suggesting both meanings", () => {
    expect(problems('version: 1\napprovals:\n  high: { count: 1, from: ["@seniors"] }\n')).toEqual([
      `${FILE}:3:28: approvals.high.from[0]: "@seniors" names a team without its organisation: write "@<org>/seniors" for the team, or "seniors" (without @) for the user`,
    ]);
    expect(problems('version: 1\noverride: { label: x, by: ["@sre"] }\n')).toHaveLength(1);
  });

  it("reads a plain login as a user and @org/slug as a team", () => {
    expect(problems('version: 1\napprovals:\n  high: { count: 2, from: ["seniors", "@acme/seniors", "renovate[bot]"] }\n')).toEqual([]);
  });

  it(`refuses more than 100 approvers in one list`, () => {
    const from = Array.from({ length: 101 }, (_, i) => `u${i}`).join(", ");
    expect(problems(`version: 1\napprovals:\n  high: { count: 1, from: [${from}] }\n`)).toEqual([`${FILE}:3:27: approvals.high.from: at most 100 teams and users`]);
  });
});

describe("problems quoting what the policy says", () => {
  it("stay one line each, so a key cannot end the fenced block they are shown in and add a section", () => {
    const key = "x\n```\n## 🟢 Low risk: no approval needed\n";
    const found = problems(`version: 1\n${JSON.stringify(key)}: 1\n`);
    expect(found).toEqual([`${FILE}:2:1: x\\n\`\`\`\\n## 🟢 Low risk: no approval needed\\n: unknown key "x\\n\`\`\`\\n## 🟢 Low risk: no approval needed\\n" (valid keys: version, _extends, tiers, default_tier, rules, targets, sandboxes, never_ship, discover, escalate, approvals, labels, override, mode)`]);
  });
});

describe("keys named like JavaScript built-ins", () => {
  it("are unknown keys and unknown tiers like any other, never properties of Object.prototype", () => {
    expect(problems("version: 1\napprovals:\n  constructor: { count: 1 }\n")).toEqual([`${FILE}:3:3: approvals.constructor: unknown tier "constructor" (tiers are low, medium, high, critical)`]);
    expect(problems("version: 1\nrules:\n  - { name: a, paths: [x], tier: high, toString: 1 }\n")).toEqual([
      `${FILE}:3:40: rules[0].toString: unknown key "toString" (valid keys: name, description, paths, exclude, tier, precedence)`,
    ]);
    expect(problems("version: 1\nrules:\n  - { name: a, paths: [x], constructor: high }\n")).toEqual([
      `${FILE}:3:5: rules[0].tier: missing required key "tier"`,
      `${FILE}:3:28: rules[0].constructor: unknown key "constructor" (valid keys: name, description, paths, exclude, tier, precedence)`,
    ]);
  });
});

describe("numbers in messages", () => {
  it("groups thousands as en-US does, whatever the count", () => {
    const counts = [0, 7, 42, 999, 1_000, 1_048_576, 50_000_000, 123_456_789_012, -1_234];
    expect(counts.map(formatCount)).toEqual(counts.map((n) => n.toLocaleString("en-US")));
  });
});
