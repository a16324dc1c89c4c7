// The bundled Action as a process, on a 3,000-file pull request and a 1,000-rule policy, against
// the GitHub API stand-in on loopback. Prints wall time (median of several runs) and request count.
//   node bench/action.mjs            (npm run bench runs it too)
import { build } from "esbuild";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FILES = 3000;
const RULES = Number(process.env.BENCH_RULES ?? 1000);

// The stand-in is TypeScript test support; compile it once for this script.
await build({ entryPoints: ["test/support/fake-github.ts"], bundle: true, platform: "node", format: "esm", outfile: "dist/bench/fake-github.mjs", logLevel: "warning" });
const { ALL_PERMISSIONS, FakeGitHub } = await import(new URL("../dist/bench/fake-github.mjs", import.meta.url).href);

function policyYaml() {
  const lines = ["version: 1", "default_tier: medium", "rules:"];
  for (let i = 0; i < RULES; i++) {
    const kind = i % 4;
    const paths =
      kind === 0 ? `["services/svc-${i}/**"]` : kind === 1 ? `["libs/lib-${i}/src/**/*.ts"]` : kind === 2 ? `["apps/app-${i}/**/*.sql", "apps/app-${i}/migrations/**"]` : `["docs/area-${i}/**", "*.rule${i}"]`;
    lines.push(`  - name: rule-${i}`, `    paths: ${paths}`, `    tier: ${["low", "medium", "high", "low"][kind]}`);
  }
  lines.push("approvals:", "  high: { count: 1, from: ['@acme/seniors'] }", "  critical: { count: 2 }");
  return lines.join("\n") + "\n";
}

function files() {
  return Array.from({ length: FILES }, (_, i) => {
    const n = (i * 7) % RULES;
    const filename = [`services/svc-${n}/src/handler${i}.go`, `libs/lib-${n}/src/deep/mod${i}.ts`, `apps/app-${n}/migrations/${i}.sql`, `docs/area-${n}/page${i}.md`][i % 4];
    return { filename, status: "modified", additions: 3, deletions: 1 };
  });
}

const github = new FakeGitHub({ owner: "acme", repo: "web" });
github.addToken("ghs_bench", { permissions: ALL_PERMISSIONS }); // the stand-in refuses tokens it did not issue
const { url } = await github.start();
github.setFile("main", ".github/blast-radius.yml", policyYaml());
const sha = "a".repeat(40);
github.addPullRequest({ number: 7, user: "junior-dev", head: { sha, ref: "feature" }, base: { ref: "main" }, files: files() });

const dir = mkdtempSync(join(tmpdir(), "blast-radius-bench-"));
const event = join(dir, "event.json");
writeFileSync(event, JSON.stringify({ action: "synchronize", number: 7, pull_request: { number: 7, head: { sha }, base: { ref: "main" } }, repository: { name: "web", owner: { login: "acme" } } }));

async function once() {
  writeFileSync(join(dir, "out"), "");
  writeFileSync(join(dir, "summary"), "");
  github.clearRequests();
  const started = process.hrtime.bigint();
  await run(process.execPath, [...(process.env.PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []), process.env.ACTION_FILE ?? "action/dist/index.js"], {
    env: {
      PATH: process.env.PATH,
      GITHUB_EVENT_NAME: "pull_request_target",
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: "acme/web",
      GITHUB_API_URL: url,
      GITHUB_OUTPUT: join(dir, "out"),
      GITHUB_STEP_SUMMARY: join(dir, "summary"),
      INPUT_TOKEN: "ghs_bench",
      "INPUT_CONFIG-PATH": ".github/blast-radius.yml",
    },
  });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, requests: github.requests.length };
}

const first = await once(); // a cold PR: labels and the check are created
const timings = [];
let requests = 0;
for (let i = 0; i < RUNS; i++) {
  const r = await once();
  timings.push(r.ms);
  requests = Math.max(requests, r.requests);
}
await github.stop();
rmSync(dir, { recursive: true, force: true });
timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)];
console.log(`action bundle, ${FILES} files x ${RULES} rules, GitHub on loopback:`);
console.log(`  first run (creates labels and check): ${first.ms.toFixed(0)} ms, ${first.requests} requests`);
console.log(`  steady state: median ${median.toFixed(0)} ms (min ${timings[0].toFixed(0)}, max ${timings[timings.length - 1].toFixed(0)}) over ${RUNS} runs, at most ${requests} requests`);
console.log(`  goal: <= 500 ms and <= 40 requests -> ${median <= 500 && Math.max(first.requests, requests) <= 40 ? "met" : "MISSED"}`);
