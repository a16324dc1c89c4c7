/**
 * The Probot app in process against the GitHub stand-in, installed with exactly app.yml's
 * permissions: team memberships asked on demand, and what it sends to GitHub when they matter.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { FakeGitHub, TokenGrant } from "../support/fake-github.js";
import { AUTHOR, HEAD_SHA, OLD_SHA, pullRequestEvent, reviewEvent } from "../support/payloads.js";
import { appManifestPermissions } from "../support/permissions.js";
import { appOnFake, type AppOnFake } from "../support/probot-on-fake.js";
import { POLICY } from "./policy-fixtures.js";

let github: FakeGitHub;
let app: AppOnFake | undefined;

async function startApp(installation?: Partial<TokenGrant>): Promise<AppOnFake> {
  app = await appOnFake({ installation });
  github = app.github;
  return app;
}

const receive = (started: AppOnFake, name: string, payload: Record<string, unknown>) => started.receive(name, payload);
const reviewRequests = () => github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/requested_reviewers")).map((r) => r.body);

function productionChange(): void {
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "services/payments/charge.ts", additions: 20, deletions: 5 }] });
}

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe("team review requests ask memberships on demand", () => {
  let probot: AppOnFake;
  beforeEach(async () => {
    probot = await startApp();
    productionChange();
    github.addTeamMember("acme", "seniors", "sam");
    github.addTeam("acme", "sre-leads");
  });

  it("does not re-request the team when a senior requested changes on the head commit", async () => {
    github.addReview(7, { user: "sam", state: "CHANGES_REQUESTED", commit_id: HEAD_SHA });

    await receive(probot, "pull_request_review", reviewEvent("submitted", "sam", "changes_requested"));

    expect(reviewRequests()).toEqual([]);
    expect(github.requestedReviewers(7)).toEqual({ users: [], teams: [] });
    expect(github.requests.some((r) => r.path === "/orgs/acme/teams/seniors/memberships/sam")).toBe(true);
    expect(github.checkRuns()[0].output.title).toBe("High risk: needs 1 approval from @acme/seniors");
  });

  it("requests the team when whoever reviewed the head commit is not a member, and asks each question once", async () => {
    github.addReview(7, { user: "bob", state: "CHANGES_REQUESTED", commit_id: HEAD_SHA });
    github.addReview(7, { user: "bob", state: "COMMENTED", commit_id: HEAD_SHA });
    github.addReview(7, { user: "sam", state: "APPROVED", commit_id: OLD_SHA }); // an earlier commit: not heard on this one

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    expect(reviewRequests()).toEqual([{ team_reviewers: ["seniors"] }]);
    expect(github.requestedReviewers(7).teams).toEqual(["seniors"]);
    const membershipReads = github.requests.filter((r) => r.path.startsWith("/orgs/")).map((r) => r.path);
    expect(membershipReads).toEqual(["/orgs/acme/teams/seniors/memberships/bob", "/orgs/acme/teams/seniors"]);
  });
});

describe("an installation that cannot read team membership", () => {
  const withoutMembers = () => {
    const { members: _members, ...rest } = appManifestPermissions();
    return rest;
  };

  it("holds a senior's approval as unknown, says why in the check, and never calls it 'not a member'", async () => {
    const probot = await startApp({ permissions: withoutMembers() });
    productionChange();
    github.addTeamMember("acme", "seniors", "sam");
    github.addReview(7, { user: "sam", state: "APPROVED", commit_id: HEAD_SHA });

    await receive(probot, "pull_request_review", reviewEvent("submitted", "sam", "approved"));

    const [check] = github.checkRuns();
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors (cannot tell whether @sam is in @acme/seniors: the token cannot read team membership)");
    expect(check.output.summary).toContain("@sam approved, but the token cannot read whether they are in @acme/seniors (it lacks Members: read, or no such team exists), so the approval is not counted.");
    expect(check.output.summary).toContain("Members: read");
    expect(check.output.summary).not.toContain("is not in @acme/seniors");
    // sam reviewed the head commit and may be a senior: the team is not requested on a guess
    expect(reviewRequests()).toEqual([]);
  });
});

describe("a policy whose _extends base cannot be read fails closed", () => {
  const OWN = `_extends: .github\nversion: 1\nsandboxes:\n  - name: games\n    paths: ["games/**"]\n`;
  const ORG = POLICY;

  async function openPullRequest(installation: Partial<TokenGrant>, files: Record<string, string>) {
    const probot = await startApp(installation);
    for (const [where, text] of Object.entries(files)) {
      const [repo, path] = where.split(":");
      github.setFile("main", path, text, repo);
    }
    github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "services/payments/charge.ts", additions: 20, deletions: 5 }] });
    await receive(probot, "pull_request", pullRequestEvent("opened"));
    return github.checkRuns()[0];
  }

  it("names the base and says the app is not installed on it (or has no access)", async () => {
    const check = await openPullRequest({ repositories: ["acme/web"] }, { "acme/web:.github/blast-radius.yml": OWN, "acme/.github:.github/blast-radius.yml": ORG });

    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("Blast Radius cannot read the policy's base acme/.github:.github/blast-radius.yml");
    expect(check.output.summary).toContain(
      ".github/blast-radius.yml:1:1: _extends: cannot read acme/.github:.github/blast-radius.yml: not installed or no access: Blast Radius cannot see the repository acme/.github; install the Blast Radius app on it",
    );
    expect(github.labelsOf(7)).toEqual([]);
    expect(reviewRequests()).toEqual([]);
  });

  it("says the base file is not found when the repository is readable but has no such file", async () => {
    const check = await openPullRequest({}, { "acme/web:.github/blast-radius.yml": OWN, "acme/.github:README.md": "org profile\n" });

    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain("_extends: cannot read acme/.github:.github/blast-radius.yml: not found: acme/.github has no .github/blast-radius.yml on its default branch");
  });

  it("says there is no access when GitHub answers 403 for the base", async () => {
    const probot = await startApp();
    github.setFile("main", ".github/blast-radius.yml", OWN);
    github.setFile("main", ".github/blast-radius.yml", ORG, "acme/.github");
    github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "services/payments/charge.ts", additions: 20, deletions: 5 }] });
    github.failNext("GET", /^\/repos\/acme\/\.github\/contents\//, 403);

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    expect(github.checkRuns()[0].output.summary).toContain(
      "_extends: cannot read acme/.github:.github/blast-radius.yml: no access: GitHub answered HTTP 403 (Resource not accessible by integration)",
    );
  });

  it("still follows a readable base, the repository's keys winning", async () => {
    const check = await openPullRequest({}, { "acme/web:.github/blast-radius.yml": OWN, "acme/.github:.github/blast-radius.yml": ORG });
    expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    expect(check.output.summary).toContain("extending acme/.github:.github/blast-radius.yml");
  });

  it("keeps the org-default fallback: no repository policy uses the org's, and none anywhere the built-in default", async () => {
    const orgCheck = await openPullRequest({}, { "acme/.github:.github/blast-radius.yml": ORG });
    expect(orgCheck.output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    await github.stop();

    const defaultCheck = await openPullRequest({ repositories: ["acme/web"] }, { "acme/.github:.github/blast-radius.yml": ORG });
    expect(defaultCheck.conclusion).toBe("success");
    expect(defaultCheck.output.summary).toContain("built-in default policy");
  });
});
