/**
 * Issue 10 through the app: Probot in process against the GitHub stand-in, asserting the check,
 * labels and review requests a person sees for each new key.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { FakePullRequest } from "../support/fake-github.js";
import { RISK_CODEOWNERS, RISK_POLICY } from "../support/issue-10-fixtures.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent, reviewEvent } from "../support/payloads.js";
import { appOnFake, type AppOnFake } from "../support/probot-on-fake.js";

let app: AppOnFake;

beforeEach(async () => {
  app = await appOnFake();
  app.github.setFile("main", ".github/blast-radius.yml", RISK_POLICY);
  app.github.setFile("main", "docs/CODEOWNERS", RISK_CODEOWNERS);
  app.github.addTeamMember("acme", "seniors", "alice");
  app.github.addTeamMember("acme", "payments", "pat");
  app.github.addTeamMember("acme", "payments", "bob");
  app.github.addTeamMember("acme", "seniors", "bob");
});

afterEach(() => app.stop());

function open(files: FakePullRequest["files"], base = "main") {
  app.github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: base }, files });
  return app.receive("pull_request", pullRequestEvent("opened", { base }));
}
const check = () => app.github.checkRuns().filter((r) => r.head_sha === HEAD_SHA).at(-1)!;

describe("issue 10 through the app", () => {
  it("a set rule lowers an image-tag bump inside production payments, and the check says what it overrode", async () => {
    await open([{ filename: "services/payments/deploy/image-tag.yaml", additions: 1, deletions: 1 }]);
    expect(app.github.labelsOf(7)).toEqual(["risk:medium"]);
    expect(check().output.summary).toContain("tier set to medium by rule **image-tags**, overriding target **payments** (high)");
  });

  it("a 700-line change to payments is critical past its size; a 2-line one is high", async () => {
    await open([{ filename: "services/payments/charge.ts", additions: 600, deletions: 100 }]);
    expect(app.github.labelsOf(7)).toEqual(["risk:critical"]);
    expect(check().output.summary).toContain("critical past its size: 700 changed lines in its files (more than 400); its own tier is high");
  });

  it("a scoped escalation counts production targets only: payments plus its image stays high", async () => {
    await open([
      { filename: "services/payments/charge.ts", additions: 2, deletions: 0 },
      { filename: "services/payments/Dockerfile", additions: 1, deletions: 0 },
    ]);
    expect(app.github.labelsOf(7)).toEqual(["risk:high"]);
    expect(check().output.summary).not.toContain("several production targets");
  });

  it("branch filters: into freeze/** payments does not ship, so the change is only default_tier", async () => {
    await open([{ filename: "services/payments/charge.ts", additions: 2, deletions: 0 }], "freeze/2026");
    expect(app.github.labelsOf(7)).toEqual(["risk:medium"]);
    expect(check().name).toBe("blast-radius: freeze/2026");
  });

  it("code owners: reads CODEOWNERS from the base branch once, requests the missing owners, and passes once an owner of each group approves", async () => {
    app.github.setFile("main", ".github/CODEOWNERS", RISK_CODEOWNERS);
    await open([
      { filename: "services/payments/charge.ts", additions: 2, deletions: 0 },
      { filename: "services/web/page.tsx", additions: 2, deletions: 0 },
    ]);
    // two production targets: critical; alice (a senior) is not an owner
    expect(check().output.title).toBe("Critical risk: needs 1 approval from @acme/seniors and a code owner's approval from @acme/payments and from @carol");
    const reads = app.github.requests.filter((r) => /\/contents\/(\.github\/|docs\/)?CODEOWNERS$/.test(decodeURIComponent(r.path)));
    expect(reads.map((r) => [decodeURIComponent(r.path), r.query.ref])).toEqual([["/repos/acme/web/contents/.github/CODEOWNERS", "refs/heads/main"]]);
    expect(app.github.requestedReviewers(7)).toEqual({ users: ["carol"], teams: ["seniors", "payments"] });
    expect(check().output.summary).toContain("@acme/payments: not approved yet — 1 file: `services/payments/charge.ts`");

    app.github.addReview(7, { user: "bob", state: "APPROVED", commit_id: HEAD_SHA });
    await app.receive("pull_request_review", reviewEvent("submitted", "bob", "approved"));
    expect(check().output.title).toBe("Critical risk: needs a code owner's approval from @carol");

    app.github.addReview(7, { user: "carol", state: "APPROVED", commit_id: HEAD_SHA });
    await app.receive("pull_request_review", reviewEvent("submitted", "carol", "approved"));
    expect(check()).toMatchObject({ conclusion: "success", output: expect.objectContaining({ title: "Critical risk: approved by @bob, @carol" }) });
    expect(check().output.summary).toContain("@acme/payments: approved by @bob");
  });

  it("an unparseable CODEOWNERS fails the check closed and names its line", async () => {
    app.github.setFile("main", ".github/CODEOWNERS", "*.ts @acme/platform\n[Bb]uild/ @acme/build\n");
    await open([{ filename: "services/web/page.tsx", additions: 2, deletions: 0 }]);
    expect(check()).toMatchObject({ conclusion: "failure", output: expect.objectContaining({ title: "Blast Radius cannot use CODEOWNERS, which the policy's approvals rely on" }) });
    expect(check().output.summary).toContain(`.github/CODEOWNERS:2:1: "[Bb]uild/": character ranges with '[ ]' do not work in CODEOWNERS`);
  });

  it("falls back to the root CODEOWNERS, then docs/, one request each, and stops at the first found", async () => {
    app.github.setFile("main", "CODEOWNERS", "/services/ @dana\n");
    app.github.setFile("main", "docs/CODEOWNERS", "/services/ @erin\n");
    app.github.setFile("refs/tags/main", ".github/CODEOWNERS", "/services/ @mallory\n");
    await open([{ filename: "services/web/page.tsx", additions: 2, deletions: 0 }]);
    expect(check().output.title).toBe("High risk: needs 1 approval from @acme/seniors and a code owner's approval from @dana");
    const reads = app.github.requests.filter((r) => /CODEOWNERS$/.test(decodeURIComponent(r.path))).map((r) => decodeURIComponent(r.path));
    expect(reads).toEqual(["/repos/acme/web/contents/.github/CODEOWNERS", "/repos/acme/web/contents/CODEOWNERS"]);
  });

  it("does not read CODEOWNERS when no tier asks for code owners", async () => {
    app.github.setFile("main", ".github/blast-radius.yml", RISK_POLICY.replace(/, code_owners: true/g, ""));
    await open([{ filename: "services/web/page.tsx", additions: 2, deletions: 0 }]);
    expect(check().output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    expect(app.github.requests.filter((r) => /CODEOWNERS$/.test(decodeURIComponent(r.path)))).toEqual([]);
  });
});
