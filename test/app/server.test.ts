/**
 * The app's HTTP server in process: what an unauthenticated sender can make it do before the
 * signature is checked, and that genuine deliveries still get through.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { createHmac } from "node:crypto";
import { request } from "node:http";
import type { Probot } from "probot";
import { MAX_WEBHOOK_BODY_BYTES, startServer, type RunningServer } from "../../app/server.js";
import { readSettings } from "../../app/settings.js";
import { privateKey } from "./nock-github.js";
import { pullRequestEvent } from "../support/payloads.js";

const SECRET = "server-test-secret";
let server: RunningServer;
const received: string[] = [];

beforeAll(async () => {
  const settings = readSettings({ APP_ID: "1", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: SECRET, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "fatal" });
  server = await startServer(settings, {
    appFn: (app: Probot) => {
      app.on("pull_request", async (context) => {
        received.push(`${context.name}.${context.payload.action}`);
      });
    },
  });
});

afterAll(() => server?.close());

const webhookUrl = () => new URL("/api/github/webhooks", server.url);
const headers = { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": "d-1", "x-hub-signature-256": "sha256=00" };

/**
 * Streams up to `total` bytes in 64 KB chunks (one reused buffer, so the sender itself holds no
 * more), stopping when the server answers. Resolves with the status and how much was sent.
 */
function streamBody(total: number, extraHeaders: Record<string, string> = {}): Promise<{ status: number; sent: number }> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(webhookUrl(), { method: "POST", headers: { ...headers, ...extraHeaders } }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
      req.destroy();
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

it("refuses a body that declares more than 25 MB before reading any of it", async () => {
  const { status, sent } = await streamBody(1024 * 1024, { "content-length": String(450 * 1024 * 1024) });
  expect(status).toBe(413);
  expect(sent).toBeLessThanOrEqual(1024 * 1024);
});

it("refuses a chunked body as soon as it passes 25 MB, holding no more than that in memory", async () => {
  const before = process.memoryUsage();
  let peak = 0;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.arrayBuffers - before.arrayBuffers + now.heapUsed - before.heapUsed);
  }, 5);

  const { status, sent } = await streamBody(200 * 1024 * 1024);
  clearInterval(sampler);

  expect(status).toBe(413);
  // The answer came after the limit, not after the whole 200 MB (loopback buffers hold a few MB).
  expect(sent).toBeGreaterThan(MAX_WEBHOOK_BODY_BYTES);
  expect(sent).toBeLessThan(MAX_WEBHOOK_BODY_BYTES + 16 * 1024 * 1024);
  expect(peak).toBeLessThan(MAX_WEBHOOK_BODY_BYTES + 24 * 1024 * 1024);
  expect(received).toEqual([]);
});

it("still accepts a genuine delivery", async () => {
  const body = JSON.stringify(pullRequestEvent("opened"));
  const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
  const response = await fetch(webhookUrl(), { method: "POST", headers: { ...headers, "x-github-delivery": "d-2", "x-hub-signature-256": signature }, body });
  expect(response.status).toBe(200);
  expect(received).toEqual(["pull_request.opened"]);
});

it("answers health checks", async () => {
  expect(await (await fetch(new URL("/healthz", server.url))).json()).toEqual({ status: "ok", registered: true });
  expect(await (await fetch(new URL("/ping", server.url))).text()).toBe("PONG");
});
