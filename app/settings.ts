/**
 * The app's settings, read once at start-up from Probot's standard environment plus our own
 * `BLAST_RADIUS_*` variables. An empty value means "unset" everywhere (`.env.example` lists every
 * key with an empty value), and every value is checked here, so a typo stops the server with one
 * readable message instead of failing every pull request later.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "../src/github/client.js";
import { DEFAULT_POLICY_PATH } from "../src/policy/schema.js";

export const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";
const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Credentials {
  appId: number;
  privateKey: string;
  webhookSecret: string;
}

export interface Settings {
  /** absent until the app is registered: the server then offers the manifest registration */
  credentials?: Credentials;
  port: number;
  host: string;
  webhookPath: string;
  /** a smee.io channel that forwards deliveries to this server (development) */
  webhookProxyUrl?: string;
  logLevel: LogLevel;
  /** Probot's LOG_FORMAT: json (the default in production) or pretty */
  logFormat: "json" | "pretty";
  /** GitHub's REST API root: api.github.com, or `<GHE_PROTOCOL>://<GHE_HOST>/api/v3` */
  apiBaseUrl: string;
  /** where GitHub's web pages are (app registration): github.com or the GHE host */
  webBaseUrl: string;
  /** GH_ORG: register the app under this organisation instead of the signed-in user */
  organization?: string;
  policyPath: string;
  requestTimeoutMs: number;
  /** REDIS_URL: replicas share the work queue, the HTTP cache and Probot's throttling through it */
  redisUrl?: string;
  /** BLAST_RADIUS_METRICS: serve Prometheus metrics at GET /metrics */
  metrics: boolean;
  /** BLAST_RADIUS_CONCURRENCY: pull requests one replica evaluates at once */
  concurrency: number;
  /** BLAST_RADIUS_QUEUE_LOCK_MS: how soon a dead replica's job is taken over by another */
  queueLockMs: number;
}

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Blast Radius cannot start; fix these settings (environment or .env):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SettingsError";
  }
}

type Env = Record<string, string | undefined>;

