// The hostile-policy benchmark (issue 8): anyone who can push a branch can write the policy a pull
// request is judged by, so what matters is the worst policy `validate` accepts, not a typical one.
//
//   npm run build && node bench/hostile.mjs          (add --quick for one run per measure)
//
// 1. Rejections: each attack of issue 8 is refused by loadPolicy, and how long refusing takes.
// 2. The worst accepted policies (every limit of src/policy/limits.ts used to the full, in shapes
//    the glob index cannot narrow down) evaluated against 3,000 files: time and peak memory, each
//    measured in a fresh process so the peak is that scenario's own. Goal: under one second, to a
//    decision or to the matching work budget (MAX_MATCH_WORK), past which the pull request fails closed.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compilePolicy, evaluate } from "../dist/src/engine/evaluate.js";
import { MatchingTooExpensive } from "../dist/src/engine/glob.js";
import * as limits from "../dist/src/policy/limits.js";
import { formatProblem, loadPolicy, parseYamlQuickly } from "../dist/src/policy/load.js";

const GOAL_MS = 1000;
const FILES = 3000;
const { values: opts } = parseArgs({ options: { quick: { type: "boolean", default: false }, scenario: { type: "string" }, files: { type: "string" } } });
const RUNS = opts.quick ? 1 : 3;
const fmt = (n) => n.toLocaleString("en-US");
const ms = (x) => `${fmt(Math.round(x))} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---------------------------------------------------------------------------------------------
// The worst policies validate accepts. Each uses MAX_GLOBS globs whose braces bring the policy to
// MAX_PATTERNS patterns, spread over as many rules as allowed, with excludes, in a shape chosen to
// defeat one of the index's shortcuts.
const SHAPES = {
  // no literal segment, prefix or extension: every pattern is a candidate for every path and its ancestors
  "wildcards anywhere": (i) => `*x${i}{a,b}*`,
  // one literal prefix every file shares: the prefix narrows nothing
  "shared prefix": (i) => `src/**/*y${i}{a,b}*`,
  // several globstars: minimatch's most expensive case
  "many globstars": (i) => `**/s*/**/d*/**/z${i}{a,b}/**`,
  // `[...]` classes, so no literal to index by: every pattern goes through minimatch for every
  // path, and the matching work budget (MAX_MATCH_WORK) stops it
  "classes": (i) => `*[f]ile-${i}{a,b}*`,
  // many stars in one segment: minimatch, found through the literal, for files that contain it
  "many stars": (i) => `*f*i*l*e-${i}{a,b}`,
};

export function worstPolicy(shape) {
  const globsPerRule = Math.ceil(limits.MAX_GLOBS / limits.MAX_RULES);
  const rules = [];
  let glob = 0;
  for (let r = 0; r < limits.MAX_RULES && glob < limits.MAX_GLOBS; r++) {
    const paths = [];
    for (let g = 0; g < globsPerRule && glob < limits.MAX_GLOBS - 1; g++) paths.push(SHAPES[shape](glob++));
    if (paths.length === 0) break;
    rules.push({ name: `r${r}`, paths, tier: ["low", "medium", "high", "critical"][r % 4] });
  }
  rules[0].exclude = [SHAPES[shape](glob++)];
  return { version: 1, rules, approvals: { high: { count: 1 }, critical: { count: 2, from: ["@acme/seniors"] } } };
}

/**
 * 3,000 files. The branch author chooses them too: "spread" over several top directories at
 * ordinary depths; "one tree", all below `src/` (so a shared literal prefix narrows nothing);
 * "deep", 64 directories down (each pattern may be tried against every ancestor).
 */
export function filesFor(kind) {
  return Array.from({ length: FILES }, (_, i) => {
    const depth = kind === "deep" ? 64 : 4 + (i % 6);
    const dirs = Array.from({ length: depth }, (_, d) => `${["src", "services", "lib", "sd", "dd"][(i + d) % 5]}${d % 7}`);
    if (kind !== "spread") dirs[0] = "src";
    return { path: `${dirs.join("/")}/file-${i}.ts`, status: "modified", additions: 1, deletions: 1 };
  });
}

