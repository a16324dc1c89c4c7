/* global fetch */
// The app as a fleet: two replicas (`node app/dist/main.js`) sharing a real Redis, against the GitHub
// stand-in with network latency. Reports what limits a fleet: GitHub requests per event, the share
// answered by free 304s, evaluations per delivery, deliveries accepted per second, and memory.
//   node bench/fleet.mjs            (npm run bench runs it too; needs redis-server)
import { build } from "esbuild";
import { spawn, spawnSync } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import { join, resolve } from "node:path";

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 5000);
const PULLS = Number(process.env.BENCH_PULLS ?? 10);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const SECRET = "bench-secret";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (spawnSync("redis-server", ["--version"]).error) {
  console.log("fleet: skipped (redis-server is not installed; `apt-get install -y redis-server`)");
  process.exit(0);
}
await build({ entryPoints: ["test/support/fake-github.ts"], bundle: true, packages: "external", platform: "node", format: "esm", outfile: "dist/bench/fake-github.mjs", logLevel: "warning" });
const { FakeGitHub } = await import(new URL("../dist/bench/fake-github.mjs", import.meta.url).href);
const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } });

const freePort = () => new Promise((res) => { const s = createServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => res(port)); }); });

const redisPort = await freePort();
const redis = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
const github = new FakeGitHub({ owner: "acme", repo: "web", appId: 1 });
const { url: apiUrl } = await github.start();
github.latencyMs = LATENCY_MS;
github.setFile("main", ".github/blast-radius.yml", "version: 1\nrules:\n  - name: docs\n    paths: ['docs/**']\n    tier: low\ntargets:\n  - name: api\n    paths: ['services/**']\n    environment: production\n    tier: high\napprovals:\n  high: { count: 1, from: ['@acme/seniors'] }\n");
const headOf = (pr, push) => `${String(pr).padStart(3, "0")}${String(push).padStart(4, "0")}`.padEnd(40, "e");
const open = (pr, push) => github.addPullRequest({ number: pr, user: "dev", head: { sha: headOf(pr, push), ref: `f${pr}` }, base: { ref: "main" }, files: [{ filename: `services/s${pr}/a.ts`, additions: 3, deletions: 1 }, { filename: `docs/d${pr}.md`, additions: 1, deletions: 0 }] });
github.addTeamMember("acme", "seniors", "sam");
for (let pr = 1; pr <= PULLS; pr++) open(pr, 0);

const workdir = mkdtempSync(join(tmpdir(), "blast-radius-fleet-bench-"));
const replicas = [];
for (let i = 0; i < 2; i++) {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve("app/dist/main.js")], {
    cwd: workdir,
    env: { PATH: process.env.PATH, APP_ID: "1", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: SECRET, PORT: String(port), HOST: "127.0.0.1", GHE_HOST: new URL(apiUrl).host, GHE_PROTOCOL: "http", LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn", NODE_ENV: "production", REDIS_URL: `redis://127.0.0.1:${redisPort}`, BLAST_RADIUS_METRICS: "true" },
    stdio: ["ignore", process.env.BENCH_LOG_LEVEL ? "inherit" : "ignore", "inherit"],
  });
  replicas.push({ child, url: `http://127.0.0.1:${port}` });
}
for (const r of replicas) for (let t = 0; t < 200; t++) { if ((await fetch(`${r.url}/healthz`).catch(() => null))?.ok) break; await sleep(50); }

