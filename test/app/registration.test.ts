/**
 * Registering the app from app.yml before it has credentials: the manifest GitHub receives names
 * the server's real webhook URL, and the credentials GitHub returns land in `.env` without
 * losing what the admin already wrote there.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { parse as parseYaml } from "yaml";
import { startServer, type RunningServer } from "../../app/server.js";
import { readSettings } from "../../app/settings.js";
import { FakeGitHub } from "../support/fake-github.js";
import { privateKey } from "./nock-github.js";

let github: FakeGitHub;
let server: RunningServer;
let dir: string;
let envFile: string;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

beforeAll(async () => {
  github = new FakeGitHub();
  const { port } = await github.start();
  github.route("POST", "/app-manifests/:code/conversions", (c) =>
    c.params.code === "good-code"
      ? [201, { id: 4242, pem: privateKey, webhook_secret: "fresh-secret", html_url: "https://github.com/apps/blast-radius", client_id: "Iv1.abc", client_secret: "cs" }]
      : [404, { message: "Not Found" }],
    "none", // GitHub's manifest conversion takes no credentials: the code is the secret
  );
  dir = mkdtempSync(join(tmpdir(), "blast-radius-registration-"));
  envFile = join(dir, ".env");
  const settings = readSettings({ PORT: "0", HOST: "127.0.0.1", GHE_HOST: `127.0.0.1:${port}`, GHE_PROTOCOL: "http" });
  server = await startServer(settings, { envFile, log: silent });
});

afterAll(async () => {
  await server?.close();
  await github?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The manifest the registration page would post to GitHub. */
async function manifestFrom(headers: Record<string, string> = {}) {
  const page = await (await fetch(new URL("/probot", server.url), { headers })).text();
  const form = /<form action="([^"]+)" method="post">\s*<input type="hidden" name="manifest" value="([^"]+)">/.exec(page);
  expect(form).not.toBeNull();
  const unescape = (s: string) => s.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
  return { action: unescape(form![1]), manifest: JSON.parse(unescape(form![2])) };
}

it("sends GitHub the webhook path, not the server's root, as the webhook URL", async () => {
  const { action, manifest } = await manifestFrom();
  expect(manifest.hook_attributes.url).toBe(`${server.url}/api/github/webhooks`);
  expect(manifest.redirect_url).toBe(`${server.url}/probot/setup`);
  expect(action).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/settings\/apps\/new$/);
  // Everything else is app.yml as written: its events and least permissions.
  const appYml = parseYaml(readFileSync("app.yml", "utf8"));
  expect(manifest.default_events).toEqual(appYml.default_events);
  expect(manifest.default_permissions).toEqual(appYml.default_permissions);
  expect(manifest.public).toBe(false);
});

it("uses the public address a proxy forwards, which is what GitHub must reach", async () => {
  const { manifest } = await manifestFrom({ "x-forwarded-proto": "https", "x-forwarded-host": "blast.example.com" });
  expect(manifest.hook_attributes.url).toBe("https://blast.example.com/api/github/webhooks");
});

it("writes the credentials GitHub returns into .env, keeping the admin's lines, then sends the admin to install the app", async () => {
  writeFileSync(envFile, "# mine\nAPP_ID=\nLOG_LEVEL=debug\nBLAST_RADIUS_POLICY_PATH=policies/risk.yml\n");

  const response = await fetch(new URL("/probot/setup?code=good-code", server.url), { redirect: "manual" });

  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("https://github.com/apps/blast-radius/installations/new");
  const text = readFileSync(envFile, "utf8");
  expect(text.startsWith("# mine\nAPP_ID=4242\nLOG_LEVEL=debug\nBLAST_RADIUS_POLICY_PATH=policies/risk.yml\n")).toBe(true);
  const env = parseEnv(text) as Record<string, string>;
  expect(env).toMatchObject({ APP_ID: "4242", WEBHOOK_SECRET: "fresh-secret", LOG_LEVEL: "debug", GITHUB_CLIENT_ID: "Iv1.abc" });
  // The key survives the round trip through .env: the next start reads working credentials.
  expect(readSettings(env).credentials).toEqual({ appId: 4242, privateKey: privateKey.trim(), webhookSecret: "fresh-secret" });
});

it("says so when GitHub refuses the registration code", async () => {
  const response = await fetch(new URL("/probot/setup?code=stale-code", server.url));
  expect(response.status).toBe(502);
  expect(await response.text()).toContain("GitHub did not register the app (HTTP 404: Not Found)");
});

it("refuses deliveries until it is registered, and says why", async () => {
  const response = await fetch(new URL("/api/github/webhooks", server.url), { method: "POST", body: "{}" });
  expect(response.status).toBe(503);
  expect(await response.text()).toContain("not registered yet");
  expect(await (await fetch(new URL("/healthz", server.url))).json()).toEqual({ status: "ok", registered: false });
});
