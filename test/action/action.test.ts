/**
 * The Action's shell, in process: inputs and the event in, outputs, job summary, labels and the
 * check out. GitHub is intercepted with nock; the core gets a plain Octokit handed in, because
 * @actions/github's own fetch is invisible to nock.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import { TestOctokit as Octokit } from "../support/octokit.js";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { run, type ActionContext } from "../../action/main.js";
import { asGitHubClient } from "../../src/github/client.js";
import { file, GitHubMock } from "../app/nock-github.js";
import { BROKEN_POLICY, POLICY } from "../app/policy-fixtures.js";
import { pullRequestEvent } from "../support/payloads.js";

let dir: string;
let stdout: string;

// One folder for the whole file: @actions/core remembers the summary file's path once it has used it.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "blast-radius-action-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  nock.disableNetConnect();
  writeFileSync(join(dir, "output"), "");
  writeFileSync(join(dir, "summary"), "");
  process.env.GITHUB_OUTPUT = join(dir, "output");
  process.env.GITHUB_STEP_SUMMARY = join(dir, "summary");
  process.env.INPUT_TOKEN = "ghs_test";
  process.env["INPUT_CONFIG-PATH"] = ".github/blast-radius.yml";
  process.env.INPUT_MODE = "";
  stdout = "";
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.exitCode = 0; // core.setFailed sets it; it must not fail the test run itself
  for (const key of ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "INPUT_TOKEN", "INPUT_CONFIG-PATH", "INPUT_MODE"]) delete process.env[key];
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

/** Parses the runner's GITHUB_OUTPUT file (name<<delimiter ... delimiter). */
function outputs(): Record<string, string> {
  const text = readFileSync(join(dir, "output"), "utf8");
  const result: Record<string, string> = {};
  const re = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) result[m[1]] = m[3];
  return result;
}

const summary = () => readFileSync(join(dir, "summary"), "utf8");

function context(eventName = "pull_request_target"): ActionContext {
  return { eventName, payload: pullRequestEvent("opened"), repo: () => ({ owner: "acme", repo: "web" }) };
}

const client = () => asGitHubClient(new Octokit({ auth: "ghs_test" }));

function reads(files: ReturnType<typeof file>[], policy: string | null = POLICY): GitHubMock {
  // the Action authenticates with the workflow token: no installation token exchange
  return new GitHubMock().pullRequest({ changedFiles: files.length }).policy(policy).files(files).existingChecks("blast-radius: main");
}

describe("the Action on a pull request", () => {
  it("sets outputs, writes the job summary, labels the PR and posts the check", async () => {
    const mock = reads([file("services/payments/charge.ts", 12, 3)]).reviews([]).expectLabelsAdded().expectCheckCreated().expectReviewRequest();

    await run({ client: client(), context: context() });

    const out = outputs();
    expect(out.tier).toBe("high");
    expect(out.sandboxed).toBe("false");
    expect(JSON.parse(out.labels)).toEqual(["risk:high"]);
    expect(out.approved).toBe("false");
    const report = JSON.parse(out.report);
    expect(report.files).toEqual([expect.objectContaining({ path: "services/payments/charge.ts", tier: "high" })]);
    expect(report.targets).toEqual([expect.objectContaining({ name: "payments-api", environment: "production" })]);
    expect(summary()).toContain("High risk: needs 1 approval from @acme/seniors");
    expect(summary()).toBe(`${mock.recorded.checkCreated[0].output.summary}\n`);
    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:high"] }]);
    expect(mock.recorded.reviewRequests).toEqual([{ team_reviewers: ["seniors"] }]);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it("reports a sandboxed change as approved", async () => {
    reads([file("sandbox/toy.py", 5, 1)]).expectLabelsAdded().expectCheckCreated();
    await run({ client: client(), context: context() });
    expect(outputs()).toMatchObject({ tier: "low", sandboxed: "true", labels: '["risk:low","sandbox"]', approved: "true" });
  });

  it("lets the mode input turn enforcement into a report", async () => {
    process.env.INPUT_MODE = "report";
    const mock = reads([file("services/payments/charge.ts")]).reviews([]).expectLabelsAdded().expectCheckCreated();
    await run({ client: client(), context: context() });
    expect(mock.recorded.checkCreated[0].conclusion).toBe("success");
    expect(mock.recorded.reviewRequests).toEqual([]);
  });

  it("with a read-only token still outputs the decision and summary, then explains the missing permissions", async () => {
    const mock = reads([file("services/payments/charge.ts")]).reviews([]);
    const denied = { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" };
    mock.api.post("/repos/acme/web/issues/7/labels").reply(403, denied);
    mock.api.post("/repos/acme/web/check-runs").reply(403, denied);
    mock.api.post("/repos/acme/web/pulls/7/requested_reviewers").reply(403, denied);

    await run({ client: client(), context: context("pull_request") });

    expect(outputs()).toMatchObject({ tier: "high", approved: "false" });
    expect(summary()).toContain("High risk");
    expect(process.exitCode).toBe(1);
    expect(stdout).toContain("::error::Blast Radius computed high risk (see the outputs and job summary) but the token may not write");
    expect(stdout).toContain("checks: write");
    expect(stdout).toContain("pull-requests: write");
    expect(stdout).toContain("use pull_request_target");
    expect(stdout).not.toMatch(/\n\s+at /);
  });

  it("fails the step with the located policy error", async () => {
    reads([file("api/x.ts")], BROKEN_POLICY).expectCheckCreated();
    await run({ client: client(), context: context() });
    expect(process.exitCode).toBe(1);
    expect(stdout).toContain('::error::.github/blast-radius.yml:8:11: rules[1].tier: unknown tier "hgh"');
    expect(outputs()).toMatchObject({ tier: "", approved: "false", labels: "[]" });
  });
});

describe("the Action elsewhere", () => {
  it("explains and exits cleanly on an event it does not gate", async () => {
    await run({ client: client(), context: { eventName: "push", payload: {}, repo: () => ({ owner: "acme", repo: "web" }) } });
    expect(stdout).toContain("::notice::Blast Radius gates pull requests: run it on pull_request_target, pull_request, pull_request_review.");
    expect(process.exitCode ?? 0).toBe(0);
  });

  it("rejects a bad mode input by name", async () => {
    process.env.INPUT_MODE = "yolo";
    await run({ client: client(), context: context() });
    expect(stdout).toContain('::error::input `mode` must be enforce or report (got "yolo")');
    expect(process.exitCode).toBe(1);
  });

  it("rejects an empty token and a config path outside the repository, naming both", async () => {
    process.env.INPUT_TOKEN = "";
    process.env["INPUT_CONFIG-PATH"] = "../secrets.yml";
    await run({ client: client(), context: context() });
    expect(stdout).toContain(
      "::error::input `token` is empty: pass `token: ${{ github.token }}` or a token with pull-requests and checks write; input `config-path` must be a path inside the repository, like .github/blast-radius.yml",
    );
    expect(process.exitCode).toBe(1);
  });

  it("says clearly when the pull request cannot be read", async () => {
    const mock = new GitHubMock();
    mock.api.get("/repos/acme/web/pulls/7").reply(404, { message: "Not Found" });
    await run({ client: client(), context: context() });
    expect(stdout).toContain("::error::Blast Radius could not read pull request #7 (HTTP 404: Not Found).");
    expect(outputs()).toMatchObject({ tier: "", approved: "false" });
  });
});