/** Reads and checks every setting; throws one SettingsError listing every problem. */
export function readSettings(env: Env): Settings {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined; // empty means unset
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) {
      problems.push(`${name}=${raw} is not a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };

  const webhookPath = value("WEBHOOK_PATH") ?? DEFAULT_WEBHOOK_PATH;
  if (!webhookPath.startsWith("/")) problems.push(`WEBHOOK_PATH=${webhookPath} must start with "/" (e.g. ${DEFAULT_WEBHOOK_PATH})`);

  const logLevel = (value("LOG_LEVEL") ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) problems.push(`LOG_LEVEL=${logLevel} is not one of ${LOG_LEVELS.join(", ")}`);

  const logFormat = value("LOG_FORMAT") ?? (value("NODE_ENV") === "production" ? "json" : "pretty");
  if (logFormat !== "json" && logFormat !== "pretty") problems.push(`LOG_FORMAT=${logFormat} must be json or pretty`);

  const webhookProxyUrl = value("WEBHOOK_PROXY_URL");
  if (webhookProxyUrl !== undefined && !isHttpUrl(webhookProxyUrl)) problems.push(`WEBHOOK_PROXY_URL=${webhookProxyUrl} is not an http(s) URL`);

  const policyPath = value("BLAST_RADIUS_POLICY_PATH") ?? DEFAULT_POLICY_PATH;
  if (policyPath.startsWith("/") || policyPath.split("/").some((part) => part === ".." || part === "." || part === "") || policyPath.includes("\\")) {
    problems.push(`BLAST_RADIUS_POLICY_PATH=${policyPath} must be a path inside the repository, like ${DEFAULT_POLICY_PATH}`);
  }

  const settings: Settings = {
    credentials: readCredentials(value, problems),
    port: integer("PORT", 3000, 0, 65535),
    host: value("HOST") ?? "localhost",
    webhookPath,
    webhookProxyUrl,
    logLevel: logLevel as LogLevel,
    logFormat: logFormat as Settings["logFormat"],
    ...gitHubUrls(value, problems),
    organization: value("GH_ORG"),
    policyPath,
    requestTimeoutMs: integer("BLAST_RADIUS_REQUEST_TIMEOUT_MS", DEFAULT_REQUEST_TIMEOUT_MS, 1, 600_000),
    redisUrl: redisUrl(value("REDIS_URL"), problems),
    metrics: flag("BLAST_RADIUS_METRICS", value("BLAST_RADIUS_METRICS"), problems),
    concurrency: integer("BLAST_RADIUS_CONCURRENCY", 4, 1, 64),
    queueLockMs: integer("BLAST_RADIUS_QUEUE_LOCK_MS", 30_000, 1000, 600_000),
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

function gitHubUrls(value: (name: string) => string | undefined, problems: string[]): Pick<Settings, "apiBaseUrl" | "webBaseUrl"> {
  const host = value("GHE_HOST");
  const protocol = value("GHE_PROTOCOL") ?? "https";
  if (protocol !== "https" && protocol !== "http") problems.push(`GHE_PROTOCOL=${protocol} must be https or http`);
  if (host === undefined) return { apiBaseUrl: "https://api.github.com", webBaseUrl: "https://github.com" };
  if (/[/\s]/.test(host)) problems.push(`GHE_HOST=${host} must be a host name (and port), like github.example.com, without a scheme or path`);
  return { apiBaseUrl: `${protocol}://${host}/api/v3`, webBaseUrl: `${protocol}://${host}` };
}

/** All three or none: none means "not registered yet"; some but not all is a mistake worth naming. */
function readCredentials(value: (name: string) => string | undefined, problems: string[]): Credentials | undefined {
  const rawId = value("APP_ID");
  const webhookSecret = value("WEBHOOK_SECRET");
  const keyGiven = value("PRIVATE_KEY") !== undefined || value("PRIVATE_KEY_PATH") !== undefined;
  if (rawId === undefined && !keyGiven && webhookSecret === undefined) return undefined;

  const privateKey = readPrivateKey(value, problems);
  const missing = [rawId === undefined && "APP_ID", !keyGiven && "PRIVATE_KEY or PRIVATE_KEY_PATH", webhookSecret === undefined && "WEBHOOK_SECRET"].filter(Boolean);
  if (missing.length > 0) problems.push(`${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set (the app's settings page on GitHub has ${missing.length > 1 ? "them" : "it"})`);
  const appId = rawId !== undefined && /^\d+$/.test(rawId) ? Number(rawId) : undefined;
  if (rawId !== undefined && !appId) problems.push(`APP_ID=${rawId} is not a GitHub App ID (a positive whole number)`);
  if (!appId || !privateKey || !webhookSecret) return undefined;
  return { appId, privateKey, webhookSecret };
}

function readPrivateKey(value: (name: string) => string | undefined, problems: string[]): string | undefined {
  const inline = value("PRIVATE_KEY");
  const path = value("PRIVATE_KEY_PATH");
  if (inline !== undefined) {
    // As Probot accepts it: the PEM itself (newlines possibly written as \n), or the PEM in base64.
    const pem = inline.replace(/\\n/g, "\n");
    if (isPem(pem)) return pem;
    const decoded = Buffer.from(inline, "base64").toString("utf8");
    if (isPem(decoded)) return decoded;
    problems.push("PRIVATE_KEY is not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----, or that PEM in base64)");
    return undefined;
  }
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    problems.push(`PRIVATE_KEY_PATH=${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  if (isPem(text)) return text;
  problems.push(`PRIVATE_KEY_PATH=${path} is not a PEM private key`);
  return undefined;
}

function isPem(text: string): boolean {
  return /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----/.test(text);
}

function redisUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  try {
    if (["redis:", "rediss:"].includes(new URL(raw).protocol)) return raw;
  } catch {
    // reported below
  }
  problems.push(`REDIS_URL must be a redis:// or rediss:// URL (e.g. redis://redis:6379)`); // never echo it: it may hold a password
  return undefined;
}

function flag(name: string, raw: string | undefined, problems: string[]): boolean {
  if (raw === undefined) return false;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  problems.push(`${name}=${raw} must be true or false`);
  return false;
}

function isHttpUrl(text: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
