/**
 * The app's HTTP server. Probot's own `probot run` server hands every request to the webhook
 * middleware first, and that middleware reads the whole body into memory before it checks the
 * signature, so an unauthenticated sender could make it buffer any amount. This server sits in
 * front: a body larger than GitHub ever sends (25 MB) is refused with 413 before it is read, and
 * the rest goes to Probot's webhook middleware unchanged (signature check, event routing).
 *
 * Routes: POST <WEBHOOK_PATH> (deliveries), GET /healthz and GET /ping (health), and, until the
 * app is registered, the manifest registration pages (app/registration.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Probot, ProbotOctokit, type ApplicationFunction } from "probot";
import { fetchWithTimeout } from "../src/github/client.js";
import { startFleet, type Fleet } from "./fleet/fleet.js";
import { blastRadiusApp } from "./index.js";
import { registrationHandler, type RegistrationOptions } from "./registration.js";
import type { Settings } from "./settings.js";

/** GitHub does not deliver payloads above 25 MB, so no genuine delivery is larger. */
export const MAX_WEBHOOK_BODY_BYTES = 25 * 1024 * 1024;

/** How long a refused sender has to read the 413 before its connection is dropped. */
const REFUSED_CONNECTION_LINGER_MS = 2000;

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

export interface ServerOptions {
  /** default: Blast Radius configured from the settings */
  appFn?: ApplicationFunction;
  /** default: Probot's Octokit (retries and throttling) */
  Octokit?: typeof ProbotOctokit;
  /** where registration writes the credentials; default `.env` in the working directory */
  envFile?: RegistrationOptions["envFile"];
  /** the server's own messages before Probot's logger exists (registration mode); default console */
  log?: Pick<Console, "info" | "warn" | "error">;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(settings: Settings, options: ServerOptions = {}): Promise<RunningServer> {
  const { credentials } = settings;
  let webhooks: Handler;
  let log: Pick<Console, "info" | "warn" | "error">;
  let registration: Handler | undefined;
  let fleet: Fleet | undefined;
  if (credentials) {
    const probot = new Probot({
      appId: credentials.appId,
      privateKey: credentials.privateKey,
      secret: credentials.webhookSecret,
      baseUrl: settings.apiBaseUrl,
      logLevel: settings.logLevel,
      logFormat: settings.logFormat,
      Octokit: options.Octokit,
      // Every request to GitHub, the installation token's included, gives up after the timeout.
      request: { fetch: fetchWithTimeout(settings.requestTimeoutMs) },
      // Replicas share Probot's throttling of GitHub's secondary rate limits through Redis.
      ...(settings.redisUrl ? { redisConfig: settings.redisUrl } : {}),
    });
    // Handlers only enqueue; the queue (in this process, or on Redis for a fleet) evaluates.
    fleet = await startFleet(
      {
        auth: (installationId) => probot.auth(installationId),
        // Probot makes its logger on first use (load), after this: read it when needed.
        get log() {
          return probot.log;
        },
      },
      { redisUrl: settings.redisUrl, metrics: settings.metrics, concurrency: settings.concurrency, lockDurationMs: settings.queueLockMs },
      { policyPath: settings.policyPath, appId: credentials.appId },
    );
    const running = fleet;
    const queue = {
      enqueue: running.enqueue,
      delivered: (event: string, outcome: "queued" | "coalesced" | "ignored") => running.metrics?.deliveries.inc({ event, outcome }),
    };
    await probot.load(options.appFn ?? blastRadiusApp({ policyPath: settings.policyPath, appId: credentials.appId, queue }));
    webhooks = (await probot.getNodeMiddleware({ path: settings.webhookPath })) as Handler;
    log = probot.log;
  } else {
    log = options.log ?? console;
    webhooks = (_req, res) => reply(res, 503, "Blast Radius is not registered yet: open this server's home page to register it, or set APP_ID, PRIVATE_KEY and WEBHOOK_SECRET.\n");
    registration = registrationHandler(settings, { envFile: options.envFile, log });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      log.error(`request ${req.method} ${req.url} failed: ${String(error)}`);
      if (!res.headersSent) reply(res, 500, "internal error\n");
    });
  });
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") return void reply(res, 200, JSON.stringify({ status: "ok", registered: Boolean(credentials) }), "application/json");
    if (req.method === "GET" && path === "/ping") return void reply(res, 200, "PONG");
    if (req.method === "GET" && path === "/metrics" && fleet?.metrics) {
      const { contentType, body } = await fleet.metrics.render();
      return void reply(res, 200, body, contentType);
    }
    if (req.method === "POST" && path === settings.webhookPath) {
      const body = await readBodyWithin(req, res, MAX_WEBHOOK_BODY_BYTES);
      if (body === undefined) return; // refused: 413 sent
      // The webhook middleware takes a body that is already read as a string.
      Object.assign(req, { body });
      if (!(await webhooks(req, res))) reply(res, 404, "not found\n");
      return;
    }
    if (registration && (await registration(req, res))) return;
    reply(res, 404, "not found\n");
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const url = `http://${printableHost(server.address() as AddressInfo)}`;
  log.info(`Blast Radius is listening on ${url}${credentials ? `; deliveries go to ${settings.webhookPath}` : " in registration mode: open it in a browser to register the app"}`);
  const stopProxy = settings.webhookProxyUrl ? await startWebhookProxy(settings.webhookProxyUrl, `${url}${settings.webhookPath}`, log) : undefined;

  return {
    url,
    close: async () => {
      stopProxy?.();
      await fleet?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The request body as text, or undefined after answering 413 when it is (or announces itself as)
 * larger than `limit`: a declared Content-Length is refused before a byte is read, a chunked body
 * as soon as it passes the limit. Either way at most `limit` bytes are ever held.
 */
export function readBodyWithin(req: IncomingMessage, res: ServerResponse, limit: number): Promise<string | undefined> {
  const refuse = () => {
    // Drop the connection after the answer, as the sender may still be uploading; not at once,
    // or its TCP stack could discard the answer unread on the reset. Until then Node discards
    // what still arrives (nothing more is held).
    res.writeHead(413, { "content-type": "text/plain" });
    res.end(`A webhook delivery is at most ${limit} bytes.\n`, () => setTimeout(() => req.destroy(), REFUSED_CONNECTION_LINGER_MS).unref());
  };
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) {
    refuse();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      chunks.length = 0;
      refuse();
      resolve(undefined);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function reply(res: ServerResponse, status: number, body: string, contentType = "text/plain"): true {
  res.writeHead(status, { "content-type": contentType }).end(body);
  return true;
}

function printableHost({ address, family, port }: AddressInfo): string {
  const host = address === "0.0.0.0" || address === "::" ? "localhost" : address;
  return `${family === "IPv6" && host !== "localhost" ? `[${host}]` : host}:${port}`;
}

/**
 * WEBHOOK_PROXY_URL (development): forwards deliveries from a smee.io channel to this server, as
 * `probot run` does. smee-client is a development tool, so it is loaded only when asked for.
 */
async function startWebhookProxy(source: string, target: string, log: Pick<Console, "info" | "warn">): Promise<(() => void) | undefined> {
  const moduleName = "smee-client"; // not a static import: it is not a dependency
  let SmeeClient: new (options: { source: string; target: string; logger: unknown }) => { start(): Promise<{ close(): void }> | { close(): void } };
  try {
    ({ SmeeClient } = (await import(moduleName)) as { SmeeClient: typeof SmeeClient });
  } catch {
    log.warn(`WEBHOOK_PROXY_URL is set but smee-client is not installed: run \`npm install --no-save smee-client\` to forward ${source} to ${target}.`);
    return undefined;
  }
  const events = await new SmeeClient({ source, target, logger: log }).start();
  log.info(`Forwarding webhook deliveries from ${source} to ${target}`);
  return () => events.close();
}