function runScenario(shape, kind) {
  const text = JSON.stringify(worstPolicy(shape));
  let t = performance.now();
  const loaded = loadPolicy([{ path: "hostile.yml", text }]);
  const validateMs = performance.now() - t;
  if (!loaded.ok) throw new Error(`the worst policy should be accepted:\n${loaded.problems.slice(0, 5).map(formatProblem).join("\n")}`);
  const files = filesFor(kind);
  t = performance.now();
  const compiled = compilePolicy(loaded.policy);
  let tier;
  try {
    tier = evaluate(compiled, { files, baseBranch: "main" }).tier;
  } catch (error) {
    if (!(error instanceof MatchingTooExpensive)) throw error;
    tier = "none: stopped at the work budget";
  }
  const evaluateMs = performance.now() - t;
  const policy = loaded.policy;
  const globs = policy.rules.reduce((n, r) => n + r.paths.length + (r.exclude?.length ?? 0), 0);
  return { validateMs, evaluateMs, bytes: text.length, rules: policy.rules.length, globs, tier, work: compiled.matchingWork(), maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

// A child process runs one scenario, so its peak memory is its own.
if (opts.scenario) {
  process.stdout.write(JSON.stringify(runScenario(opts.scenario, opts.files)));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// 1. The attacks of issue 8, each refused.
const nested = (levels, width, top) => {
  const lines = [`a0: &a0 [${Array(width).fill("x").join(", ")}]`];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(", ")}]`);
  return `${lines.join("\n")}\n${top}: *a${levels - 1}\nversion: 1\n`;
};
const reuse = (bytes) => {
  const head = `version: 1\nrules:\n  - { name: r0, paths: &g [${Array.from({ length: 1000 }, (_, i) => `"d${i}/**"`).join(", ")}], tier: high }\n`;
  const rules = [];
  for (let i = 1; head.length + rules.length * 40 < bytes; i++) rules.push(`  - { name: r${i}, paths: *g, tier: high }`);
  return head + rules.join("\n") + "\n";
};
const braces = (bytes) => {
  const rules = [];
  for (let i = 0; rules.length * 70 < bytes; i++) rules.push(`  - { name: b${i}, paths: ["{a,b,c,d}{e,f,g,h}{i,j,k,l}{m,n,o,p}{q,r,s,t}/**"], tier: high }`);
  return `version: 1\nrules:\n${rules.join("\n")}\n`;
};
const ATTACKS = [
  ["20 KB of rules reusing one anchor", reuse(20_000)],
  ["464 KB of rules reusing one anchor", reuse(464_000)],
  ["320-byte `_extends: *bomb`", nested(9, 9, "_extends")],
  ["alias bomb under `rules`", nested(10, 10, "rules")],
  ["`{1..10000000}` in one glob", 'version: 1\nrules:\n  - { name: r, paths: ["svc-{1..10000000}/**"], tier: high }\n'],
  ["20 KB of chained braces", braces(20_000)],
  ["5 MB policy", `version: 1\nrules:\n${"  - { name: r, paths: [a], tier: high }\n".repeat(5_000_000 / 42)}`],
];

console.log(`Hostile policies (limits: ${fmt(limits.MAX_POLICY_BYTES)} bytes, ${limits.MAX_ALIASES} aliases, ${fmt(limits.MAX_VALUES)} values, ${fmt(limits.MAX_RULES)} rules, ${fmt(limits.MAX_GLOBS)} globs, ${fmt(limits.MAX_BRACE_EXPANSIONS)} expansions per glob, ${fmt(limits.MAX_PATTERNS)} patterns)\n`);
console.log("1. Attacks refused by loadPolicy (validate, the app and the action all load through it)");
for (const [name, text] of ATTACKS) {
  const times = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    parseYamlQuickly(text + `# ${r}\n`); // what src/github/policy.ts reads `_extends` from
    result = loadPolicy([{ path: "hostile.yml", text: text + `# ${r}\n` }]);
    times.push(performance.now() - t);
  }
  const verdict = result.ok ? "ACCEPTED (!)" : formatProblem(result.problems[0]).replace(/^hostile\.yml:/, "").slice(0, 110);
  console.log(`  ${name.padEnd(38)} ${fmt(text.length).padStart(10)} B  ${ms(median(times)).padStart(8)}  ${verdict}`);
}

// ---------------------------------------------------------------------------------------------
// 2. The worst accepted policies against 3,000 files.
console.log(`\n2. Worst policies validate accepts, evaluated against ${fmt(FILES)} files (median of ${RUNS}; fresh process each; goal < ${ms(GOAL_MS)})`);
let allWithinGoal = true;
const TIMEOUT_MS = opts.quick ? 10_000 : 30_000;
for (const kind of ["spread", "one tree", "deep"]) {
  for (const shape of Object.keys(SHAPES)) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const args = [fileURLToPath(import.meta.url), "--scenario", shape, "--files", kind];
      const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20, timeout: TIMEOUT_MS });
      if (child.error?.code === "ETIMEDOUT" || child.signal) break;
      if (child.status !== 0) throw new Error(child.stderr);
      runs.push(JSON.parse(child.stdout));
    }
    const label = `${shape}, ${kind}`.padEnd(32);
    if (runs.length === 0) {
      allWithinGoal = false;
      console.log(`  ${label} evaluate > ${ms(TIMEOUT_MS)} ✗ (stopped)`);
      continue;
    }
    const evaluateMs = median(runs.map((x) => x.evaluateMs));
    const within = evaluateMs < GOAL_MS;
    allWithinGoal &&= within;
    const { rules, globs, bytes, tier, work } = runs[0];
    console.log(
      `  ${label} ${fmt(rules)} rules, ${fmt(globs)} globs (${fmt(bytes)} B): validate ${ms(median(runs.map((x) => x.validateMs)))}, ` +
        `evaluate ${ms(evaluateMs)} ${within ? "✓" : "✗"}, peak RSS ${fmt(Math.round(Math.max(...runs.map((x) => x.maxRssMb))))} MB, work ${(work / 1e6).toFixed(1)}M of ${fmt(limits.MAX_MATCH_WORK / 1e6)}M units, tier ${tier}`,
    );
  }
}
console.log(allWithinGoal ? "\nEvery worst accepted policy evaluates 3,000 files, or stops at the work budget, in under a second." : "\nSome worst accepted policies take longer than a second to evaluate 3,000 files (✗ above).");
