/**
 * Installed exactly as app.yml says: the server started as `npm start` starts it, against a GitHub
 * stand-in whose installation tokens carry exactly app.yml's default_permissions (and, for the
 * app as it was registered before, without issues: write). What a new repository gets on its
 * first pull request: its labels, created in their colours, and the check.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { POLICY } from "./policy-fixtures.js";
import { privateKey } from "./nock-github.js";
import { FakeGitHub } from "../support/fake-github.js";
import { appManifestPermissions } from "../support/permissions.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";

const SECRET = "e2e-webhook-secret";
let github: FakeGitHub;
let app: RunningApp;

interface RunningApp {
  url: string;
  server: ChildProcess;
  logs: () => string;
}

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
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server said:\n${app?.logs()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The server as `npm start` runs it, configured through Probot's environment, against `standIn`. */
async function startApp(standIn: FakeGitHub): Promise<RunningApp> {
  const { port: apiPort } = await standIn.start();
  const port = await freePort();
  let logs = "";
  const cwd = mkdtempSync(join(tmpdir(), "blast-radius-permissions-"));
  const server = spawn(process.execPath, [resolve("app/dist/main.js")], {
    cwd,
    env: {
      PATH: process.env.PATH,
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      GHE_HOST: `127.0.0.1:${apiPort}`,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.once("exit", () => rmSync(cwd, { recursive: true, force: true }));
  server.stdout!.on("data", (d) => (logs += d));
  server.stderr!.on("data", (d) => (logs += d));
  const running = { url: `http://127.0.0.1:${port}`, server, logs: () => logs };
  await waitFor("the app server to listen", async () => {
    const res = await fetch(`${running.url}/healthz`).catch(() => undefined);
    return res?.ok ? true : undefined;
  });
  return running;
}

beforeAll(async () => {
  // Installed exactly as app.yml says: the stand-in's installation tokens carry its default_permissions.
  github = new FakeGitHub({ owner: "acme", repo: "web", appId: 1 });
  app = await startApp(github);
}, 30000);

afterAll(async () => {
  app?.server.kill();
  await github?.stop();
});

function deliver(payload: unknown, secret: string, to: RunningApp = app) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  return fetch(`${to.url}/api/github/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": `d-${Math.random()}`, "x-hub-signature-256": signature },
    body,
  });
}

it("labels the pull request of a brand-new repository (creating the labels) and posts the check for a signed delivery", async () => {
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "sandbox/a.js", additions: 3, deletions: 0 }] });
  expect(github.repoLabels()).toEqual([]);
  const response = await deliver(pullRequestEvent("opened"), SECRET);
  expect(response.status).toBeLessThan(300);

  const check = await waitFor("the check run", () => github.checkRuns()[0]);
  expect(check).toMatchObject({ name: "blast-radius: main", head_sha: HEAD_SHA, conclusion: "success" });
  expect(check.output.title).toBe("Low risk (sandboxed): no approval needed");
  await waitFor("the labels", () => (github.labelsOf(7).length === 2 ? true : undefined));
  expect(github.labelsOf(7).sort()).toEqual(["risk:low", "sandbox"]);
  await waitFor("the labels' colours", () => (github.repoLabels().every((l) => l.color !== "ededed") ? true : undefined));
  expect(github.repoLabels()).toEqual(expect.arrayContaining([expect.objectContaining({ name: "risk:low", color: "0e8a16" }), expect.objectContaining({ name: "sandbox", color: "1d76db" })]));
  // Read from the base branch through Probot's config loader, under GHE's /api/v3 prefix.
  const policyRead = github.requests.find((r) => r.path.startsWith("/repos/acme/web/contents/"));
  expect(decodeURIComponent(policyRead!.path)).toBe("/repos/acme/web/contents/.github/blast-radius.yml");
  expect(policyRead!.query.ref).toBe("refs/heads/main"); // the branch, never a tag named main
});

it("installed without issues: write (app.yml as it was), the first pull request of a new repository gets no labels", async () => {
  const { issues: _issues, ...withoutIssues } = appManifestPermissions();
  const old = new FakeGitHub({ owner: "acme", repo: "web", appId: 1, installation: { permissions: withoutIssues } });
  const oldApp = await startApp(old);
  try {
    old.setFile("main", ".github/blast-radius.yml", POLICY);
    old.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "sandbox/a.js", additions: 3, deletions: 0 }] });

    await deliver(pullRequestEvent("opened"), SECRET, oldApp);

    await waitFor("the check run", () => old.checkRuns()[0]);
    await waitFor("the refused label write", () => (oldApp.logs().includes("You do not have permission to create labels") ? true : undefined));
    expect(old.labelsOf(7)).toEqual([]);
    expect(old.repoLabels()).toEqual([]);
  } finally {
    oldApp.server.kill();
    await old.stop();
  }
}, 30000);
