/**
 * The policy fails loudly and precisely: every problem names file, line, column and key path,
 * suggests the nearest valid key or tier, and nothing throws a stack trace at the user.
 */
import { describe, expect, it } from "@jest/globals";
import { formatProblem, loadPolicy, PolicyError, type PolicySource } from "../../src/policy/load.js";

const FILE = ".github/blast-radius.yml";
/** The problems as users see them: `PATH:LINE:COL: key.path: message`. */
const problems = (text: string, more: PolicySource[] = []): string[] => {
  const result = loadPolicy([{ path: FILE, text }, ...more]);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe("a valid policy", () => {
  it("loads with the documented defaults", () => {
    const result = loadPolicy([{ path: FILE, text: "version: 1\n" }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy).toMatchObject({
      tiers: ["low", "medium", "high", "critical"],
      default_tier: "medium",
      rules: [],
      targets: [],
      sandboxes: [],
      escalate: [],
      approvals: {},
      labels: { prefix: "risk:", sandbox: "sandbox" },
      mode: "enforce",
    });
  });

  it("accepts every documented key", () => {
    const text = `
version: 1
tiers: [low, medium, high, critical]
default_tier: medium
rules:
  - { name: docs, paths: ["docs/**"], exclude: ["docs/internal/**"], tier: low }
targets:
  - { name: api, paths: ["services/api/**"], environment: production, tier: high, branches: ["main", "release/*"] }
sandboxes:
  - { name: playground, paths: ["playground/**"], max_changed_lines: 200, approvals: { count: 1, from: ["@acme/mentors", "max"] } }
escalate:
  - { when: { targets_over: 1, changed_files_over: 50, changed_lines_over: 2000 }, tier: critical }
approvals:
  high: { count: 1, from: ["@acme/seniors"] }
labels: { prefix: "risk:", sandbox: false }
override: { label: emergency, by: ["@acme/oncall", "cto"] }
mode: report
`;
    expect(problems(text)).toEqual([]);
  });
});

describe("invalid YAML", () => {
  it("is located where the parser gave up", () => {
    expect(problems("version: 1\nrules: [\n")).toEqual([`${FILE}:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`]);
  });

  it("rejects a key written twice", () => {
    expect(problems("version: 1\nmode: report\nmode: enforce\n")).toEqual([`${FILE}:3:1: invalid YAML: Map keys must be unique`]);
  });

  it("rejects alias bombs and unresolved aliases as problems, not exceptions", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...["b", "c", "d"].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${"abc"[i]}`).join(", ")}]`)].join("\n");
    expect(problems(`version: 1\n${bomb}\n`)).toEqual([`${FILE}:3:8: invalid YAML: Excessive alias count indicates a resource exhaustion attack`]);
    expect(problems("version: 1\nmode: *nope\n")).toEqual([`${FILE}:2:7: invalid YAML: Unresolved alias (the anchor must be set before the alias): nope`]);
  });

  it("rejects an empty file and a file that is not a mapping", () => {
    expect(problems("")).toEqual([`${FILE}:1:1: the policy is empty: it needs at least \`version: 1\``]);
    expect(problems("- version: 1\n")).toEqual([`${FILE}:1:1: the policy must be a mapping of keys (like \`version: 1\`)`]);
  });
});

describe("unknown keys", () => {
  it("names the key and suggests the nearest valid one, pointing at the key", () => {
    expect(problems("version: 1\nrulez: []\n")).toEqual([`${FILE}:2:1: rulez: unknown key "rulez"; did you mean "rules"?`]);
  });

  it("works inside list items and nested mappings", () => {
    const text = "version: 1\nrules:\n  - name: docs\n    paths: [docs/**]\n    exlude: [docs/x]\n    tier: low\nlabels:\n  prefx: 'r:'\n";
    expect(problems(text)).toEqual([
      `${FILE}:5:5: rules[0].exlude: unknown key "exlude"; did you mean "exclude"?`,
      `${FILE}:8:3: labels.prefx: unknown key "prefx"; did you mean "prefix"?`,
    ]);
  });

  it("lists the valid keys when nothing is close", () => {
    expect(problems("version: 1\nlabels:\n  colour: red\n")).toEqual([`${FILE}:3:3: labels.colour: unknown key "colour" (valid keys: prefix, sandbox)`]);
  });
});

