/**
 * The app's HTTP server in process: what an unauthenticated sender can make it do before the
 * signature is checked, and that genuine deliveries still get through.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { createHmac } from "node:crypto";
import { connect } from "node:net";
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
 * Streams up to `total` bytes in 64 KB chunks over a raw socket (one reused buffer, so the sender
 * itself holds no more; and no HTTP client that a test library could intercept), stopping when
 * the server answers. Resolves with the status and how much was sent.
 */
function streamBody(total: number, declaredLength?: number): Promise<{ status: number; sent: number }> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const { hostname, port, pathname } = webhookUrl();
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    let head = "";
    const socket = connect(Number(port), hostname, () => {
      const framing = declaredLength === undefined ? "transfer-encoding: chunked" : `content-length: ${declaredLength}`;
      socket.write(`POST ${pathname} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n${framing}\r\n\r\n`);
      pump();
    });
    socket.on("data", (data) => {
      head += data.toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (!status || answered) return;
      answered = true;
      resolve({ status: Number(status[1]), sent });
      socket.destroy();
    });
    socket.on("error", (error) => {
      socket.destroy();
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (declaredLength === undefined) socket.write(`${chunk.length.toString(16)}\r\n`);
        const ok = socket.write(chunk);
        if (declaredLength === undefined) socket.write("\r\n");
        if (!ok) return void socket.once("drain", pump);
      }
      if (!answered && declaredLength === undefined) socket.write("0\r\n\r\n");
    };
  });
}

it("refuses a body that declares more than 25 MB before reading any of it", async () => {
  const { status, sent } = await streamBody(1024 * 1024, 450 * 1024 * 1024);
  expect(status).toBe(413);
  expect(sent).toBeLessThanOrEqual(1024 * 1024);
});

it("refuses a chunked body as soon as it passes 25 MB, holding no more than that in memory", async () => {
  const before = process.memoryUsage();
  let peak = 0;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    // Request bodies arrive as Buffers, held outside the JS heap: the heap's own churn is noise here.
    peak = Math.max(peak, now.arrayBuffers - before.arrayBuffers);
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
