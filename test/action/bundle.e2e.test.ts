/**
 * The committed bundle, run as a runner runs it: a child process with the runner's environment,
 * a real webhook payload in GITHUB_EVENT_PATH, and GitHub's API on loopback.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { POLICY } from "../app/policy-fixtures.js";
import { runBundleAgainst } from "./bundle-runner.js";
import { FakeGitHub } from "../support/fake-github.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";
import { appManifestPermissions, exampleWorkflowPermissions } from "../support/permissions.js";

/** A workflow's GITHUB_TOKEN with exactly the README example's `permissions:`, for this repository only. */
const WORKFLOW_TOKEN = "ghs_workflow_token";
/** A GitHub App installation token (e.g. from actions/create-github-app-token) passed as the `token` input. */
const APP_TOKEN = "ghs_app_installation_token";

let github: FakeGitHub;
let url: string;

beforeAll(async () => {
  github = new FakeGitHub({ owner: "acme", repo: "web" });
  github.addToken(WORKFLOW_TOKEN, { kind: "workflow", permissions: exampleWorkflowPermissions(), repositories: ["acme/web"] });
  github.addToken(APP_TOKEN, { kind: "installation", permissions: appManifestPermissions() });
  ({ url } = await github.start());
});
afterAll(() => github.stop());

const runBundle = (eventName: string, payload: unknown, inputs: Record<string, string> = {}) => runBundleAgainst(url, eventName, payload, { token: WORKFLOW_TOKEN, ...inputs });

it("with a GitHub App installation token, labels, checks, requests the team and counts its approval like the app does", async () => {
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

  github.addTeam("acme", "seniors");
  const result = await runBundle("pull_request_target", pullRequestEvent("opened"), { token: APP_TOKEN });

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
  const again = await runBundle("pull_request_review", { ...review, action: "submitted", review: { user: { login: "alice" }, state: "approved" } }, { token: APP_TOKEN });

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
  // nothing on stderr: the V8 flag the bundle sets first (action/quick-tiers.ts) is one this Node knows
  expect(result.stderr).toBe("");
});
