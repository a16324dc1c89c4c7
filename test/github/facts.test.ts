/**
 * Reading a pull request's facts against the GitHub stand-in with a real Octokit: every page of
 * reviews (or a closed failure), which commit a file list was made for, who pushed the head.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { TestOctokit } from "../support/octokit.js";
import { findHeadPush, IncompleteListError, listFiles, listReviews, MAX_PAGES, readPullRequest } from "../../src/github/facts.js";
import { ALL_PERMISSIONS, FakeGitHub } from "../support/fake-github.js";

const HEAD = "a".repeat(40);
const ref = { owner: "acme", repo: "web", pullNumber: 7 };
let github: FakeGitHub;
let client: InstanceType<typeof TestOctokit>;

beforeEach(async () => {
  github = new FakeGitHub();
  const { url } = await github.start();
  github.addToken("ghs_fake", { kind: "installation", permissions: ALL_PERMISSIONS });
  client = new TestOctokit({ auth: "ghs_fake", baseUrl: url });
  github.addPullRequest({ number: 7, user: "junior-dev", head: { sha: HEAD, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "a.ts" }] });
});

afterEach(() => github.stop());

describe("listReviews", () => {
  it("follows the Link header to the last page", async () => {
    for (let i = 0; i < 250; i++) github.addReview(7, { user: `u${i}`, state: "COMMENTED", commit_id: HEAD });
    const reviews = await listReviews(client, ref);
    expect(reviews).toHaveLength(250);
    expect(reviews[249].login).toBe("u249");
    expect(github.requests.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
  });

  it(`fails closed, rather than deciding on part of them, when pages remain after the limit (${MAX_PAGES} pages)`, async () => {
    for (let i = 0; i <= 300; i++) github.addReview(7, { user: "chatty", state: "COMMENTED", commit_id: HEAD });
    const read = listReviews(client, ref, 3);
    await expect(read).rejects.toThrow(IncompleteListError);
    await expect(read).rejects.toThrow("the pull request has more than 300 reviews, more than Blast Radius reads");
    expect(github.requests).toHaveLength(3);
  });
});

describe("listFiles", () => {
  it("names the commit the list was made for", async () => {
    const listed = await listFiles(client, ref, 1);
    expect(listed.files).toEqual([{ path: "a.ts", status: "modified", additions: 0, deletions: 0 }]);
    expect([...listed.listedAt]).toEqual([HEAD]);
  });
});

describe("findHeadPush", () => {
  it("tells who pushed the head commit and when, by GitHub's clock", async () => {
    github.push(7, "alice", "b".repeat(40));
    const pr = await readPullRequest(client, ref);
    expect(await findHeadPush(client, pr)).toEqual({ pusher: "alice", at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it("is null when GitHub has no record of the head commit's push", async () => {
    const pr = await readPullRequest(client, ref);
    expect(await findHeadPush(client, { ...pr, headSha: "f".repeat(40) })).toBeNull();
    expect(await findHeadPush(client, { ...pr, headRepo: null })).toBeNull();
  });
});
