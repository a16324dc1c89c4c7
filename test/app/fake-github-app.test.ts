/**
 * The Probot app in process against the GitHub stand-in, installed with exactly app.yml's
 * permissions: team memberships asked on demand, and what it sends to GitHub when they matter.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { Probot, ProbotOctokit } from "probot";
import { blastRadiusApp } from "../../app/index.js";
import { FakeGitHub, type TokenGrant } from "../support/fake-github.js";
import { AUTHOR, HEAD_SHA, OLD_SHA, pullRequestEvent, reviewEvent } from "../support/payloads.js";
import { appManifestPermissions } from "../support/permissions.js";
import { privateKey } from "./nock-github.js";
import { POLICY } from "./policy-fixtures.js";

let github: FakeGitHub;

async function startApp(installation?: Partial<TokenGrant>): Promise<Probot> {
  github = new FakeGitHub({ owner: "acme", repo: "web", installation });
  const { url } = await github.start();
  const probot = new Probot({
    appId: 1,
    privateKey,
    baseUrl: url,
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, retry: { enabled: false }, throttle: { enabled: false } })),
    logLevel: "fatal",
  });
  await probot.load(blastRadiusApp({ appId: 1 }));
  return probot;
}

const receive = (probot: Probot, name: string, payload: Record<string, unknown>) => probot.receive({ id: `d-${Math.random()}`, name, payload } as never);
const reviewRequests = () => github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/requested_reviewers")).map((r) => r.body);

function productionChange(): void {
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "services/payments/charge.ts", additions: 20, deletions: 5 }] });
}

afterEach(() => github?.stop());

describe("team review requests ask memberships on demand", () => {
  let probot: Probot;
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
    expect(check.output.summary).toContain("@sam approved, but the token cannot read whether they are in @acme/seniors, so the approval is not counted.");
    expect(check.output.summary).toContain("Members: read");
    expect(check.output.summary).not.toContain("is not in @acme/seniors");
    // sam reviewed the head commit and may be a senior: the team is not requested on a guess
    expect(reviewRequests()).toEqual([]);
  });
});
