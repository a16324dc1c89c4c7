/**
 * A fleet as an organisation runs it: two app processes started as `npm start` starts them
 * (`node app/dist/main.js`), sharing one real Redis (REDIS_URL), behind a "load balancer" that
 * spreads deliveries over both, against the GitHub stand-in with network latency. What people see
 * must be as if one process had handled everything: exactly one check run per head commit, one
 * review request per PR, the right labels — and killing a replica mid-burst loses nothing.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { privateKey } from "./nock-github.js";
import { POLICY } from "./policy-fixtures.js";
import { FakeGitHub } from "../support/fake-github.js";
import { pullRequestEvent } from "../support/payloads.js";
import { freePort, startRedis, type RunningRedis } from "../support/redis.js";

const SECRET = "fleet-webhook-secret";
const PULLS = [21, 22, 23, 24];
const sha = (pr: number, push: number) => `${String(pr).padStart(2, "0")}${String(push).padStart(2, "0")}`.padEnd(40, "c");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let github: FakeGitHub;
let redis: RunningRedis;
let workdir: string;
const replicas: Array<{ process: ChildProcess; url: string; logs: string }> = [];

async function startReplica(): Promise<{ process: ChildProcess; url: string; logs: string }> {
  const port = await freePort();
  const apiPort = new URL((await github.start()).url).port;
  const replica = {
    url: `http://127.0.0.1:${port}`,
    logs: "",
    process: spawn(process.execPath, [resolve("app/dist/main.js")], {
      cwd: workdir,
      env: {
        PATH: process.env.PATH,
        APP_ID: "1",
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: SECRET,
        PORT: String(port),
        HOST: "127.0.0.1",
        GHE_HOST: `127.0.0.1:${apiPort}`,
        GHE_PROTOCOL: "http",
        LOG_LEVEL: "info",
        NODE_ENV: "production",
        REDIS_URL: redis.url,
        BLAST_RADIUS_METRICS: "true",
        BLAST_RADIUS_QUEUE_LOCK_MS: "5000",
      },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  };
  replica.process.stdout!.on("data", (d) => (replica.logs += d));
  replica.process.stderr!.on("data", (d) => (replica.logs += d));
  await waitFor(`replica on ${port} to listen`, async () => ((await fetch(`${replica.url}/healthz`).catch(() => undefined))?.ok ? true : undefined));
  return replica;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; replicas said:\n${replicas.map((r) => r.logs.slice(-3000)).join("\n---\n")}`);
    await sleep(50);
  }
}

/** Until GitHub has seen no request for `quietMs`: every replica has finished its work. */
async function settle(quietMs = 1500): Promise<void> {
  let seen = -1;
  await waitFor("the fleet to settle", async () => {
    const now = github.requests.length;
    if (now === seen) return true;
    seen = now;
    await sleep(quietMs);
    return undefined;
  }, 60_000);
}

