// The bundled Action as a process against actions/labeler v7 (its released dist/, vendored under
// bench/peers/labeler/), each started as a runner starts it: `node dist/index.js` with INPUT_*
// variables and the event payload, against the same GitHub stand-in on loopback, the same
// 3,000-file pull request and the same globs (bench/workload.mjs, every glob shape).
//   node bench/action.mjs            (npm run bench runs it too; BENCH_RUNS=N, default 7)
// Prints wall times (medians, runs interleaved), request counts, the ratio, and what the Action's
// time is made of (start-up and bundle load, measured on an event it ignores; the rest is GitHub
// round trips and evaluation).
import { build } from "esbuild";
import { execFile, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { policyAreas } from "../dist/src/engine/evaluate.js";
import { expandGlob } from "../dist/src/engine/glob.js";
import { loadPolicy } from "../dist/src/policy/load.js";
import { generateFiles, generatePolicy, toPolicyYaml } from "./workload.mjs";

const run = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const GOAL_RATIO = 8;
const LABELER = "bench/peers/labeler/dist/index.js";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The stand-in is TypeScript test support; compile it once for this script.
// Packages stay imports: a CommonJS package (yaml) bundled into ESM cannot require `process`.
await build({ entryPoints: ["test/support/fake-github.ts"], bundle: true, packages: "external", platform: "node", format: "esm", outfile: "dist/bench/fake-github.mjs", logLevel: "warning" });
const { ALL_PERMISSIONS, FakeGitHub } = await import(new URL("../dist/bench/fake-github.mjs", import.meta.url).href);

const policyYaml = toPolicyYaml(generatePolicy());
const loaded = loadPolicy([{ path: ".github/blast-radius.yml", text: policyYaml }]);
if (!loaded.ok) throw new Error("the generated policy is invalid");

/**
 * The same areas as labeler labels: one label per rule, target and sandbox, matching when any
 * changed file matches any of its globs. Labeler has no CODEOWNERS habits, so each glob is given
 * as the plain minimatch patterns it stands for (`*.md` -> `**` + `/*.md`); labeler's `dot: true`
 * is its default. Excludes have no labeler equivalent and are left out, which only spares labeler work.
 */
function labelerYaml(policy) {
  const lines = [];
  for (const { area, paths } of policyAreas(policy)) {
    lines.push(`${JSON.stringify(area.name)}:`, "  - changed-files:", `    - any-glob-to-any-file: ${JSON.stringify(paths.flatMap(expandGlob))}`);
  }
  return lines.join("\n") + "\n";
}

const github = new FakeGitHub({ owner: "acme", repo: "web" });
github.addToken("ghs_bench", { permissions: ALL_PERMISSIONS }); // the stand-in refuses tokens it did not issue
// the teams the policy asks approvals from, so review requests to them are accepted, as on GitHub
for (const rule of Object.values(loaded.policy.approvals)) for (const team of rule.from ?? []) github.addTeam("acme", team.replace(/^@acme\//, ""));
const { url } = await github.start();
const sha = "a".repeat(40);
github.setFile("feature", ".github/blast-radius.yml", policyYaml);
github.setFile("main", ".github/blast-radius.yml", policyYaml);
github.setFile("feature", ".github/labeler.yml", labelerYaml(loaded.policy));
github.addPullRequest({ number: 7, user: "junior-dev", head: { sha, ref: "feature" }, base: { ref: "main" }, files: generateFiles() });

const dir = mkdtempSync(join(tmpdir(), "blast-radius-bench-"));
const event = join(dir, "event.json");
writeFileSync(event, JSON.stringify({ action: "synchronize", number: 7, pull_request: { number: 7, head: { sha }, base: { ref: "main" } }, repository: { name: "web", owner: { login: "acme" } } }));

/** What a runner sets for every JavaScript action, plus each action's inputs with their action.yml defaults. */
const runnerEnv = (eventName) => ({
  PATH: process.env.PATH,
  GITHUB_EVENT_NAME: eventName,
  GITHUB_EVENT_PATH: event,
  GITHUB_REPOSITORY: "acme/web",
  GITHUB_SHA: sha,
  GITHUB_API_URL: url,
  GITHUB_OUTPUT: join(dir, "out"),
  GITHUB_STEP_SUMMARY: join(dir, "summary"),
  GITHUB_WORKSPACE: dir,
});
const actions = {
  "blast-radius": { script: process.env.ACTION_FILE ?? "action/dist/index.js", inputs: { INPUT_TOKEN: "ghs_bench", "INPUT_CONFIG-PATH": ".github/blast-radius.yml" } },
  labeler: {
    script: LABELER,
    inputs: { "INPUT_REPO-TOKEN": "ghs_bench", "INPUT_CONFIGURATION-PATH": ".github/labeler.yml", "INPUT_SYNC-LABELS": "false", INPUT_DOT: "true", "INPUT_PR-NUMBER": "" },
  },
};

/**
 * One run, its standard output going to a file as a runner consumes it: labeler prints a
 * `::debug::` line per changed file and per (label, glob) check, tens of megabytes here, which a
 * runner reads and drops unless debug logging is on.
 */
async function once(name, eventName = "pull_request_target") {
  writeFileSync(join(dir, "out"), "");
  writeFileSync(join(dir, "summary"), "");
  github.clearRequests();
  const stdout = openSync(join(dir, "stdout"), "w");
  const started = process.hrtime.bigint();
  const args = [...(process.env.PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []), join(process.cwd(), actions[name].script)];
  // cwd is the empty workspace, as on a runner without a checkout: labeler then reads its config through the API.
  const child = spawn(process.execPath, args, { cwd: dir, env: { ...runnerEnv(eventName), ...actions[name].inputs }, stdio: ["ignore", stdout, "inherit"] });
  const code = await new Promise((resolve) => child.on("exit", resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(stdout);
  if (code !== 0) throw new Error(`${name} exited ${code}: ${readFileSync(join(dir, "stdout"), "utf8").split("\n").filter((l) => l.startsWith("::error")).join("\n")}`);
  return { ms, requests: github.requests.length };
}

// A cold PR for each: labels and the check are created; steady state is what every later push costs.
const first = { "blast-radius": await once("blast-radius"), labeler: await once("labeler") };
const times = { "blast-radius": [], labeler: [], startup: [], empty: [] };
const requests = { "blast-radius": 0, labeler: 0 };
for (let i = 0; i < RUNS; i++) {
  // labeler takes tens of seconds a run: three of its runs give a stable enough median
  for (const name of i < 3 ? ["blast-radius", "labeler"] : ["blast-radius"]) {
    const r = await once(name);
    times[name].push(r.ms);
    requests[name] = Math.max(requests[name], r.requests);
  }
  times.startup.push((await once("blast-radius", "push")).ms);
  const started = process.hrtime.bigint();
  await run(process.execPath, ["-e", "0"]);
  times.empty.push(Number(process.hrtime.bigint() - started) / 1e6);
}
await github.stop();
rmSync(dir, { recursive: true, force: true });

const ours = median(times["blast-radius"]);
const theirs = median(times.labeler);
const startup = median(times.startup);
const ratio = theirs / ours;
const f = (x) => `${x.toFixed(0)} ms`.padStart(8);
console.log(`pull request of ${generateFiles().length} files, ${loaded.policy.rules.length} rules (bench/workload.mjs), GitHub on loopback; median of ${RUNS} (labeler: of ${Math.min(RUNS, 3)}), runs interleaved:`);
console.log(`  blast-radius action   ${f(ours)}   ${requests["blast-radius"]} requests (first run ${first["blast-radius"].ms.toFixed(0)} ms, ${first["blast-radius"].requests} requests)`);
console.log(`  actions/labeler v7    ${f(theirs)}   ${requests.labeler} requests (first run ${first.labeler.ms.toFixed(0)} ms, ${first.labeler.requests} requests)`);
console.log(`  where the action's time goes: node start-up ${f(median(times.empty)).trim()}, bundle load and inputs ${(startup - median(times.empty)).toFixed(0)} ms (an ignored event: ${startup.toFixed(0)} ms in all),`);
console.log(`    GitHub round trips and evaluation ${(ours - startup).toFixed(0)} ms`);
console.log(`  ratio: ${ratio.toFixed(1)}x faster than labeler   goal >= ${GOAL_RATIO}x: ${ratio >= GOAL_RATIO ? "met" : "MISSED"}`);
