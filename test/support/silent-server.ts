/**
 * A stand-in for a GitHub that accepts connections and never answers: what a hung request looks
 * like from the client's side. Records each request's method and path as it arrives.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
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

/** An `answer` that passes requests through to `target` (e.g. a FakeGitHub) unless `hang` says so. */
export function passThroughUnless(target: string, hang: (req: IncomingMessage) => boolean) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (hang(req)) return false;
    const upstream = request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
    return true;
  };
}
