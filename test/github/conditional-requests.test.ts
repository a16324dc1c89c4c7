/**
 * Conditional requests against the GitHub stand-in, which answers like GitHub: an ETag on every GET,
 * a bodiless 304 when If-None-Match names the current one, and 304s not counted against the rate
 * limit. What a user of the fleet notices is the rate limit left, so that is what is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Octokit } from "@octokit/core";
import { Redis } from "ioredis";
import { memoryStore, redisStore, useConditionalRequests, type ResponseStore } from "../../src/github/conditional-requests.js";
import { ALL_PERMISSIONS, FakeGitHub } from "../support/fake-github.js";
import { startRedis, type RunningRedis } from "../support/redis.js";

let github: FakeGitHub;
let baseUrl: string;
let redis: RunningRedis;
let redisClient: Redis;

beforeAll(async () => {
  github = new FakeGitHub({ owner: "acme", repo: "web" });
  baseUrl = (await github.start()).url;
  github.addToken("ghs_test", { kind: "installation", permissions: ALL_PERMISSIONS });
  github.setFile("main", ".github/blast-radius.yml", "version: 1\n");
  github.addTeamMember("acme", "seniors", "sam");
  redis = await startRedis();
  redisClient = new Redis(redis.url);
});

afterAll(async () => {
  redisClient?.disconnect();
  await redis?.stop();
  await github.stop();
});

function client(scope: string, store: ResponseStore, statuses: number[] = []) {
  const octokit = new Octokit({ baseUrl, auth: "ghs_test" });
  useConditionalRequests(octokit, scope, store, { onResponse: (status) => statuses.push(status) });
  return octokit;
}

const readPolicy = (octokit: Octokit) =>
  octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { owner: "acme", repo: "web", path: ".github/blast-radius.yml", ref: "main" });

for (const [name, makeStore] of [
  ["in memory", () => memoryStore()],
  ["on Redis", () => redisStore(redisClient, `test:${Math.random()}:`)],
] as const) {
  describe(`conditional requests, ${name}`, () => {
    it("answers a repeated read from a 304 that does not count against the rate limit", async () => {
      const statuses: number[] = [];
      const octokit = client("installation:1", makeStore(), statuses);
      const first = await readPolicy(octokit);
      const used = github.rateLimitUsed;
      const notModified = github.notModified;
      const second = await readPolicy(octokit);
      expect(second.status).toBe(200);
      expect(second.data).toEqual(first.data);
      expect(github.rateLimitUsed).toBe(used);
      expect(github.notModified).toBe(notModified + 1);
      expect(statuses).toEqual([200, 304]);
    });

    it("reads the new content when it changed", async () => {
      const octokit = client("installation:1", makeStore());
      github.setFile("main", ".github/team.yml", "a: 1\n");
      const read = () => octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { owner: "acme", repo: "web", path: ".github/team.yml" });
      const before = await read();
      github.setFile("main", ".github/team.yml", "a: 2\n");
      const after = await read();
      expect(Buffer.from((after.data as { content: string }).content, "base64").toString()).toBe("a: 2\n");
      expect(after.data).not.toEqual(before.data);
    });

    it("never serves one installation's answer to another", async () => {
      const store = makeStore();
      const statuses: number[] = [];
      await readPolicy(client("installation:1", store));
      await readPolicy(client("installation:2", store, statuses));
      expect(statuses).toEqual([200]); // a full read, not a 304 answered from installation 1's entry
      const sent = github.requests.filter((r) => decodeURIComponent(r.path).endsWith("/contents/.github/blast-radius.yml"));
      expect(sent.length).toBeGreaterThanOrEqual(2);
    });

    it("keeps pagination: a cached page replays its Link header", async () => {
      for (let i = 0; i < 5; i++) github.addTeamMember("acme", "many", `user${i}`);
      const octokit = client("installation:1", makeStore());
      const list = () => octokit.request("GET /orgs/{org}/teams/{team_slug}/members", { org: "acme", team_slug: "many", per_page: 2 });
      const first = await list();
      const again = await list();
      expect(again.headers.link).toBe(first.headers.link);
      expect(again.headers.link).toContain('rel="next"');
    });
  });
}

describe("writes", () => {
  it("are sent as they are, never answered from the cache", async () => {
    const octokit = client("installation:1", memoryStore());
    github.addPullRequest({ number: 5, user: "alice", head: { sha: "a".repeat(40), ref: "f" }, base: { ref: "main" }, files: [] });
    await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { owner: "acme", repo: "web", issue_number: 5, labels: ["x"] });
    await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { owner: "acme", repo: "web", issue_number: 5, labels: ["y"] });
    expect(github.labelsOf(5)).toEqual(["x", "y"]);
  });
});
