// npm run bench: is Blast Radius at the floor? The issue's goals (#12), as ratios measured in one run:
//
// 1. In process: the engine (compilePolicy + evaluate, glob index) on 3,000 changed files and
//    1,000 path rules of every glob shape (bench/workload.mjs), against naive matching on the same
//    input, asserting identical decisions. Goal: under 10 ms warm.
// 2. Whole processes: `blast-radius evaluate --format json` against bench/naive-evaluate.mjs (the
//    same work, minimatch once per (file, glob)), both bundled by esbuild, and `node -e 0`; medians
//    after a warm-up, runs interleaved; then where the CLI's time goes. The CLI runs as a user's
//    repeated runs do, with its caches (V8's code cache, the validated policy's cache) filled by the
//    warm-up; a policy's first run, with no policy cache, is timed beside it.
//    Goals: at least 4x faster than the naive process, at most 2x `node -e 0`.
// 3. The bundled Action against actions/labeler v7 (bench/action.mjs), each started as a runner
//    starts it, on the same pull request and globs. Goal: at least 8x faster.
// 4. Hostile policies (bench/hostile.mjs).
// 5. The app as a fleet: two replicas on Redis (bench/fleet.mjs).
//
// Options: --runs N (process runs, default 7), --per-pair (also check decisions against a new
// Minimatch per (file, glob) call: minutes on the mixed workload), --through N (stop after section N).
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { compilePolicy, evaluate } from "../dist/src/engine/evaluate.js";
import { loadPolicy } from "../dist/src/policy/load.js";
import { compileNaive, toChangedFiles } from "./naive.mjs";
import { generateFiles, generatePolicy, toPolicyYaml } from "./workload.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const GOAL_ENGINE_MS = 10;
const GOAL_SPEEDUP = 4;
const GOAL_NODE_RATIO = 2;
const { values: opts } = parseArgs({
  options: { runs: { type: "string", default: "7" }, "per-pair": { type: "boolean", default: false }, through: { type: "string", default: "5" } },
});
const RUNS = Number(opts.runs);
/** Ends the run after section `n` when --through says so. */
const stopAfter = (n) => {
  if (Number(opts.through) <= n) process.exit();
};
const TIERS_FOR_SIMPLE = ["low", "medium", "high"];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const pad = (s, n) => String(s).padEnd(n);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Wall time, and this process's CPU time, which a busy shared machine inflates less. */
const time = (fn) => {
  const start = performance.now();
  const cpuStart = cpuMs();
  const value = fn();
  return { value, ms: performance.now() - start, cpu: cpuMs() - cpuStart };
};

