/**
 * The app as an admin runs it: the Dockerfile's image laid out in a temporary folder (its COPY
 * lines, and only the production dependencies for its `npm ci --omit=dev`), its CMD started
 * with its ENV, and its HEALTHCHECK run as Docker would. Configured through Probot's standard
 * environment and a `.env` made the README's way (.env.example's keys, every optional one left
 * empty), pointed at a GitHub stand-in on loopback as a GitHub Enterprise Server (GHE_HOST +
 * GHE_PROTOCOL=http). Deliveries are posted over HTTP, signed like GitHub signs them.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { copyFileSync, existsSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
let serverEnv: NodeJS.ProcessEnv;

interface Dockerfile {
  env: Record<string, string>;
  copies: Array<{ sources: string[]; destination: string }>;
  runs: string[];
  user: string;
  cmd: string[];
  healthcheck: string[];
}

/** The instructions of our (single-line-per-instruction) Dockerfile that shape the running server. */
function readDockerfile(): Dockerfile {
  const result: Dockerfile = { env: {}, copies: [], runs: [], user: "root", cmd: [], healthcheck: [] };
  for (const line of readFileSync("Dockerfile", "utf8").split("\n")) {
    const [instruction, ...rest] = line.trim().split(/\s+/);
    const argument = rest.join(" ");
    if (instruction === "ENV") for (const pair of rest) result.env[pair.split("=")[0]] = pair.slice(pair.indexOf("=") + 1);
    if (instruction === "COPY") result.copies.push({ sources: rest.slice(0, -1), destination: rest.at(-1)! });
    if (instruction === "RUN") result.runs.push(argument);
    if (instruction === "USER") result.user = argument;
    if (instruction === "CMD") result.cmd = JSON.parse(argument);
    if (instruction === "HEALTHCHECK") result.healthcheck = JSON.parse(argument.slice(argument.indexOf("CMD ") + 4));
  }
  return result;
}

/** The image's WORKDIR: its COPY lines, and for `npm ci --omit=dev` the locked production packages (hard links). */
function layOutImage(dockerfile: Dockerfile, dir: string): void {
  for (const { sources, destination } of dockerfile.copies) {
    for (const source of sources) cpSync(source, join(dir, destination, destination.endsWith("/") && !source.endsWith("/") ? source : ""), { recursive: true });
  }
  expect(dockerfile.runs.some((run) => run.startsWith("npm ci --omit=dev"))).toBe(true);
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { dev?: boolean; optional?: boolean }> };
  // npm ci skips optional packages built for other platforms (e.g. msgpackr's prebuilt binaries)
  const production = Object.entries(lock.packages).filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev && !(entry.optional && !existsSync(path)));
  for (const [path] of production) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    execFileSync("cp", ["-al", path, join(dir, path)]);
  }
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
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server said:\n${logs}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  github = new FakeGitHub({ owner: "acme", repo: "web", appId: 1 });
  const { port: apiPort } = await github.start();
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  const dockerfile = readDockerfile();
  expect(dockerfile.user).not.toBe("root");
  workdir = mkdtempSync(join(tmpdir(), "blast-radius-image-"));
  layOutImage(dockerfile, workdir);
  // The README's way: `cp -n .env.example .env` (BLAST_RADIUS_POLICY_PATH= and GHE_HOST= empty
  // among its keys), then the registration fills in the credentials; the environment adds the rest.
  copyFileSync(".env.example", join(workdir, ".env"));
  updateEnvFile(join(workdir, ".env"), { APP_ID: "1", WEBHOOK_SECRET: SECRET });
  serverEnv = {
    PATH: process.env.PATH,
    ...dockerfile.env,
    PRIVATE_KEY: privateKey,
    PORT: String(port),
    GHE_HOST: `127.0.0.1:${apiPort}`,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "warn",
    BLAST_RADIUS_POLICY_PATH: "",
  };
  const [command, ...args] = dockerfile.cmd;
  expect(command).toBe("node");
  server = spawn(process.execPath, args, { cwd: workdir, env: serverEnv, stdio: ["ignore", "pipe", "pipe"] });
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
  expect(policyRead!.query.ref).toBe("refs/heads/main"); // the branch, never a tag named main
});

it("passes the Dockerfile's HEALTHCHECK, run as Docker runs it", async () => {
  const [command, ...args] = readDockerfile().healthcheck;
  expect(command).toBe("node");
  const check = spawnSync(process.execPath, args, { cwd: workdir, env: serverEnv, encoding: "utf8", timeout: 10_000 });
  expect(check.status).toBe(0);
  expect(await (await fetch(`${appUrl}/healthz`)).json()).toEqual({ status: "ok", registered: true });
});
