/**
 * Registering the app from `app.yml` (GitHub's manifest flow), served while the app has no
 * credentials. The same pages as Probot's setup (/probot, /probot/setup) with two differences:
 * the manifest's webhook URL is the server's real webhook path (Probot sends the server's root,
 * where nothing listens), and the credentials GitHub returns are merged into `.env`, keeping every
 * other line.
 *
 * The webhook URL is built from the address the admin opened the page at (or X-Forwarded-Host /
 * X-Forwarded-Proto behind a proxy), so open it at the public address GitHub should deliver to;
 * with WEBHOOK_PROXY_URL set (a smee.io channel, for development) that URL is used instead.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { fetchWithTimeout } from "../src/github/client.js";
import type { Settings } from "./settings.js";

export interface RegistrationOptions {
  /** default `.env` in the working directory */
  envFile?: string;
  log: Pick<Console, "info" | "error">;
}

/** What GitHub answers when it converts a manifest code into an app. */
interface Conversion {
  id: number;
  pem: string;
  webhook_secret: string;
  html_url: string;
  client_id?: string;
  client_secret?: string;
}

export function registrationHandler(settings: Settings, options: RegistrationOptions) {
  const envFile = options.envFile ?? join(process.cwd(), ".env");
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== "GET") return false;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/") return redirect(res, "/probot");
    if (url.pathname === "/probot") {
      const manifest = appManifest(readAppYml(), publicBaseUrl(req), settings);
      html(res, 200, registrationPage(manifest, createAppUrl(settings)));
      return true;
    }
    if (url.pathname === "/probot/setup") {
      const code = url.searchParams.get("code");
      if (!code || !/^[\w-]+$/.test(code)) return html(res, 400, "<p>The registration code from GitHub is missing or malformed: start again from <a href=\"/probot\">/probot</a>.</p>");
      let app: Conversion;
      try {
        app = await convertManifestCode(settings, code);
      } catch (error) {
        options.log.error(`Registration failed: ${(error as Error).message}`);
        return html(res, 502, `<p>${escapeHtml((error as Error).message)}. Start again from <a href="/probot">/probot</a>.</p>`);
      }
      updateEnvFile(envFile, { APP_ID: String(app.id), PRIVATE_KEY: app.pem, WEBHOOK_SECRET: app.webhook_secret, GITHUB_CLIENT_ID: app.client_id, GITHUB_CLIENT_SECRET: app.client_secret });
      options.log.info(`Registered GitHub App ${app.id}; its credentials are in ${envFile}. Restart the server to receive deliveries.`);
      return redirect(res, `${app.html_url}/installations/new`);
    }
    return false;
  };
}

/** app.yml with the URLs only the running server knows. */
export function appManifest(appYml: Record<string, unknown>, baseUrl: string, settings: Pick<Settings, "webhookPath" | "webhookProxyUrl">): Record<string, unknown> {
  const hookAttributes = (appYml.hook_attributes ?? {}) as Record<string, unknown>;
  return {
    ...appYml,
    hook_attributes: { ...hookAttributes, url: settings.webhookProxyUrl ?? `${baseUrl}${settings.webhookPath}` },
    redirect_url: `${baseUrl}/probot/setup`,
  };
}

function readAppYml(): Record<string, unknown> {
  return (parseYaml(readFileSync(join(process.cwd(), "app.yml"), "utf8")) ?? {}) as Record<string, unknown>;
}

/** The address the admin's browser used, as GitHub will have to reach it. */
function publicBaseUrl(req: IncomingMessage): string {
  const first = (header: string | string[] | undefined) => (Array.isArray(header) ? header[0] : header)?.split(",")[0].trim();
  const protocol = first(req.headers["x-forwarded-proto"]) ?? ("encrypted" in req.socket && req.socket.encrypted ? "https" : "http");
  const host = first(req.headers["x-forwarded-host"]) ?? req.headers.host ?? "localhost";
  return `${protocol}://${host}`;
}

function createAppUrl(settings: Settings): string {
  return `${settings.webBaseUrl}${settings.organization ? `/organizations/${encodeURIComponent(settings.organization)}` : ""}/settings/apps/new`;
}

async function convertManifestCode(settings: Settings, code: string): Promise<Conversion> {
  const response = await fetchWithTimeout(settings.requestTimeoutMs)(`${settings.apiBaseUrl}/app-manifests/${code}/conversions`, {
    method: "POST",
    headers: { accept: "application/vnd.github+json", "user-agent": "blast-radius" },
  });
  const body = (await response.json().catch(() => ({}))) as Partial<Conversion> & { message?: string };
  if (!response.ok || !body.id || !body.pem || !body.webhook_secret || !body.html_url) {
    throw new Error(`GitHub did not register the app (HTTP ${response.status}: ${body.message ?? "unexpected answer"})`);
  }
  return body as Conversion;
}

/**
 * Sets `values` in a dotenv file: a key already there is replaced in place, a new key appended;
 * comments and every other line are kept. Newlines are written as \n inside double quotes.
 */
export function updateEnvFile(path: string, values: Record<string, string | undefined>): void {
  let lines: string[] = [];
  try {
    lines = readFileSync(path, "utf8").split("\n");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (lines.at(-1) === "") lines.pop();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const line = `${key}=${/[\n"#\s]/.test(value) ? `"${value.replace(/\n/g, "\\n").replace(/"/g, '\\"')}"` : value}`;
    const at = lines.findIndex((l) => new RegExp(`^\\s*(export\\s+)?${key}\\s*=`).test(l));
    if (at >= 0) lines[at] = line;
    else lines.push(line);
  }
  writeFileSync(path, `${lines.join("\n")}\n`, { mode: 0o600 });
}

function registrationPage(manifest: Record<string, unknown>, action: string): string {
  const hook = (manifest.hook_attributes as { url: string }).url;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Register Blast Radius</title></head>
<body>
<h1>Register Blast Radius as a GitHub App</h1>
<p>GitHub will deliver webhooks to <code>${escapeHtml(hook)}</code>. If GitHub cannot reach that address, open this page at the public address instead (or set WEBHOOK_PROXY_URL), or change the webhook URL in the app's settings afterwards.</p>
<form action="${escapeHtml(action)}" method="post">
<input type="hidden" name="manifest" value="${escapeHtml(JSON.stringify(manifest))}">
<button type="submit">Register GitHub App</button>
</form>
</body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function redirect(res: ServerResponse, location: string): true {
  res.writeHead(302, { location, "content-type": "text/plain" }).end(`Found. Redirecting to ${location}`);
  return true;
}

function html(res: ServerResponse, status: number, body: string): true {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);
  return true;
}
