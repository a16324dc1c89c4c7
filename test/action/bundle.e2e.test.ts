/**
 * The committed bundle, run as a runner runs it: a child process with the runner's environment,
 * a real webhook payload in GITHUB_EVENT_PATH, and GitHub's API on loopback.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { POLICY } from "../app/policy-fixtures.js";
import { FakeGitHub } from "../support/fake-github.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";

const run = promisify(execFile);
let github: FakeGitHub;
let url: string;

beforeAll(async () => {
  github = new FakeGitHub({ owner: "acme", repo: "web" });
  ({ url } = await github.start());
});
afterAll(() => github.stop());

async function runBundle(eventName: string, payload: unknown, inputs: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "blast-radius-e2e-"));
  const files = { event: join(dir, "event.json"), output: join(dir, "output"), summary: join(dir, "summary") };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: "acme/web",
    GITHUB_API_URL: url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    INPUT_TOKEN: "ghs_workflow_token",
    "INPUT_CONFIG-PATH": ".github/blast-radius.yml",
    INPUT_MODE: "",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const result = await run(process.execPath, ["action/dist/index.js"], { env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(files.output, "utf8").matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  const summary = readFileSync(files.summary, "utf8");
  rmSync(dir, { recursive: true, force: true });
  return { ...result, outputs, summary };
}

it("labels, checks and reports a pull_request_target event like the app does", async () => {
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  // The PR's own head edits nothing here; the policy must come from main through the API.
  github.addPullRequest({
    number: 7,
    user: AUTHOR,
    head: { sha: HEAD_SHA, ref: "feature" },
    base: { ref: "main" },
    files: [
      { filename: "services/payments/charge.ts", status: "modified", additions: 30, deletions: 4 },
      { filename: "docs/payments.md", status: "modified", additions: 2, deletions: 0 },
    ],
  });

  const result = await runBundle("pull_request_target", pullRequestEvent("opened"));

  expect(result.code).toBe(0);
  expect(result.outputs).toMatchObject({ tier: "high", sandboxed: "false", labels: '["risk:high"]', approved: "false" });
  expect(JSON.parse(result.outputs.report).targets).toEqual([expect.objectContaining({ name: "payments-api", environment: "production" })]);
  expect(github.labelsOf(7)).toEqual(["risk:high"]);
  const [check] = github.checkRuns();
  expect(check).toMatchObject({ name: "blast-radius: main", head_sha: HEAD_SHA, conclusion: "failure" });
  expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors");
  expect(result.summary.trim()).toBe(check.output.summary!.trim());
  expect(github.requestedReviewers(7)).toEqual({ users: [], teams: ["seniors"] });
  expect(github.repoLabels().find((l) => l.name === "risk:high")).toMatchObject({ color: "d93f0b" });

  // A senior approves: the pull_request_review run flips the same check, in place.
  github.addTeamMember("acme", "seniors", "alice");
  github.addReview(7, { user: "alice", state: "APPROVED", commit_id: HEAD_SHA });
  const review = pullRequestEvent("opened");
  const again = await runBundle("pull_request_review", { ...review, action: "submitted", review: { user: { login: "alice" }, state: "approved" } });

  expect(again.code).toBe(0);
  expect(again.outputs.approved).toBe("true");
  expect(github.checkRuns()).toHaveLength(1);
  expect(github.checkRuns()[0]).toMatchObject({ conclusion: "success", output: expect.objectContaining({ title: "High risk: approved by @alice" }) });
  // nothing changed about labels or reviewers, so nothing was re-sent
  const writes = github.writes().map((w) => `${w.method} ${w.path}`);
  expect(writes.filter((w) => w.includes("/labels")).length).toBeLessThanOrEqual(2);
});

it("exits cleanly with a notice on an event it does not gate", async () => {
  const result = await runBundle("push", { ref: "refs/heads/main" });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("::notice::Blast Radius gates pull requests");
});