function deliver(replica: { url: string }, payload: unknown): Promise<Response> {
  const body = JSON.stringify(payload);
  return fetch(`${replica.url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "pull_request",
      "x-github-delivery": `d-${Math.random()}`,
      "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
    },
    body,
  });
}

function openPull(pr: number, push: number): void {
  github.addPullRequest({
    number: pr,
    user: "junior-dev",
    head: { sha: sha(pr, push), ref: `feature-${pr}` },
    base: { ref: "main" },
    // a production change: high risk, needs @acme/seniors, who get one review request
    files: [{ filename: `services/payments/charge-${pr}.ts`, additions: 10 + push, deletions: 1 }],
  });
}

/** A burst: `perPull` deliveries for every PR, alternating over the replicas, all at once. */
async function burst(push: number, perPull: number, targets: Array<{ url: string }>): Promise<Response[]> {
  const sends: Array<Promise<Response>> = [];
  for (let n = 0; n < perPull; n++) {
    for (const [i, pr] of PULLS.entries()) {
      const payload = pullRequestEvent(n === 0 && push === 0 ? "opened" : "synchronize", { head: sha(pr, push) });
      payload.number = pr;
      payload.pull_request.number = pr;
      // every PR's deliveries alternate between the replicas
      sends.push(deliver(targets[(n + i) % targets.length], payload));
    }
  }
  return Promise.all(sends);
}

const checksFor = (head: string) => github.checkRuns().filter((r) => r.head_sha === head && r.name === "blast-radius: main");
const reviewRequestsFor = (pr: number) => github.writes().filter((w) => w.method === "POST" && w.path.endsWith(`/pulls/${pr}/requested_reviewers`));

beforeAll(async () => {
  redis = await startRedis();
  github = new FakeGitHub({ owner: "acme", repo: "web", appId: 1 });
  await github.start();
  github.latencyMs = 15;
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  github.addTeamMember("acme", "seniors", "sam");
  workdir = mkdtempSync(join(tmpdir(), "blast-radius-fleet-"));
  for (const pr of PULLS) openPull(pr, 0);
  replicas.push(await startReplica(), await startReplica());
}, 60_000);

afterAll(async () => {
  for (const r of replicas) r.process.kill("SIGKILL");
  await github?.stop();
  await redis?.stop();
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

it("a burst spread over two replicas: one check run per head commit, one review request per PR, acknowledged at once", async () => {
  const started = Date.now();
  const responses = await burst(0, 8, replicas);
  const acknowledgedMs = Date.now() - started;
  expect(responses.every((r) => r.status >= 200 && r.status < 300)).toBe(true);
  // 32 deliveries acknowledged while GitHub answers in 15 ms: nobody waited for an evaluation.
  expect(acknowledgedMs).toBeLessThan(5000);
  await waitFor("every PR's check", () => (PULLS.every((pr) => checksFor(sha(pr, 0)).length > 0) ? true : undefined), 60_000);
  await settle(2000);

  for (const pr of PULLS) {
    const checks = checksFor(sha(pr, 0));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(checks[0].output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    expect(github.labelsOf(pr)).toEqual(["risk:high"]);
    expect(reviewRequestsFor(pr)).toHaveLength(1);
    expect(github.requestedReviewers(pr).teams).toEqual(["seniors"]);
  }
  // Coalescing: 8 deliveries per PR cost at most 2 evaluations each.
  const evaluations = await evaluationsRun();
  expect(evaluations).toBeLessThanOrEqual(PULLS.length * 2);
}, 90_000);

it("killing one replica mid-burst loses nothing: the other finishes every PR", async () => {
  // a push on every PR (GitHub keeps its requested reviewers)
  for (const pr of PULLS) github.push(pr, "junior-dev", sha(pr, 1), [{ filename: `services/payments/charge-${pr}.ts`, additions: 11, deletions: 1 }]);
  const [doomed, survivor] = replicas;
  const sends = burst(1, 6, [doomed, survivor]).catch(() => []);
  // Let the doomed replica take jobs, then kill it without warning.
  await sleep(150);
  doomed.process.kill("SIGKILL");
  await sends; // deliveries to the dead replica fail; GitHub would redeliver those, the survivor got the rest
  await waitFor("every PR's new head to get its check", () => (PULLS.every((pr) => checksFor(sha(pr, 1)).length > 0) ? true : undefined), 60_000);
  await settle();
  for (const pr of PULLS) {
    const checks = checksFor(sha(pr, 1));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(github.labelsOf(pr)).toEqual(["risk:high"]);
    expect(reviewRequestsFor(pr)).toHaveLength(1); // the seniors were already asked: not asked again
  }
}, 120_000);

/** Evaluations run by the replicas still alive, from their /metrics. */
async function evaluationsRun(): Promise<number> {
  let total = 0;
  for (const r of replicas) {
    if (r.process.exitCode !== null || r.process.signalCode) continue;
    const text = await (await fetch(`${r.url}/metrics`)).text();
    for (const line of text.split("\n")) if (line.startsWith("blast_radius_evaluations_total{")) total += Number(line.split(" ").pop());
  }
  return total;
}
