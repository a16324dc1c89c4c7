/**
 * The Action's own Octokit (as the runner builds it) against a GitHub that never answers: every
 * request times out, is retried within the retry plugin's budget, and the step fails with a
 * readable error instead of hanging until the job's 6-hour limit.
 */
import { afterEach, beforeEach, expect, it, jest } from "@jest/globals";
import { actionOctokit, run } from "../../action/main.js";
import { pullRequestEvent } from "../support/payloads.js";
import { SilentServer } from "../support/silent-server.js";

let github: SilentServer;
let baseUrl: string;
let stdout: string;

beforeEach(async () => {
  github = new SilentServer();
  baseUrl = await github.start();
  process.env.INPUT_TOKEN = "ghs_test";
  process.env["INPUT_CONFIG-PATH"] = ".github/blast-radius.yml";
  stdout = "";
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});

afterEach(async () => {
  jest.restoreAllMocks();
  process.exitCode = 0;
  delete process.env.INPUT_TOKEN;
  delete process.env["INPUT_CONFIG-PATH"];
  await github.stop();
});

it("times out each request, retries it three times, then fails the step with a readable error", async () => {
  const client = actionOctokit("ghs_test", { baseUrl, timeoutMs: 150, retryAfterBaseValue: 1 });
  const started = Date.now();

  await run({ client, context: { eventName: "pull_request_target", payload: pullRequestEvent("opened"), repo: () => ({ owner: "acme", repo: "web" }) } });

  expect(github.requests).toEqual(Array(4).fill({ method: "GET", path: "/repos/acme/web/pulls/7" }));
  expect(stdout).toContain("::error::Blast Radius could not read pull request #7 (GitHub did not answer within 150 ms).");
  expect(process.exitCode).toBe(1);
  expect(Date.now() - started).toBeLessThan(10_000);
});

it("goes on when a retry is answered", async () => {
  github.answer = (_req, res) => {
    if (github.requests.length < 2) return false;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ number: 7 }));
    return true;
  };
  const client = actionOctokit("ghs_test", { baseUrl, timeoutMs: 1000, retryAfterBaseValue: 1 });

  const response = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner: "acme", repo: "web", pull_number: 7 });

  expect(response.data).toEqual({ number: 7 });
  expect(github.requests).toHaveLength(2);
});
