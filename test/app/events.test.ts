/**
 * Events that would otherwise leave an open pull request with no check at all, so that a required
 * `blast-radius: <branch>` check could never be met: "Re-run all checks" (check_suite.rerequested)
 * and installing the app on repositories that already have open pull requests. Real payloads
 * from @octokit/webhooks-examples; GitHub is the stateful stand-in on loopback.
 */
import { afterEach, beforeEach, expect, it } from "@jest/globals";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { Probot, ProbotOctokit } from "probot";
import { blastRadiusApp, type AppOptions } from "../../app/index.js";
import { FakeGitHub, type FakePullRequest } from "../support/fake-github.js";
import { HEAD_SHA, INSTALLATION_ID, OWNER, REPO } from "../support/payloads.js";
import { privateKey } from "./nock-github.js";
import { POLICY } from "./policy-fixtures.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as Array<{ name: string; examples: Array<Record<string, any>> }>;

let github: FakeGitHub;
let logs: string[];

function example(event: string, action: string): Record<string, any> {
  const found = examples.find((e) => e.name === event)?.examples.find((x) => x.action === action);
  if (!found) throw new Error(`no example payload for ${event}.${action}`);
  const payload = structuredClone(found);
  payload.installation = { ...payload.installation, id: INSTALLATION_ID };
  return payload;
}

const ourRepository = { id: 1, node_id: "R_1", name: REPO, full_name: `${OWNER}/${REPO}`, private: true };

function checkSuiteRerequested(pullNumbers: number[]): Record<string, any> {
  const payload = example("check_suite", "rerequested");
  Object.assign(payload.repository, { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { ...payload.repository.owner, login: OWNER } });
  payload.check_suite.head_sha = HEAD_SHA;
  payload.check_suite.pull_requests = pullNumbers.map((number) => ({ ...payload.check_suite.pull_requests[0], number, head: { ...payload.check_suite.pull_requests[0].head, sha: HEAD_SHA } }));
  return payload;
}

function pullRequest(number: number, head: string, overrides: Partial<FakePullRequest> = {}): FakePullRequest {
  return { number, user: "junior-dev", head: { sha: head, ref: `feature-${number}` }, base: { ref: "main" }, files: [{ filename: "sandbox/a.js", additions: 1, deletions: 0 }], ...overrides };
}

async function newApp(options: AppOptions = {}): Promise<Probot> {
  const { url } = await github.start();
  const log: any = { child: () => log, level: "info" };
  for (const level of ["trace", "debug", "info", "warn", "error", "fatal"]) log[level] = (message: unknown) => logs.push(`${level}: ${String(message)}`);
  const probot = new Probot({
    appId: 1,
    privateKey,
    baseUrl: url,
    log,
    Octokit: ProbotOctokit.defaults((instanceOptions: Record<string, unknown>) => ({ ...instanceOptions, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  await probot.load(blastRadiusApp({ appId: 1, ...options }));
  return probot;
}

const receive = (probot: Probot, name: string, payload: Record<string, any>) => probot.receive({ id: `d-${Math.random()}`, name, payload } as never);
const checkedPulls = () => github.checkRuns().map((run) => `${run.name} @ ${run.head_sha.slice(0, 4)}`).sort();

beforeEach(() => {
  github = new FakeGitHub({ owner: OWNER, repo: REPO, appId: 1 });
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  logs = [];
});

afterEach(() => github.stop());

it("subscribes, in app.yml, to the events it handles that GitHub does not send unasked", () => {
  const manifest = parseYaml(readFileSync("app.yml", "utf8"));
  expect(manifest.default_events).toEqual(expect.arrayContaining(["pull_request", "pull_request_review", "check_run", "check_suite", "push"]));
  // installation and installation_repositories reach every app; they cannot be subscribed to.
  expect(manifest.default_events).not.toContain("installation");
});

it("re-evaluates the suite's pull request on \"Re-run all checks\"", async () => {
  github.addPullRequest(pullRequest(7, HEAD_SHA));
  const probot = await newApp();

  await receive(probot, "check_suite", checkSuiteRerequested([7]));

  expect(checkedPulls()).toEqual([`blast-radius: main @ ${HEAD_SHA.slice(0, 4)}`]);
  expect(github.checkRuns()[0]).toMatchObject({ status: "completed", conclusion: "success" });
});

it("finds the pull request by its head commit when the suite lists none (a PR from a fork)", async () => {
  github.addPullRequest(pullRequest(7, HEAD_SHA, { head: { sha: HEAD_SHA, ref: "feature", repoFullName: "someone/web" } }));
  const probot = await newApp();

  await receive(probot, "check_suite", checkSuiteRerequested([]));

  expect(checkedPulls()).toEqual([`blast-radius: main @ ${HEAD_SHA.slice(0, 4)}`]);
  expect(github.requests.some((r) => r.path === `/repos/acme/web/commits/${HEAD_SHA}/pulls`)).toBe(true);
});

it("evaluates every open pull request of the repositories the app is installed on", async () => {
  github.addPullRequest(pullRequest(7, "7".repeat(40)));
  github.addPullRequest(pullRequest(8, "8".repeat(40), { base: { ref: "release" }, files: [{ filename: "sandbox/b.js" }] }));
  github.addPullRequest(pullRequest(9, "9".repeat(40), { state: "closed" }));
  const probot = await newApp();
  const payload = example("installation", "created");
  payload.repositories = [ourRepository];

  await receive(probot, "installation", payload);

  expect(checkedPulls()).toEqual(["blast-radius: main @ 7777", "blast-radius: release @ 8888"]);
  expect(logs).toContain("info: newly installed on 1 repository: evaluated 2 open pull request(s)");
});

it("evaluates the open pull requests of repositories added to an installation, at most the sweep's limit", async () => {
  for (const n of [7, 8, 9, 10]) github.addPullRequest(pullRequest(n, String(n % 10).repeat(40)));
  const probot = await newApp({ installSweepLimit: 3 });
  const payload = example("installation_repositories", "added");
  payload.repositories_added = [ourRepository, { ...ourRepository, id: 2, name: "other", full_name: `${OWNER}/other` }];

  await receive(probot, "installation_repositories", payload);

  expect(github.checkRuns()).toHaveLength(3);
  expect(logs).toContain("info: newly installed on 2 repositories: evaluated 3 open pull request(s)");
  expect(logs).toContain("warn: stopped at 3 pull requests (1 repository not swept); the others get their check on their next push");
  // Paginated like GitHub: the list is asked for with per_page, never all at once.
  expect(github.requests.filter((r) => r.path === "/repos/acme/web/pulls").map((r) => r.query)).toEqual([{ state: "open", per_page: "100" }]);
});
