/**
 * Issue 10 through the committed Action bundle: each new key, against the GitHub stand-in, with an
 * app installation token (Members: read) as the README suggests for team approvers.
 */
import { afterEach, expect, it } from "@jest/globals";
import { FakeGitHub } from "../support/fake-github.js";
import { RISK_CODEOWNERS, RISK_POLICY } from "../support/issue-10-fixtures.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";
import { appManifestPermissions } from "../support/permissions.js";
import { runBundleAgainst } from "./bundle-runner.js";

const TOKEN = "ghs_installation_token";
let github: FakeGitHub;

async function repository(files: Array<{ filename: string; additions: number; deletions: number }>, base = "main") {
  github = new FakeGitHub({ owner: "acme", repo: "web" });
  github.addToken(TOKEN, { kind: "installation", permissions: appManifestPermissions(), repositories: ["acme/web"] });
  github.setFile("main", ".github/blast-radius.yml", RISK_POLICY);
  github.setFile("main", "CODEOWNERS", RISK_CODEOWNERS);
  github.setFile(base, ".github/blast-radius.yml", RISK_POLICY);
  github.setFile(base, "CODEOWNERS", RISK_CODEOWNERS);
  github.addTeamMember("acme", "seniors", "alice");
  github.addTeamMember("acme", "payments", "pat");
  github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: base }, files });
  const { url } = await github.start();
  return (payload: unknown) => runBundleAgainst(url, "pull_request_target", payload, { token: TOKEN });
}
const check = () => github.checkRuns().at(-1)!;

afterEach(() => github?.stop());

it("lowers an image-tag bump with a set rule, and says what it overrode in the check and the job summary", async () => {
  const run = await repository([{ filename: "services/payments/deploy/image-tag.yaml", additions: 1, deletions: 1 }]);
  const result = await run(pullRequestEvent("opened"));
  expect(github.labelsOf(7)).toEqual(["risk:medium"]);
  expect(result.summary).toContain("tier set to medium by rule **image-tags**, overriding target **payments** (high)");
  expect(JSON.parse(result.outputs.report).files[0].reasons[0]).toMatchObject({ precedence: "set", overrides: [{ kind: "target", name: "payments", tier: "high" }] });
});

it("sizes payments up past 400 lines, and the JSON report says from which tier", async () => {
  const run = await repository([{ filename: "services/payments/charge.ts", additions: 500, deletions: 0 }]);
  const result = await run(pullRequestEvent("opened"));
  expect(github.labelsOf(7)).toEqual(["risk:critical"]);
  expect(JSON.parse(result.outputs.report).targets[0]).toMatchObject({ name: "payments", tier: "critical", sizedUp: { from: "high", description: "500 changed lines in its files (more than 400)" } });
});

it("a scoped escalation: two production targets are critical and the check names them; Markdown lines do not count as code", async () => {
  const run = await repository([
    { filename: "services/payments/charge.ts", additions: 2, deletions: 0 },
    { filename: "services/web/page.tsx", additions: 2, deletions: 0 },
    { filename: "docs/handbook.md", additions: 3000, deletions: 0 },
  ]);
  const result = await run(pullRequestEvent("opened"));
  expect(github.labelsOf(7)).toEqual(["risk:critical"]);
  expect(check().output.summary).toContain("2 deploy targets touched in production (more than 1): payments, web");
  expect(JSON.parse(result.outputs.report).escalations.map((e: { condition: string }) => e.condition)).toEqual(["several production targets"]);
});

it("branches_ignore: web does not ship from experiments/**, so a web change there is default_tier", async () => {
  const run = await repository([{ filename: "services/web/page.tsx", additions: 2, deletions: 0 }], "experiments/new-nav");
  await run(pullRequestEvent("opened", { base: "experiments/new-nav" }));
  expect(github.labelsOf(7)).toEqual(["risk:medium"]);
  expect(check().name).toBe("blast-radius: experiments/new-nav");
});

it("code owners: requests the owners who are missing and blocks until each owner group approves", async () => {
  const run = await repository([{ filename: "services/payments/charge.ts", additions: 2, deletions: 0 }]);
  github.addReview(7, { user: "alice", state: "APPROVED", commit_id: HEAD_SHA });
  const result = await run(pullRequestEvent("opened"));
  expect(check()).toMatchObject({ conclusion: "failure", output: expect.objectContaining({ title: "High risk: needs a code owner's approval from @acme/payments" }) });
  expect(github.requestedReviewers(7)).toEqual({ users: [], teams: ["payments"] });
  expect(result.summary).toContain("@acme/payments: not approved yet — 1 file: `services/payments/charge.ts`");
  expect(result.outputs.approved).toBe("false");

  github.addReview(7, { user: "pat", state: "APPROVED", commit_id: HEAD_SHA });
  const again = await run(pullRequestEvent("synchronize"));
  expect(check()).toMatchObject({ conclusion: "success", output: expect.objectContaining({ title: "High risk: approved by @alice, @pat" }) });
  expect(again.outputs.approved).toBe("true");
});

it("an unparseable CODEOWNERS fails the step and the check, naming its line", async () => {
  const run = await repository([{ filename: "services/payments/charge.ts", additions: 2, deletions: 0 }]);
  github.setFile("main", "CODEOWNERS", "/services/ @acme/platform\n!/services/legacy/\n");
  const result = await run(pullRequestEvent("opened"));
  expect(result.code).toBe(1);
  expect(check().output.summary).toContain(`CODEOWNERS:2:1: "!/services/legacy/": negation with '!' does not work in CODEOWNERS`);
});
