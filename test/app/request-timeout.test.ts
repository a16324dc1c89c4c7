/**
 * The app's server (as app/main.ts starts it) against a GitHub that stops answering some
 * requests: each request times out, is retried within the retry plugin's budget, and the pull
 * request ends with a check either way; its queue of events is never stalled by a hung request.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from "@jest/globals";
import { createHmac } from "node:crypto";
import { ProbotOctokit } from "probot";
import { startServer, type RunningServer } from "../../app/server.js";
import { readSettings } from "../../app/settings.js";
import { FakeGitHub } from "../support/fake-github.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";
import { passThroughUnless, SilentServer } from "../support/silent-server.js";
import { privateKey } from "./nock-github.js";
import { POLICY } from "./policy-fixtures.js";

const SECRET = "timeout-test-secret";
const FILES = "/api/v3/repos/acme/web/pulls/7/files"; // GHE-style prefix: the app is pointed at GHE_HOST
let github: FakeGitHub;
let gateway: SilentServer;
let server: RunningServer;
let hangs: number;

beforeAll(async () => {
  github = new FakeGitHub({ owner: "acme", repo: "web", appId: 1 });
  const { url } = await github.start();
  gateway = new SilentServer();
  gateway.answer = passThroughUnless(url, (req) => req.url?.split("?")[0] === FILES && hangs-- > 0);
  const gatewayUrl = await gateway.start();
  const settings = readSettings({
    APP_ID: "1", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: SECRET, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "fatal",
    GHE_HOST: new URL(gatewayUrl).host, GHE_PROTOCOL: "http", BLAST_RADIUS_REQUEST_TIMEOUT_MS: "1000",
  });
  // Probot's own retry plugin, its pauses shortened from seconds to milliseconds.
  const Octokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, retry: { retryAfterBaseValue: 1 }, throttle: { enabled: false } }));
  server = await startServer(settings, { Octokit: Octokit as typeof ProbotOctokit });
});

afterAll(async () => {
  await server?.close();
  await gateway?.stop();
  await github?.stop();
});

beforeEach(() => {
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "sandbox/a.js", additions: 3, deletions: 0 }] });
  gateway.requests.length = 0;
});

async function deliver(): Promise<void> {
  const body = JSON.stringify(pullRequestEvent("synchronize"));
  const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
  const response = await fetch(new URL("/api/github/webhooks", server.url), {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": `d-${Math.random()}`, "x-hub-signature-256": signature },
    body,
  });
  expect(response.status).toBe(200); // acknowledged at once; the evaluation runs from the queue
}

/** Until the latest check run on the head commit satisfies `done` (the queue evaluates after the delivery). */
async function untilCheck(done: (check: ReturnType<FakeGitHub["checkRuns"]>[number]) => boolean, timeoutMs = 40_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const check = github.checkRuns().at(-1);
    if (check && done(check)) return check;
    if (Date.now() > deadline) throw new Error(`no such check run in time; the last is ${JSON.stringify(check?.conclusion)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const filesRequests = () => gateway.requests.filter((r) => r.path.split("?")[0] === FILES).length;

it("retries a request GitHub does not answer and completes the evaluation", async () => {
  hangs = 1;
  await deliver();
  const check = await untilCheck((c) => c.head_sha === HEAD_SHA && c.status === "completed");
  expect(filesRequests()).toBe(2);
  expect(check).toMatchObject({ name: "blast-radius: main", head_sha: HEAD_SHA, conclusion: "success" });
});

it("after the retry budget, fails closed with a check that says GitHub did not answer, and the next event still runs", async () => {
  hangs = 4;
  await deliver();
  const check = await untilCheck((c) => c.conclusion === "failure");
  expect(filesRequests()).toBe(4); // the first try and 3 retries
  expect(`${check.output.title}\n${check.output.summary}`).toContain("GitHub did not answer within 1000 ms");

  await deliver(); // the same pull request's queue moves on
  await untilCheck((c) => c.conclusion === "success");
});
