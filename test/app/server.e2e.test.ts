/**
 * The app as an admin runs it: the committed bundle started exactly as the Dockerfile and
 * `npm start` start it (`node app/dist/main.js`), configured through Probot's standard environment
 * and a `.env` made the README's way (.env.example's keys, every optional one left empty),
 * pointed at a GitHub stand-in on loopback as a GitHub Enterprise Server (GHE_HOST +
 * GHE_PROTOCOL=http). Deliveries are posted over HTTP, signed like GitHub signs them.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { updateEnvFile } from "../../app/registration.js";
import { POLICY } from "./policy-fixtures.js";
import { privateKey } from "./nock-github.js";
import { FakeGitHub } from "../support/fake-github.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";

const SECRET = "e2e-webhook-secret";
let github: FakeGitHub;
let server: ChildProcess;
let appUrl: string;
let logs = "";
let workdir: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server said:\n${logs}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  github = new FakeGitHub({ owner: "acme", repo: "web", appId: 1 });
  const { port: apiPort } = await github.start();
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  // The README's way: `cp -n .env.example .env` (BLAST_RADIUS_POLICY_PATH= and GHE_HOST= empty
  // among its keys), then the registration fills in the credentials; the environment adds the rest.
  workdir = mkdtempSync(join(tmpdir(), "blast-radius-server-"));
  copyFileSync(".env.example", join(workdir, ".env"));
  updateEnvFile(join(workdir, ".env"), { APP_ID: "1", WEBHOOK_SECRET: SECRET });
  server = spawn(process.execPath, [resolve("app/dist/main.js")], {
    cwd: workdir,
    env: {
      PATH: process.env.PATH,
      PRIVATE_KEY: privateKey,
      PORT: String(port),
      HOST: "127.0.0.1",
      GHE_HOST: `127.0.0.1:${apiPort}`,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      BLAST_RADIUS_POLICY_PATH: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (logs += d));
  server.stderr!.on("data", (d) => (logs += d));
  await waitFor("the app server to listen", async () => {
    const res = await fetch(`${appUrl}/ping`).catch(() => undefined);
    return res?.ok ? true : undefined;
  });
}, 30000);

afterAll(async () => {
  server?.kill();
  await github?.stop();
  rmSync(workdir, { recursive: true, force: true });
});

function deliver(payload: unknown, secret: string) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  return fetch(`${appUrl}/api/github/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": `d-${Math.random()}`, "x-hub-signature-256": signature },
    body,
  });
}

it("refuses a delivery with a bad signature and writes nothing", async () => {
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "sandbox/a.js", additions: 3, deletions: 0 }] });

  const response = await deliver(pullRequestEvent("opened"), "not-the-secret");

  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  await new Promise((r) => setTimeout(r, 200));
  expect(github.writes().filter((w) => !w.path.includes("access_tokens"))).toEqual([]);
});

it("labels the pull request and posts the check for a signed delivery", async () => {
  const response = await deliver(pullRequestEvent("opened"), SECRET);
  expect(response.status).toBeLessThan(300);

  const check = await waitFor("the check run", () => github.checkRuns()[0]);
  expect(check).toMatchObject({ name: "blast-radius: main", head_sha: HEAD_SHA, conclusion: "success" });
  expect(check.output.title).toBe("Low risk (sandboxed): no approval needed");
  await waitFor("the labels", () => (github.labelsOf(7).length === 2 ? true : undefined));
  expect(github.labelsOf(7).sort()).toEqual(["risk:low", "sandbox"]);
  // Read from the base branch through Probot's config loader, under GHE's /api/v3 prefix; the
  // empty BLAST_RADIUS_POLICY_PATH meant the default path, not "".
  const policyRead = github.requests.find((r) => r.path.startsWith("/repos/acme/web/contents/"));
  expect(decodeURIComponent(policyRead!.path)).toBe("/repos/acme/web/contents/.github/blast-radius.yml");
  expect(policyRead!.query.ref).toBe("main");
});

it("answers the health check the Dockerfile's HEALTHCHECK calls", async () => {
  const response = await fetch(`${appUrl}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", registered: true });
});
