/**
 * Issue 8 point 8 when the file list does not name its commit (no blob URLs): the PR is read
 * again after the files, and a moved head starts the evaluation over.
 */
import { afterEach, beforeEach, expect, it } from "@jest/globals";
import nock from "nock";
import type { Probot } from "probot";
import { pullRequestEvent } from "../support/payloads.js";
import { file, GitHubMock, newProbot, receive } from "./nock-github.js";
import { POLICY } from "./policy-fixtures.js";

const NEXT_SHA = "b".repeat(40);
let probot: Probot;

beforeEach(async () => {
  nock.disableNetConnect();
  probot = await newProbot();
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

function unnamedFiles(mock: GitHubMock, files: ReturnType<typeof file>[]) {
  mock.api.get("/repos/acme/web/pulls/7/files").query({ per_page: "100", page: "1" }).reply(200, files);
}

it("reads the PR again, sees the new head and evaluates that one instead", async () => {
  const mock = new GitHubMock().token().pullRequest({ changedFiles: 1 }).policy(POLICY).existingChecks("blast-radius: main");
  unnamedFiles(mock, [file("services/payments/charge.ts")]);
  // The second read shows a push landed: everything is read again for the new head.
  mock.pullRequest({ changedFiles: 1, head: NEXT_SHA }).policy(POLICY).existingChecks("blast-radius: main", [], NEXT_SHA);
  unnamedFiles(mock, [file("sandbox/a.js")]);
  mock.pullRequest({ changedFiles: 1, head: NEXT_SHA }).expectLabelsAdded().expectCheckCreated();

  await receive(probot, "pull_request", pullRequestEvent("opened"));

  expect(mock.recorded.checkCreated).toHaveLength(1);
  expect(mock.recorded.checkCreated[0]).toMatchObject({ head_sha: NEXT_SHA, conclusion: "success" });
  expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:low", "sandbox"] }]);
});