describe("wrong types and values", () => {
  it.each([
    ["version: 1\nrules: docs\n", `${FILE}:2:8: rules: expected array, received string`],
    ["version: 1\napprovals:\n  high: { count: '1' }\n", `${FILE}:3:18: approvals.high.count: expected number, received string`],
    ["version: 1\nmode: block\n", `${FILE}:2:7: mode: expected one of "enforce"|"report"`],
    ["version: 1\nlabels: { sandbox: true }\n", `${FILE}:2:20: labels.sandbox: must be a label name, or false to add no sandbox label`],
    ["version: 2\n", `${FILE}:1:10: version: expected 1`],
    ["mode: report\n", `${FILE}:1:1: version: missing required key "version"`],
    ["version: 1\nrules:\n  - name: docs\n    paths: [docs/**]\n", `${FILE}:3:5: rules[0].tier: missing required key "tier"`],
    ["version: 1\nescalate:\n  - { when: {}, tier: high }\n", `${FILE}:3:13: escalate[0].when: must name at least one condition: targets_over, changed_files_over or changed_lines_over`],
  ])("%j", (text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });
});

describe("every problem at once", () => {
  it("still checks the keys the schema accepted when others are wrong", () => {
    expect(problems(`version: 1\nmode: strict\nrules:\n  - name: a\n    paths: ["x/**"]\n    tier: lowest\n`)).toEqual([
      `${FILE}:2:7: mode: expected one of "enforce"|"report"`,
      `${FILE}:6:11: rules[0].tier: unknown tier "lowest" (tiers are low, medium, high, critical)`,
    ]);
  });

  it("says nothing about tier names when `tiers` itself is wrong", () => {
    expect(problems(`version: 1\ntiers: 5\nrules:\n  - name: a\n    paths: ["x/**"]\n    tier: lowest\n`)).toEqual([`${FILE}:2:8: tiers: expected array, received number`]);
  });
});

describe("meaning", () => {
  it("rejects a tier that `tiers` does not define, wherever it is used, with a suggestion", () => {
    const text = `version: 1
tiers: [green, amber, red]
default_tier: amber
rules:
  - { name: docs, paths: ["docs/**"], tier: gren }
escalate:
  - { when: { targets_over: 1 }, tier: critical }
approvals:
  rde: { count: 1 }
`;
    expect(problems(text)).toEqual([
      `${FILE}:9:3: approvals.rde: unknown tier "rde" (tiers are green, amber, red); did you mean "red"?`,
      `${FILE}:5:45: rules[0].tier: unknown tier "gren" (tiers are green, amber, red); did you mean "green"?`,
      `${FILE}:7:40: escalate[0].tier: unknown tier "critical" (tiers are green, amber, red)`,
    ]);
  });

  it("explains an implicit default_tier that custom tiers leave undefined", () => {
    expect(problems("version: 1\ntiers: [green, red]\n")).toEqual([
      `${FILE}:2:8: tiers: default_tier is not set and its default "medium" is not one of these tiers; set default_tier to one of green, red`,
    ]);
  });

  it("rejects a tier listed twice", () => {
    expect(problems("version: 1\ntiers: [low, high, low]\ndefault_tier: low\n")).toEqual([`${FILE}:2:20: tiers[2]: tier "low" is listed twice`]);
  });

  it("rejects empty paths", () => {
    expect(problems("version: 1\nsandboxes:\n  - { name: play, paths: [] }\n")).toEqual([`${FILE}:3:26: sandboxes[0].paths: must list at least one glob`]);
  });

  it("rejects duplicate names within rules, targets and sandboxes", () => {
    const text = `version: 1
targets:
  - { name: api, paths: ["api/**"], environment: prod, tier: high }
  - { name: api, paths: ["api2/**"], environment: prod, tier: high }
`;
    expect(problems(text)).toEqual([`${FILE}:4:13: targets[1].name: duplicate name "api" (also targets[0])`]);
  });

  it("rejects invalid globs in paths and exclude, and a branches list that only excludes, pointing at them", () => {
    const text = `version: 1
rules:
  - name: docs
    paths: ["docs/**", "!docs/private/**"]
    exclude: ["docs/[draft"]
    tier: low
targets:
  - { name: api, paths: ["api/**"], environment: prod, tier: high, branches: ["!main"] }
`;
    expect(problems(text)).toEqual([
      `${FILE}:4:24: rules[0].paths[1]: invalid glob "!docs/private/**": starts with '!': negation is not supported here, use \`exclude\` instead`,
      `${FILE}:5:15: rules[0].exclude[0]: invalid glob "docs/[draft": has an unclosed '['`,
      `${FILE}:8:78: targets[0].branches: lists only '!' patterns, so it matches no branch: add the branches it ships from first (e.g. "**", then "!prod"), or use branches_ignore`,
    ]);
  });

  it("rejects approvers that are neither a team nor a login", () => {
    const text = 'version: 1\napprovals:\n  high: { count: 1, from: ["@acme/", "two words"] }\noverride: { label: x, by: ["@@x"] }\n';
    expect(problems(text)).toEqual([
      `${FILE}:3:28: approvals.high.from[0]: "@acme/" is neither a team (@org/team-slug) nor a user login`,
      `${FILE}:3:38: approvals.high.from[1]: "two words" is neither a team (@org/team-slug) nor a user login`,
      `${FILE}:4:28: override.by[0]: "@@x" is neither a team (@org/team-slug) nor a user login`,
    ]);
  });

  it("treats __proto__ as the unknown key it is, never as a way to slip settings past validation", () => {
    expect(problems("version: 1\n__proto__: { mode: report }\n")).toEqual([
      `${FILE}:2:1: __proto__: unknown key "__proto__" (valid keys: version, _extends, tiers, default_tier, rules, targets, sandboxes, never_ship, discover, escalate, approvals, labels, override, mode)`,
    ]);
    expect(problems("version: 1\napprovals:\n  __proto__: { count: 1 }\n")).toEqual([`${FILE}:3:3: approvals.__proto__: unknown tier "__proto__" (tiers are low, medium, high, critical)`]);
  });

  it("rejects an approval requirement that can never be met", () => {
    const text = 'version: 1\napprovals:\n  critical: { count: 2, from: ["cto", "CTO"] }\n  high: { count: 2, from: ["cto", "@acme/seniors"] }\n';
    expect(problems(text)).toEqual([`${FILE}:3:22: approvals.critical.count: needs 2 approvals but \`from\` lists only 1 user and no team, so it can never be met`]);
  });

  it("reports every problem at once, not just the first", () => {
    expect(problems("version: 1\nrulez: []\nmdoe: report\n")).toHaveLength(2);
  });
});

