/**
 * Real webhook payloads from @octokit/webhooks-examples, adapted to the test repository
 * (acme/web, PR #7, installation 1) so handlers see what GitHub really sends.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as Array<{ name: string; examples: Array<Record<string, any>> }>;

export const OWNER = "acme";
export const REPO = "web";
export const PR_NUMBER = 7;
export const HEAD_SHA = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
export const OLD_SHA = "0000000000000000000000000000000000000001";
export const AUTHOR = "junior-dev";
export const INSTALLATION_ID = 1;

function example(event: string, action?: string): Record<string, any> {
  const group = examples.find((e) => e.name === event);
  const found = group?.examples.find((x) => (action === undefined ? true : x.action === action));
  if (!found) throw new Error(`no example payload for ${event}.${action}`);
  return structuredClone(found);
}

function adaptRepository(payload: Record<string, any>): void {
  payload.repository.name = REPO;
  payload.repository.full_name = `${OWNER}/${REPO}`;
  payload.repository.owner.login = OWNER;
  payload.repository.default_branch = "main";
  payload.installation = { id: INSTALLATION_ID, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" };
}

function adaptPullRequest(pr: Record<string, any>, overrides: { base?: string; head?: string; author?: string; draft?: boolean }): void {
  pr.number = PR_NUMBER;
  pr.user.login = overrides.author ?? AUTHOR;
  pr.head.sha = overrides.head ?? HEAD_SHA;
  pr.base.ref = overrides.base ?? "main";
  pr.base.repo.full_name = `${OWNER}/${REPO}`;
  pr.base.repo.name = REPO;
  pr.base.repo.owner.login = OWNER;
  pr.draft = overrides.draft ?? false;
}

export interface PullRequestEventOptions {
  base?: string;
  head?: string;
  author?: string;
  draft?: boolean;
  sender?: { login: string; type?: "User" | "Bot" };
  label?: string;
  changes?: Record<string, unknown>;
}

export function pullRequestEvent(action: string, options: PullRequestEventOptions = {}): Record<string, any> {
  // The examples have no "edited" payload: it is an "opened" payload with `changes`.
  const payload = example("pull_request", action === "edited" ? "opened" : action);
  payload.action = action;
  adaptRepository(payload);
  adaptPullRequest(payload.pull_request, options);
  if (options.sender) payload.sender = { ...payload.sender, login: options.sender.login, type: options.sender.type ?? "User" };
  if (options.label) payload.label = { ...(payload.label ?? { id: 1, color: "ededed", default: false }), name: options.label };
  if (options.changes) payload.changes = options.changes;
  return payload;
}

export function reviewEvent(action: "submitted" | "dismissed", reviewer: string, state: string, commitId = HEAD_SHA): Record<string, any> {
  const payload = example("pull_request_review", action);
  adaptRepository(payload);
  adaptPullRequest(payload.pull_request, {});
  payload.review.user.login = reviewer;
  payload.review.state = state;
  payload.review.commit_id = commitId;
  payload.sender.login = reviewer;
  return payload;
}

export function checkRunRerequestedEvent(name: string, pullNumbers: number[] = [PR_NUMBER]): Record<string, any> {
  const payload = example("check_run", "rerequested");
  adaptRepository(payload);
  payload.check_run.name = name;
  payload.check_run.head_sha = HEAD_SHA;
  payload.check_run.pull_requests = pullNumbers.map((n) => ({ number: n, id: n, url: "", head: { ref: "feature", sha: HEAD_SHA, repo: {} }, base: { ref: "main", sha: OLD_SHA, repo: {} } }));
  return payload;
}

export function pushEvent(branch: string, changedPaths: string[]): Record<string, any> {
  const payload = example("push");
  adaptRepository(payload);
  payload.ref = `refs/heads/${branch}`;
  payload.deleted = false;
  payload.commits = [{ id: OLD_SHA, message: "update policy", added: [], removed: [], modified: changedPaths, timestamp: new Date(0).toISOString(), author: { name: "a", email: "a@example.com" }, committer: { name: "a", email: "a@example.com" }, url: "", distinct: true, tree_id: OLD_SHA }];
  return payload;
}