// ---- the input -------------------------------------------------------------------------------
const policyInput = generatePolicy();
const githubFiles = generateFiles();
const policyYaml = toPolicyYaml(policyInput);
const loaded = loadPolicy([{ path: "bench-policy.yml", text: policyYaml }]);
if (!loaded.ok) throw new Error(`the generated policy is invalid: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
const policy = loaded.policy;
const files = toChangedFiles(githubFiles);
const globCount = [...policy.rules, ...policy.targets, ...policy.sandboxes].reduce((n, a) => n + a.paths.length + (a.exclude?.length ?? 0), 0);
const renames = files.filter((f) => f.previousPath).length;

console.log("Blast Radius benchmark");
console.log(`  input: ${files.length} changed files (${renames} renames, so ${files.length + renames} paths) against ${policy.rules.length} path rules`);
console.log(`         + ${policy.targets.length} deploy targets and ${policy.sandboxes.length} sandbox: ${globCount} globs; policy ${(policyYaml.length / 1024).toFixed(0)} KiB of YAML`);
console.log(`  machine: ${availableParallelism()} CPUs, Node ${process.version}`);

// ---- 1. in process ---------------------------------------------------------------------------
// "Warm" as a server is warm: V8 has optimised the engine's hot code, which takes it some dozens
// of evaluations; the first evaluation (cold code, and the glob index built) is printed too.
const ENGINE_WARM_UP = 30;
const ENGINE_RUNS = Math.max(RUNS, 15);
console.log(`\n1. In process (median of ${ENGINE_RUNS} after ${ENGINE_WARM_UP} warm-up evaluations; policy already loaded)`);
// The first compilePolicy of a policy builds its glob index (kept while the policy is, as a
// server keeps it); every evaluation after it gets the index and a fresh work budget.
const engineRuns = [];
let engineDecision;
let first;
for (let i = 0; i < ENGINE_WARM_UP + ENGINE_RUNS; i++) {
  const compiled = time(() => compilePolicy(policy));
  const evaluated = time(() => evaluate(compiled.value, { files }));
  engineDecision = evaluated.value;
  if (i === 0) first = { compile: compiled.ms, evaluate: evaluated.ms };
  else if (i >= ENGINE_WARM_UP) engineRuns.push({ compile: compiled.ms, evaluate: evaluated.ms, cpu: compiled.cpu + evaluated.cpu });
}
const engineMs = median(engineRuns.map((r) => r.compile + r.evaluate));
const engineCpuMs = median(engineRuns.map((r) => r.cpu));
console.log(
  `  ${pad("engine (glob index)", 34)} ${ms(engineMs).padStart(11)}   (compile ${ms(median(engineRuns.map((r) => r.compile)))}, evaluate ${ms(median(engineRuns.map((r) => r.evaluate)))}; CPU ${ms(engineCpuMs)})`,
);
console.log(`  ${pad("", 34)} (the first, cold: ${ms(first.compile + first.evaluate)}, of which building the policy's glob index ${ms(first.compile)})`);
console.log(`  ${pad("", 34)} goal < ${GOAL_ENGINE_MS} ms warm: ${engineMs < GOAL_ENGINE_MS ? "met" : "MISSED"} (wall), ${engineCpuMs < GOAL_ENGINE_MS ? "met" : "MISSED"} (CPU time)`);

const naiveRuns = [];
let naiveDecision;
for (let i = 0; i <= Math.min(RUNS, 3); i++) {
  const run = time(() => evaluate(compileNaive(policy, "precompiled"), { files }));
  naiveDecision = run.value;
  if (i > 0) naiveRuns.push(run.ms);
}
const naiveMs = median(naiveRuns);
console.log(`  ${pad("naive, each glob compiled once", 34)} ${ms(naiveMs).padStart(11)}   ${(naiveMs / engineMs).toFixed(1)}x slower (median of ${naiveRuns.length})`);

let perPairDecision;
if (opts["per-pair"]) {
  const run = time(() => evaluate(compileNaive(policy, "per-pair"), { files }));
  perPairDecision = run.value;
  console.log(`  ${pad("naive, minimatch per (file, glob)", 34)} ${ms(run.ms).padStart(11)}   ${(run.ms / engineMs).toFixed(0)}x slower (one run: naiveMatch, a new Minimatch per call)`);
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const reasons = engineDecision.files.reduce((n, f) => n + f.reasons.length, 0);
const identical = same(engineDecision, naiveDecision) && (perPairDecision === undefined || same(engineDecision, perPairDecision));
if (!identical) {
  const diff = engineDecision.files.find((f, i) => !same(f, naiveDecision.files[i]) || (perPairDecision && !same(f, perPairDecision.files[i])));
  console.log(`  IDENTICAL DECISIONS: NO. First difference: ${JSON.stringify(diff)}`);
  process.exitCode = 1;
} else {
  console.log(
    `  identical decisions: yes (tier ${engineDecision.tier}; all ${engineDecision.files.length} file tiers and ${reasons} reasons, ${engineDecision.targets.length} targets, ${engineDecision.escalations.length} escalations)`,
  );
}

stopAfter(1);

// ---- 2. whole processes ----------------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), "blast-radius-bench-"));
try {
  const policyPath = join(dir, "policy.yml");
  const filesPath = join(dir, "pull-request-files.json");
  writeFileSync(policyPath, policyYaml);
  writeFileSync(filesPath, JSON.stringify(githubFiles));
  // The naive process gets the same start-up advantage as the CLI: one esbuild bundle.
  const naiveBundle = join(dir, "naive-evaluate.mjs");
  await build({
    entryPoints: [join(ROOT, "bench/naive-evaluate.mjs")],
    outfile: naiveBundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });

  const commands = {
    cli: [join(ROOT, "bin/blast-radius.js"), "evaluate", "--config", policyPath, "--files", filesPath, "--format", "json"],
    naive: [naiveBundle, "--config", policyPath, "--files", filesPath],
  };
  // Output goes to a file, as in `blast-radius evaluate --format json > report.json`: timing a
  // pipe into this process would time this process's buffering of megabytes of JSON as well.
  const outPath = join(dir, "out.json");
  // the CLI's policy cache in this run's directory: empty at first, filled by the warm-up
  const cacheEnv = { BLAST_RADIUS_CACHE: "", BLAST_RADIUS_CACHE_DIR: join(dir, "policy-cache") };
  const firstRunEnv = { BLAST_RADIUS_CACHE: "off" };
  const spawn = (args, env = cacheEnv) => {
    const out = openSync(outPath, "w");
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", out, "pipe"], env: { ...process.env, ...env } });
    const elapsed = performance.now() - start;
    closeSync(out);
    if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
    return { ms: elapsed, stdout: readFileSync(outPath, "utf8"), stderr: result.stderr };
  };

  const AFTER_TOTAL = "then write the report and exit";
  console.log(`\n2. Whole processes (wall clock, median of ${RUNS} after a warm-up, runs interleaved)`);
  const times = { cli: [], firstRun: [], naive: [], empty: [], startUp: [], measured: [] };
  const phases = new Map();
  const firstRunPhases = new Map();
  const record = (into, measured) => {
    for (const m of measured.stderr.matchAll(/timing: (.+) ([\d.]+) ms/g)) into.set(m[1], [...(into.get(m[1]) ?? []), Number(m[2])]);
    // what the CLI's own clock cannot see: writing the report out and the process's exit
    const total = Number(/timing: total ([\d.]+) ms/.exec(measured.stderr)?.[1]);
    into.set(AFTER_TOTAL, [...(into.get(AFTER_TOTAL) ?? []), measured.ms - total]);
  };
  let outputs = {};
  for (let i = 0; i <= RUNS; i++) {
    // timed as users run it, without BLAST_RADIUS_TIMINGS (measuring has a cost of its own)
    const cli = spawn(commands.cli);
    // a policy's first run: its YAML parsed and validated, as no policy is cached (V8's code cache is, as after an install)
    const firstRun = spawn(commands.cli, firstRunEnv);
    const naive = spawn(commands.naive);
    const empty = spawn(["-e", "0"]);
    // the floor under any run: Node, bin/ and the CLI's bundle loaded and initialised, no work
    const startUp = spawn([join(ROOT, "bin/blast-radius.js"), "evaluate", "--help"]);
    // and once more, measuring its phases
    const measured = spawn(commands.cli, { ...cacheEnv, BLAST_RADIUS_TIMINGS: "1" });
    const measuredFirstRun = spawn(commands.cli, { ...firstRunEnv, BLAST_RADIUS_TIMINGS: "1" });
    outputs = { cli: cli.stdout, firstRun: firstRun.stdout, naive: naive.stdout };
    if (i === 0) continue;
    times.cli.push(cli.ms);
    times.firstRun.push(firstRun.ms);
    times.naive.push(naive.ms);
    times.empty.push(empty.ms);
    times.startUp.push(startUp.ms);
    times.measured.push(measured.ms);
    record(phases, measured);
    record(firstRunPhases, measuredFirstRun);
  }
  const cliMs = median(times.cli);
  const naiveProcessMs = median(times.naive);
  const speedup = naiveProcessMs / cliMs;
  console.log(`  ${pad("blast-radius evaluate --format json", 38)} ${ms(cliMs).padStart(11)}   (run again on the same policy: its validated policy from the cache)`);
  console.log(`  ${pad("  the policy's first run", 38)} ${ms(median(times.firstRun)).padStart(11)}   (nothing cached: YAML parsed and validated)`);
  console.log(`  ${pad("naive-evaluate (globs compiled once)", 38)} ${ms(naiveProcessMs).padStart(11)}`);
  console.log(`  ${pad("node -e 0 (Node's own start-up)", 38)} ${ms(median(times.empty)).padStart(11)}`);
  console.log(`  ${pad("blast-radius evaluate --help", 38)} ${ms(median(times.startUp)).padStart(11)}   (the CLI started, no work: ${(median(times.startUp) / median(times.empty)).toFixed(2)}x node -e 0)`);
  const sameOutput = outputs.cli === outputs.naive && outputs.firstRun === outputs.naive;
  console.log(`  same JSON output from all three: ${sameOutput ? "yes" : "NO"}`);
  if (!sameOutput) process.exitCode = 1;

  // Each phase also as a share of `node -e 0`: at most 2x `node -e 0` leaves the CLI one `node -e 0`
  // of time (1.00) for everything after Node's own start, and this says what each phase takes of it.
  const emptyMs = median(times.empty);
  const share = (x) => `${(x / emptyMs).toFixed(2)} of node -e 0`;
  console.log(`\n  Where the CLI's time goes (median per phase, in runs of their own with BLAST_RADIUS_TIMINGS=1; "total" is the CLI's own clock):`);
  console.log(`    ${pad("", 36)} ${"run again".padStart(10)}   ${pad("share of node -e 0", 20)} ${"first run".padStart(10)}`);
  // the first run's phases, with the repeated run's own (the cache) where they happen
  const phaseNames = [...firstRunPhases.keys()];
  let at = 0;
  for (const phase of phases.keys()) {
    const i = phaseNames.indexOf(phase);
    if (i >= 0) at = i + 1;
    else phaseNames.splice(at++, 0, phase);
  }
  const listed = phaseNames.filter((p) => p !== AFTER_TOTAL && p !== "total");
  for (const phase of [...listed, AFTER_TOTAL]) {
    const again = phases.has(phase) ? median(phases.get(phase)) : undefined;
    const first = firstRunPhases.has(phase) ? median(firstRunPhases.get(phase)) : undefined;
    const cell = (x) => (x === undefined ? "-" : ms(x)).padStart(10);
    console.log(`    ${pad(phase, 36)} ${cell(again)}   ${pad(again === undefined || phase === "start Node" ? "" : share(again), 20)} ${cell(first)}`);
  }
  console.log(`    ${pad("total (wall clock, with timings)", 36)} ${ms(median(times.measured)).padStart(10)}`);

  // The issue's plain shape, for comparison with the mixed workload above: 1,000 rules of the
  // commonest form (`services/svc-N/**`) and 3,000 changed paths, no renames.
  const simplePolicy = join(dir, "simple-policy.yml");
  const simpleFiles = join(dir, "simple-files.txt");
  writeFileSync(simplePolicy, ["version: 1", "rules:", ...Array.from({ length: 1000 }, (_, i) => `  - name: rule-${i}\n    paths: ["services/svc-${i}/**"]\n    tier: ${TIERS_FOR_SIMPLE[i % 3]}`)].join("\n") + "\n");
  writeFileSync(simpleFiles, Array.from({ length: 3000 }, (_, i) => `services/svc-${(i * 7) % 1000}/src/file${i}.go`).join("\n") + "\n");
  const simpleArgs = [join(ROOT, "bin/blast-radius.js"), "evaluate", "--config", simplePolicy, "--files", simpleFiles, "--format", "json"];
  spawn(simpleArgs);
  const simpleMs = median(Array.from({ length: RUNS }, () => spawn(simpleArgs).ms));
  console.log(`  ${pad("same, plain 1,000 x `dir/**` workload", 38)} ${ms(simpleMs).padStart(11)}`);

  const verdict = (ok) => (ok ? "met" : "MISSED");
  const nodeRatio = cliMs / median(times.empty);
  console.log(`\n  speed-up over the naive process: ${speedup.toFixed(1)}x   goal >= ${GOAL_SPEEDUP}x: ${verdict(speedup >= GOAL_SPEEDUP)}`);
  console.log(`  CLI / node -e 0: ${nodeRatio.toFixed(2)}x (mixed), ${(simpleMs / median(times.empty)).toFixed(2)}x (plain)   goal <= ${GOAL_NODE_RATIO}x: ${verdict(nodeRatio <= GOAL_NODE_RATIO)}`);
  console.log(`    a policy's first run: ${(median(times.firstRun) / median(times.empty)).toFixed(2)}x node -e 0 (mixed)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

stopAfter(2);

// ---- 3. the bundled Action against actions/labeler (bench/action.mjs, its own script) ----------
console.log("\n3. The bundled Action against actions/labeler v7 (bench/action.mjs)");
const action = spawnSync(process.execPath, [join(ROOT, "bench/action.mjs")], {
  cwd: ROOT,
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
  env: { ...process.env, BENCH_RUNS: String(RUNS) },
});
process.stdout.write(action.stdout.replace(/^/gm, "  "));
if (action.status !== 0) {
  console.log(`  bench/action.mjs exited ${action.status}`);
  process.exitCode = 1;
}

stopAfter(3);

// ---- 4. hostile policies ---------------------------------------------------------------------
// bench/hostile.mjs runs as its own process, like section 3.
if (existsSync(join(ROOT, "bench/hostile.mjs"))) {
  console.log("\n4. Hostile policy (bench/hostile.mjs)");
  const hostile = spawnSync(process.execPath, [join(ROOT, "bench/hostile.mjs")], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  process.stdout.write(hostile.stdout.replace(/^/gm, "  "));
  if (hostile.status !== 0) {
    console.log(`  bench/hostile.mjs exited ${hostile.status}`);
    process.exitCode = 1;
  }
}

stopAfter(4);

// ---- 5. the app as a fleet -------------------------------------------------------------------
// Two replicas on a real Redis against the GitHub stand-in with latency (bench/fleet.mjs).
console.log("\n5. The app as a fleet (bench/fleet.mjs)");
const fleet = spawnSync(process.execPath, [join(ROOT, "bench/fleet.mjs")], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
process.stdout.write(fleet.stdout.replace(/^/gm, "  "));
if (fleet.status !== 0) {
  console.log(`  bench/fleet.mjs exited ${fleet.status}`);
  process.exitCode = 1;
}