describe("several sources", () => {
  const ORG = "org/.github/blast-radius.yml";

  it("takes each top-level key from the first file that has it", () => {
    const result = loadPolicy([
      { path: FILE, text: "version: 1\nmode: report\n" },
      { path: ORG, text: "version: 1\nmode: enforce\ndefault_tier: high\n" },
    ]);
    expect(result.ok && { mode: result.policy.mode, default_tier: result.policy.default_tier }).toEqual({ mode: "report", default_tier: "high" });
  });

  it("does not merge inside a key: the first file's rules replace the second's", () => {
    const result = loadPolicy([
      { path: FILE, text: "version: 1\nrules:\n  - { name: a, paths: [a], tier: low }\n" },
      { path: ORG, text: "version: 1\nrules:\n  - { name: b, paths: [b], tier: high }\n" },
    ]);
    expect(result.ok && result.policy.rules.map((r) => r.name)).toEqual(["a"]);
  });

  it("locates a problem in the file that supplied the key", () => {
    expect(problems("version: 1\n", [{ path: ORG, text: "version: 1\nrulez: []\n" }])).toEqual([`${ORG}:2:1: rulez: unknown key "rulez"; did you mean "rules"?`]);
  });

  it("checks references across files: a rule in one file against tiers from another", () => {
    const out = problems("version: 1\ndefault_tier: b\nrules:\n  - { name: r, paths: [x], tier: nope }\n", [{ path: ORG, text: "version: 1\ntiers: [a, b]\n" }]);
    expect(out).toEqual([`${FILE}:4:34: rules[0].tier: unknown tier "nope" (tiers are a, b)`]);
  });

  it("is shadowed only for keys the first file has: an ignored bad key in a later file is never read", () => {
    expect(problems("version: 1\nmode: report\n", [{ path: ORG, text: "version: 1\nmode: block\n" }])).toEqual([]);
  });

  it("reports invalid YAML in any of the files", () => {
    expect(problems("version: 1\n", [{ path: ORG, text: "rules: [\n" }])[0]).toMatch(/^org\/\.github\/blast-radius\.yml:2:1: invalid YAML: /);
  });
});

describe("PolicyError", () => {
  it("carries every problem and prints them one per line, without a stack", () => {
    const result = loadPolicy([{ path: FILE, text: "version: 1\nrulez: []\nmdoe: report\n" }]);
    if (result.ok) throw new Error("expected problems");
    const error = new PolicyError(result.problems);
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(result.problems.map(formatProblem).join("\n"));
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(error.name).toBe("PolicyError");
  });

  it("formats a whole-document problem without a key path", () => {
    expect(formatProblem({ file: "p.yml", line: 1, column: 1, keyPath: "", message: "boom" })).toBe("p.yml:1:1: boom");
    expect(formatProblem({ file: "p.yml", line: 3, column: 5, keyPath: "rules[0].tier", message: "boom" })).toBe("p.yml:3:5: rules[0].tier: boom");
  });
});