const payload = (pr, push, action) => ({ action, number: pr, pull_request: { number: pr, head: { sha: headOf(pr, push), ref: `f${pr}` }, base: { ref: "main" }, user: { login: "dev" } }, repository: { name: "web", full_name: "acme/web", owner: { login: "acme" } }, installation: { id: 1 }, sender: { login: "dev", type: "User" } });
async function deliver(i, body) {
  const text = JSON.stringify(body);
  const res = await fetch(`${replicas[i % replicas.length].url}/api/github/webhooks`, { method: "POST", headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": `b-${i}-${Math.random()}`, "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(text).digest("hex")}` }, body: text });
  await res.arrayBuffer();
  return res.status;
}
// Probot's throttling lets one write a second through per installation (GitHub's secondary rate
// limits), shared by the replicas through Redis: wait until GitHub has heard nothing for 4 s.
async function settle() { let seen = -1; for (;;) { const now = github.requests.length; if (now === seen) return; seen = now; await sleep(4000); } }
async function scrape(name) {
  let total = 0;
  for (const r of replicas) for (const line of (await (await fetch(`${r.url}/metrics`)).text()).split("\n")) if (line.startsWith(name) && !line.startsWith("#")) total += Number(line.split(" ").pop());
  return total;
}
const counts = () => ({ reads: github.requests.filter((r) => r.method === "GET").length, writes: github.requests.filter((r) => r.method !== "GET" && !r.path.includes("access_tokens")).length, notModified: github.notModified, tokens: github.requests.filter((r) => r.path.includes("access_tokens")).length });
const diff = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k] - a[k]]));

// 1. Steady state: an unchanged PR re-evaluated one event at a time (a review, a label), after a first pass.
for (let pr = 1; pr <= PULLS; pr++) await deliver(pr, payload(pr, 0, "opened"));
await settle();
let before = counts();
const STEADY = 40;
for (let i = 0; i < STEADY; i++) { await deliver(i, payload((i % PULLS) + 1, 0, "synchronize")); await sleep(150); }
await settle();
const steady = diff(before, counts());

// 2. Bursts: DELIVERIES deliveries, 50 per PR per push, sent 25 at a time over both replicas.
before = counts();
const evalsBefore = await scrape("blast_radius_evaluations_total");
const memory = [];
const started = performance.now();
let sent = 0;
let push = 0;
while (sent < DELIVERIES) {
  push++;
  for (let pr = 1; pr <= PULLS; pr++) open(pr, push);
  const batch = [];
  for (let k = 0; k < 50 * PULLS && sent < DELIVERIES; k++) batch.push([sent++, payload((k % PULLS) + 1, push, "synchronize")]);
  for (let j = 0; j < batch.length; j += 25) await Promise.all(batch.slice(j, j + 25).map(([i, body]) => deliver(i, body)));
  if (sent % 1000 < 50 * PULLS) memory.push(await scrape("blast_radius_process_resident_memory_bytes"));
}
const acceptSeconds = (performance.now() - started) / 1000;
await settle();
const burstCounts = diff(before, counts());
const evaluations = (await scrape("blast_radius_evaluations_total")) - evalsBefore;
memory.push(await scrape("blast_radius_process_resident_memory_bytes"));

for (const r of replicas) r.child.kill("SIGKILL");
redis.kill();
await github.stop();
rmSync(workdir, { recursive: true, force: true });

const per = (n, d) => (n / d).toFixed(2);
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`fleet: 2 replicas on Redis, GitHub on loopback with ${LATENCY_MS} ms latency, ${PULLS} pull requests`);
console.log(`  steady state (${STEADY} single events on unchanged PRs): ${per(steady.reads, STEADY)} reads and ${per(steady.writes, STEADY)} writes per event; ${per(steady.notModified * 100, Math.max(1, steady.reads))}% of reads answered 304 (free of rate limit)`);
console.log(`  (writes pass Probot's throttle at one a second per installation, shared through Redis)`);
console.log(`  bursts (${DELIVERIES} deliveries, ${push} pushes x ${PULLS} PRs): accepted ${per(DELIVERIES, acceptSeconds)} deliveries/s; ${per(evaluations, DELIVERIES)} evaluations per delivery (${evaluations} in all)`);
console.log(`    ${per(burstCounts.reads, DELIVERIES)} reads and ${per(burstCounts.writes, DELIVERIES)} writes per delivery; ${per(burstCounts.notModified * 100, Math.max(1, burstCounts.reads))}% of reads were 304s; ${burstCounts.tokens} installation tokens minted`);
console.log(`  memory (both replicas, resident) every ~1,000 deliveries: ${memory.map(mb).join(" -> ")}`);
console.log(`  goal: <= 2 reads per event on average in a burst, and a flat memory line -> ${burstCounts.reads / DELIVERIES <= 2 ? "met" : "MISSED"}`);
