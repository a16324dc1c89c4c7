/**
 * The bundled Action on a brand-new repository, with exactly the token the README's example
 * workflow gives it (a GITHUB_TOKEN with that `permissions:` block), against a stand-in that
 * enforces GitHub's permission model.
 */
import { afterEach, expect, it } from "@jest/globals";
import { POLICY } from "../app/policy-fixtures.js";
import { FakeGitHub, type Permissions } from "../support/fake-github.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";
import { exampleWorkflowPermissions } from "../support/permissions.js";
import { runBundleAgainst } from "./bundle-runner.js";

const WORKFLOW_TOKEN = "ghs_workflow_token";
let github: FakeGitHub;

/** A repository with the policy and one PR, none of the risk labels, and a workflow token. */
async function newRepository(files: string[], permissions: Permissions = exampleWorkflowPermissions()) {
  github = new FakeGitHub({ owner: "acme", repo: "web" });
  github.addToken(WORKFLOW_TOKEN, { kind: "workflow", permissions, repositories: ["acme/web"] });
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: files.map((filename) => ({ filename, additions: 5, deletions: 1 })) });
  const { url } = await github.start();
  return (eventName: string, payload: unknown) => runBundleAgainst(url, eventName, payload, { token: WORKFLOW_TOKEN });
}

afterEach(() => github?.stop());

it("gets its label, created in its colour, and its check on the first PR with the README workflow's token", async () => {
  const run = await newRepository(["src/app.ts"]);
  expect(github.repoLabels()).toEqual([]);

  const result = await run("pull_request_target", pullRequestEvent("opened"));

  expect(result.stdout).not.toContain("::error::");
  expect(result.code).toBe(0);
  expect(github.labelsOf(7)).toEqual(["risk:medium"]);
  expect(github.repoLabels()).toEqual([{ name: "risk:medium", color: "fbca04", description: "Blast Radius: medium risk" }]);
  expect(github.checkRuns()).toEqual([expect.objectContaining({ name: "blast-radius: main", conclusion: "failure", output: expect.objectContaining({ title: "Medium risk: needs 1 approval" }) })]);
});

it("without issues: write (the workflow as it was) the first label cannot be created, and the step says which permission is missing", async () => {
  const { issues: _issues, ...withoutIssues } = exampleWorkflowPermissions();
  const run = await newRepository(["src/app.ts"], withoutIssues);

  const result = await run("pull_request_target", pullRequestEvent("opened"));

  expect(result.code).toBe(1);
  expect(github.labelsOf(7)).toEqual([]);
  expect(result.stdout).toContain("::error::");
  expect(result.stdout).toContain("it needs issues: write");
  expect(github.checkRuns()).toHaveLength(1); // the check is still written: it does not need labels
});

it("tells a team approval it cannot see apart from a non-member, in the check and the step log", async () => {
  const run = await newRepository(["services/payments/charge.ts"]);
  github.addTeamMember("acme", "seniors", "alice");
  github.addReview(7, { user: "alice", state: "APPROVED", commit_id: HEAD_SHA });

  const result = await run("pull_request_review", { ...pullRequestEvent("opened"), action: "submitted", review: { user: { login: "alice" }, state: "approved" } });

  const [check] = github.checkRuns();
  expect(check.conclusion).toBe("failure");
  expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors (cannot tell whether @alice is in @acme/seniors: the token cannot read team membership)");
  expect(check.output.summary).not.toContain("is not in @acme/seniors");
  expect(result.code).toBe(1);
  expect(result.stdout).toContain("::error::Blast Radius cannot read team membership with this token.");
  expect(result.stdout).toContain("actions/create-github-app-token");
  expect(result.stdout).toContain("list the approvers as users in `from`");
  expect(result.outputs.approved).toBe("false");
});

it("explains a team review request GITHUB_TOKEN cannot make, without blaming pull-requests: write", async () => {
  const run = await newRepository(["services/payments/charge.ts"]);
  github.addTeam("acme", "seniors");

  const result = await run("pull_request_target", pullRequestEvent("opened"));

  expect(github.requestedReviewers(7)).toEqual({ users: [], teams: [] });
  expect(result.code).toBe(1);
  expect(result.stdout).toContain("GitHub refused to request a review from @acme/seniors");
  expect(result.stdout).toContain("cannot request team reviews");
  expect(result.stdout).toContain("actions/create-github-app-token");
  expect(result.stdout).not.toContain("pull-requests: write");
  expect(github.labelsOf(7)).toEqual(["risk:high"]);
});

it("fails closed when the policy extends an organisation base the workflow's token cannot see", async () => {
  const run = await newRepository(["services/payments/charge.ts"]);
  github.setFile("main", ".github/blast-radius.yml", "_extends: .github\nversion: 1\n");
  github.setFile("main", ".github/blast-radius.yml", POLICY, "acme/.github");

  const result = await run("pull_request_target", pullRequestEvent("opened"));

  expect(result.code).toBe(1);
  expect(result.stdout).toContain(
    "::error::.github/blast-radius.yml:1:1: _extends: cannot read acme/.github:.github/blast-radius.yml: not installed or no access: Blast Radius cannot see the repository acme/.github",
  );
  expect(github.checkRuns()[0]).toMatchObject({ conclusion: "failure", output: expect.objectContaining({ title: "Blast Radius cannot read the policy's base acme/.github:.github/blast-radius.yml" }) });
  expect(result.outputs.tier).toBe("");
});
