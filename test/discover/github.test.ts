/**
 * The GitHub layer reads deploy workflows at the pull request's base commit through git trees and
 * blobs, cached by SHA: what the check run says, and how many requests each event costs.
 */
import { TestOctokit as Octokit } from "../support/octokit.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { asGitHubClient } from "../../src/github/client.js";
import { evaluatePullRequest } from "../../src/github/evaluate-pull-request.js";
import { gitObjectCache, ObjectCache, repositoryFilesAt } from "../../src/github/repository-files.js";
import { FakeGitDatabase } from "../support/fake-git-database.js";
import { ALL_PERMISSIONS, FakeGitHub } from "../support/fake-github.js";

const WORKFLOWS = join(import.meta.dirname, "../fixtures/deploy-workflows/.github/workflows");
const workflowFiles = Object.fromEntries(readdirSync(WORKFLOWS).map((name) => [`.github/workflows/${name}`, readFileSync(join(WORKFLOWS, name), "utf8")]));
const POLICY = `version: 1
default_tier: low
never_ship: ["**/*.test.ts"]
discover:
  workflows:
    environments: { production: critical, staging: medium }
    exclude: [pages.yml]
approvals:
  critical: { count: 1 }
`;
const BASE = "b".repeat(40);
const repository = (extra: Record<string, string> = {}) => ({ ".github/blast-radius.yml": POLICY, ...workflowFiles, "services/worker/job.ts": "x", ...extra });

let github: FakeGitHub;
let git: FakeGitDatabase;
let url: string;

beforeEach(async () => {
  gitObjectCache.clear();
  github = new FakeGitHub({ owner: "acme", repo: "web" });
  github.addToken("ghs_test", { kind: "installation", permissions: ALL_PERMISSIONS });
  git = new FakeGitDatabase(github);
  ({ url } = await github.start());
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  git.setCommit(BASE, repository());
});
afterEach(() => github.stop());

const client = () => asGitHubClient(new Octokit({ auth: "ghs_test", baseUrl: url }));
const pullRequest = (number: number, files: string[], baseSha = BASE) =>
  github.addPullRequest({ number, user: "dev", head: { sha: `${number}`.padStart(40, "a"), ref: `f${number}` }, base: { ref: "main", sha: baseSha }, files: files.map((filename) => ({ filename, additions: 1, deletions: 0 })) });
const evaluateNumber = (number: number) => evaluatePullRequest({ client: client(), pullRequest: { owner: "acme", repo: "web", pullNumber: number } });
const gitRequests = () => github.requests.filter((r) => r.path.includes("/git/")).map((r) => r.path.replace("/repos/acme/web/git/", "").replace(/[0-9a-f]{40}/, (s) => s.slice(0, 7)));

test("a change to the worker reaches the production target its workflow declares, named with file and line", async () => {
  pullRequest(1, ["services/worker/job.ts", "services/worker/job.test.ts"]);
  const outcome = await evaluateNumber(1);
  expect(github.labelsOf(1)).toEqual(["risk:critical"]);
  const summary = github.checkRuns()[0].output.summary!;
  expect(summary).toContain("| deploy-worker.yml:release / deploy<br><sub>from .github/workflows/deploy-worker.yml:10 via .github/workflows/reusable-deploy.yml</sub> | production | critical |");
  expect(summary).toContain('never ships (never\\_ship "\\*\\*/\\*.test.ts")'); // markdown-escaped
  expect(outcome.report?.targets.map((t) => t.name)).toEqual(["deploy-worker.yml:release / deploy"]);
  // broken.yml is noted, not silently ignored
  expect(summary).toContain("> .github/workflows/broken.yml was not read as a deploy workflow: GitHub's workflow parser reports");
});

