/**
 * A stand-in for a GitHub that accepts connections and never answers: what a hung request looks
 * like from the client's side. Records each request's method and path as it arrives.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export class SilentServer {
  readonly requests: Array<{ method: string; path: string }> = [];
  private server?: Server;
  /** Answer these requests instead of hanging (e.g. to let a retry through). */
  answer?: (req: IncomingMessage, res: ServerResponse) => boolean;

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.requests.push({ method: req.method ?? "GET", path: req.url ?? "/" });
      if (this.answer?.(req, res)) return;
      req.resume(); // read the body, never answer
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * An `answer` that passes requests through to `target` (e.g. a FakeGitHub) unless `hang` says so.
 * Forwards with fetch: a node:http client could be caught by an interceptor another test file left behind.
 */
export function passThroughUnless(target: string, hang: (req: IncomingMessage) => boolean) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (hang(req)) return false;
    void forward(req, res, target).catch(() => res.destroy());
    return true;
  };
}

async function forward(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name, value]) => typeof value === "string" && !["host", "connection", "content-length"].includes(name))) as Record<string, string>;
  const method = req.method ?? "GET";
  const answer = await fetch(new URL(req.url ?? "/", target), { method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
  const body = Buffer.from(await answer.arrayBuffer());
  const passed = Object.fromEntries([...answer.headers].filter(([name]) => !["content-encoding", "content-length", "transfer-encoding", "connection"].includes(name)));
  res.writeHead(answer.status, passed).end(body);
}
