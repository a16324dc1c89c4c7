/**
 * The app's settings as an admin writes them: `.env.example`'s empty values mean "unset", and a
 * wrong value stops the server with a message naming the variable, never a failing check on
 * every pull request later.
 */
import { expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { readSettings, SettingsError } from "../../app/settings.js";
import { privateKey } from "./nock-github.js";

const credentials = { APP_ID: "42", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: "s3cret" };

function problemsOf(env: Record<string, string>): string[] {
  try {
    readSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
}

it("treats every empty value of .env.example as unset", () => {
  const example = parseEnv(readFileSync(".env.example", "utf8")) as Record<string, string>;
  expect(example.BLAST_RADIUS_POLICY_PATH).toBe("");

  const settings = readSettings({ ...example, ...credentials });

  expect(settings).toMatchObject({
    policyPath: ".github/blast-radius.yml",
    apiBaseUrl: "https://api.github.com",
    webBaseUrl: "https://github.com",
    webhookPath: "/api/github/webhooks",
    port: 3000,
    requestTimeoutMs: 10_000,
    credentials: { appId: 42, webhookSecret: "s3cret" },
  });
  expect(settings.webhookProxyUrl).toBeUndefined();
});

it("treats blank values of any setting as unset", () => {
  const blank = Object.fromEntries(["BLAST_RADIUS_POLICY_PATH", "PORT", "HOST", "WEBHOOK_PATH", "LOG_LEVEL", "GHE_HOST", "GHE_PROTOCOL", "WEBHOOK_PROXY_URL", "BLAST_RADIUS_REQUEST_TIMEOUT_MS", "PRIVATE_KEY_PATH"].map((k) => [k, "  "]));
  const settings = readSettings({ ...blank, ...credentials });
  expect(settings).toMatchObject({ policyPath: ".github/blast-radius.yml", port: 3000, host: "localhost", webhookPath: "/api/github/webhooks", logLevel: "info", apiBaseUrl: "https://api.github.com", requestTimeoutMs: 10_000 });
});

it("with no credentials at all, starts unregistered (the manifest registration)", () => {
  expect(readSettings({ APP_ID: "", PRIVATE_KEY: "", WEBHOOK_SECRET: "" }).credentials).toBeUndefined();
});

it("reads the private key with newlines written as \\n, as a .env holds it", () => {
  const settings = readSettings({ ...credentials, PRIVATE_KEY: privateKey.replace(/\n/g, "\\n") });
  expect(settings.credentials?.privateKey).toBe(privateKey);
});

it("builds GitHub Enterprise Server URLs from GHE_HOST and GHE_PROTOCOL", () => {
  expect(readSettings({ GHE_HOST: "github.example.com", GHE_PROTOCOL: "http" })).toMatchObject({ apiBaseUrl: "http://github.example.com/api/v3", webBaseUrl: "http://github.example.com" });
});

it("names every wrong setting at once", () => {
  const problems = problemsOf({
    APP_ID: "my-app",
    PRIVATE_KEY: "not a key",
    PORT: "80a",
    WEBHOOK_PATH: "api/github/webhooks",
    LOG_LEVEL: "loud",
    GHE_HOST: "https://github.example.com",
    GHE_PROTOCOL: "ftp",
    WEBHOOK_PROXY_URL: "smee.io/abc",
    BLAST_RADIUS_POLICY_PATH: "../secrets.yml",
    BLAST_RADIUS_REQUEST_TIMEOUT_MS: "0",
  });
  expect(problems).toEqual([
    'WEBHOOK_PATH=api/github/webhooks must start with "/" (e.g. /api/github/webhooks)',
    "LOG_LEVEL=loud is not one of trace, debug, info, warn, error, fatal",
    "WEBHOOK_PROXY_URL=smee.io/abc is not an http(s) URL",
    "BLAST_RADIUS_POLICY_PATH=../secrets.yml must be a path inside the repository, like .github/blast-radius.yml",
    "PRIVATE_KEY is not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----, or that PEM in base64)",
    "WEBHOOK_SECRET is not set (the app's settings page on GitHub has it)",
    "APP_ID=my-app is not a GitHub App ID (a positive whole number)",
    "PORT=80a is not a whole number from 0 to 65535",
    "GHE_PROTOCOL=ftp must be https or http",
    "GHE_HOST=https://github.example.com must be a host name (and port), like github.example.com, without a scheme or path",
    "BLAST_RADIUS_REQUEST_TIMEOUT_MS=0 is not a whole number from 1 to 600000",
  ]);
});

it("names the half of the credentials that is missing", () => {
  expect(problemsOf({ APP_ID: "42" })).toEqual(["PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET are not set (the app's settings page on GitHub has them)"]);
  expect(problemsOf({ ...credentials, PRIVATE_KEY: "", PRIVATE_KEY_PATH: "/nonexistent/key.pem" })).toEqual(["PRIVATE_KEY_PATH=/nonexistent/key.pem cannot be read (ENOENT)"]);
});

it("says where the problems are in its message", () => {
  expect(() => readSettings({ PORT: "http" })).toThrow("Blast Radius cannot start; fix these settings (environment or .env):\n  - PORT=http is not a whole number from 0 to 65535");
});