test("requests: all workflows on the first event; none for the same base; 1 for a new base whose .github is unchanged; 2 when .github changed elsewhere", async () => {
  pullRequest(1, ["services/worker/job.ts"]);
  await evaluateNumber(1);
  const first = gitRequests();
  // the commit's root tree, .github, .github/workflows, then one blob per workflow read (pages.yml is excluded)
  expect(first.slice(0, 3)).toEqual([`trees/${BASE.slice(0, 7)}`, expect.stringMatching(/^trees\//), expect.stringMatching(/^trees\//)]);
  expect(first.filter((p) => p.startsWith("blobs/"))).toHaveLength(Object.keys(workflowFiles).length - 1);

  github.clearRequests();
  pullRequest(2, ["services/api/main.ts"]);
  await evaluateNumber(2);
  expect(gitRequests()).toEqual([]);

  github.clearRequests();
  const NEXT = "c".repeat(40);
  git.setCommit(NEXT, repository({ "services/worker/job.ts": "changed" }));
  pullRequest(3, ["services/api/main.ts"], NEXT);
  await evaluateNumber(3);
  expect(gitRequests()).toEqual([`trees/${NEXT.slice(0, 7)}`]);

  github.clearRequests();
  const CODEOWNERS = "d".repeat(40);
  git.setCommit(CODEOWNERS, repository({ ".github/CODEOWNERS": "* @acme/platform\n" }));
  pullRequest(4, ["services/api/main.ts"], CODEOWNERS);
  await evaluateNumber(4);
  expect(gitRequests()).toHaveLength(2);

  github.clearRequests();
  const EDITED = "e".repeat(40);
  git.setCommit(EDITED, repository({ ".github/workflows/deploy-api.yml": workflowFiles[".github/workflows/deploy-api.yml"].replace("'services/api/**'", "'services/api/src/**'") }));
  pullRequest(5, ["services/api/main.ts"], EDITED);
  await evaluateNumber(5);
  // root, .github, .github/workflows, and the one blob that changed
  expect(gitRequests()).toHaveLength(4);
  expect(github.labelsOf(5)).toEqual(["risk:low"]); // services/api/main.ts is no longer in deploy-api.yml's paths
});

test("targets come from the base commit, never from the pull request's head", async () => {
  // the base commit has no deploy workflows at all; the PR adds one (its head is not read)
  git.setCommit(BASE, { ".github/blast-radius.yml": POLICY });
  github.setFile("f1", ".github/workflows/deploy-worker.yml", workflowFiles[".github/workflows/deploy-worker.yml"]);
  pullRequest(1, ["services/worker/job.ts", ".github/workflows/deploy-worker.yml"]);
  await evaluateNumber(1);
  // The workflow edit itself is critical (a hardening rule), but it adds no deploy target:
  // the worker's file is judged as if the workflow did not exist yet.
  expect(github.labelsOf(1)).toEqual(["risk:critical"]);
  const summary = github.checkRuns()[0].output.summary!;
  expect(summary).not.toContain("Deploy targets touched");
  expect(summary).toContain("| `services/worker/job.ts` | low |");
});

test("a policy without discover reads no tree or blob", async () => {
  github.setFile("main", ".github/blast-radius.yml", "version: 1\n");
  pullRequest(1, ["services/worker/job.ts"]);
  await evaluateNumber(1);
  expect(gitRequests()).toEqual([]);
});

test("GitHub failing to give the workflows fails the check closed, saying what could not be read", async () => {
  github.failNext("GET", /\/git\/trees\//, 500, 5);
  pullRequest(1, ["services/worker/job.ts"]);
  const outcome = await evaluateNumber(1);
  expect(outcome.passing).toBe(false);
  expect(github.checkRuns()[0]).toMatchObject({ conclusion: "failure", output: { title: "Blast Radius could not read the deploy workflows at the base commit from GitHub" } });
  expect(github.labelsOf(1)).toEqual([]);
});

test("paths(): every file of the base commit in one recursive tree request, cached; a truncated listing fails closed", async () => {
  const files = repositoryFilesAt(client(), { owner: "acme", repo: "web" }, BASE);
  expect(await files.paths()).toEqual(Object.keys(repository()).sort());
  await files.paths();
  expect(github.requests.filter((r) => r.path.includes("/git/trees/")).map((r) => r.query)).toEqual([{ recursive: "1" }]);
  git.maxRecursiveEntries = 3;
  await expect(repositoryFilesAt(client(), { owner: "acme", repo: "web" }, "f".repeat(40)).paths()).rejects.toThrow(/Not Found/);
  git.setCommit("f".repeat(40), repository());
  await expect(repositoryFilesAt(client(), { owner: "acme", repo: "web" }, "f".repeat(40)).paths()).rejects.toThrow("the file list of acme/web at fffffff is too large for GitHub to list in one response");
});

describe("discover.workspaces through the API", () => {
  const WORKSPACE = join(import.meta.dirname, "../fixtures/pnpm-workspace");
  const workspaceFiles: Record<string, string> = {};
  const collect = (dir: string, prefix = "") => {
    for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) collect(dir, path);
      else workspaceFiles[path] = readFileSync(join(dir, path), "utf8");
    }
  };
  collect(join(WORKSPACE, "base"));
  const HEAD_LOCKFILE = readFileSync(join(WORKSPACE, "head/pnpm-lock.yaml"), "utf8");
  const WORKSPACE_POLICY = POLICY.replace("    exclude: [pages.yml]\n", "    exclude: [pages.yml, deploy-web.yml]\n  workspaces: true\n");
  const workspaceRepository = (extra: Record<string, string> = {}) => ({ ...repository(), ".github/blast-radius.yml": WORKSPACE_POLICY, ...workspaceFiles, ...extra });
  const contentsRequests = () => github.requests.filter((r) => r.path.includes("/contents/") && !r.path.endsWith("blast-radius.yml")).map((r) => `${r.path.replace("/repos/acme/web/contents/", "")}@${String(r.query.ref).slice(0, 7)}`);

  beforeEach(() => {
    github.setFile("main", ".github/blast-radius.yml", WORKSPACE_POLICY);
    git.setCommit(BASE, workspaceRepository());
  });

  test("a shared package's change reaches the worker's production target through @acme/worker; the lockfile's run-time bump too, its dev-only bump nowhere", async () => {
    github.setFile("f1", "pnpm-lock.yaml", HEAD_LOCKFILE);
    pullRequest(1, ["services/queue/index.ts", "pnpm-lock.yaml"]);
    const outcome = await evaluateNumber(1);
    expect(github.labelsOf(1)).toEqual(["risk:critical"]);
    const worker = outcome.report?.targets.find((t) => t.name === "deploy-worker.yml:release / deploy");
    expect(worker?.files).toEqual([]);
    expect(worker?.throughDependency).toEqual([
      { path: "services/queue/index.ts", route: ["@acme/worker", "@acme/queue"] },
      { path: "pnpm-lock.yaml", route: ["@acme/worker", "@acme/queue"] },
    ]);
    expect(github.checkRuns()[0].output.summary).not.toContain("@acme/testkit");
    // the lockfile's texts: its blob at the base commit, its text at the head commit
    expect(contentsRequests()).toEqual([`pnpm-lock.yaml@${"1".padStart(40, "a").slice(0, 7)}`]);
  });

  test("requests: one recursive tree and the blobs on the first event; none for the same base; 1 for a new base; 2 per changed lockfile", async () => {
    pullRequest(1, ["services/queue/index.ts"]);
    await evaluateNumber(1);
    const first = gitRequests();
    expect(first[0]).toBe(`trees/${BASE.slice(0, 7)}`);
    expect(first.filter((p) => p.startsWith("trees/"))).toHaveLength(1); // no tree walk: the listing gives every blob SHA
    expect(github.requests.filter((r) => r.path.includes("/git/trees/"))[0].query).toEqual({ recursive: "1" });

    github.clearRequests();
    pullRequest(2, ["services/worker/job.ts"]);
    await evaluateNumber(2);
    expect(gitRequests()).toEqual([]);

    github.clearRequests();
    const NEXT = "c".repeat(40);
    git.setCommit(NEXT, workspaceRepository({ "services/worker/job.ts": "changed" }));
    pullRequest(3, ["services/worker/job.ts"], NEXT);
    await evaluateNumber(3);
    expect(gitRequests()).toEqual([`trees/${NEXT.slice(0, 7)}`]);

    github.clearRequests();
    github.setFile("f4", "pnpm-lock.yaml", HEAD_LOCKFILE);
    pullRequest(4, ["pnpm-lock.yaml"], NEXT);
    await evaluateNumber(4);
    expect(gitRequests()).toEqual([expect.stringMatching(/^blobs\//)]);
    expect(contentsRequests()).toHaveLength(1);

    github.clearRequests();
    await evaluateNumber(4); // the same head again (a label event, a review): all cached
    expect(gitRequests()).toEqual([]);
    expect(contentsRequests()).toEqual([]);
  });
});

test("the object cache is bounded by the bytes of the texts it holds, not only their count: lockfiles run to megabytes", async () => {
  const cache = new ObjectCache(100, 10);
  let loads = 0;
  const read = (key: string) => cache.get(key, async () => (loads++, "12345678"));
  await read("old lockfile");
  await read("old lockfile");
  expect(loads).toBe(1);
  await read("new lockfile"); // 16 bytes held, more than 10: the oldest goes
  await new Promise((resolve) => setImmediate(resolve));
  await read("new lockfile");
  expect(loads).toBe(2);
  await read("old lockfile");
  expect(loads).toBe(3);
});
