/** Whether reviews meet an approval requirement: latest verdicts, head commit, author, bots, teams. */
import { describe, expect, it } from "@jest/globals";
import { approvalCandidates, evaluateApprovals, isAllowedApprover, latestVerdicts, parseApprover, type IsTeamMember, type Review } from "../../src/engine/approvals.js";

const HEAD = "f00dfeed0000000000000000000000000000beef";
const OLD = "abc1234999999999999999999999999999999999";
let nextId = 1;
const review = (login: string, state: string, extra: Partial<Review> = {}): Review => ({ login, state, commitId: HEAD, isBot: false, id: nextId++, ...extra });

const TEAMS: Record<string, string[]> = { "acme/seniors": ["sam", "Rita"], "acme/mentors": ["max"] };
/** Answers like the GitHub layer; `acme/secret` is a team the token cannot read. Records each question. */
const asked: string[] = [];
const isTeamMember: IsTeamMember = async (team, login) => {
  asked.push(`${team}:${login}`);
  if (team === "acme/secret") return "unknown";
  return (TEAMS[team] ?? []).some((m) => m.toLowerCase() === login.toLowerCase()) ? "member" : "not a member";
};
const context = { headSha: HEAD, author: "alice", isTeamMember };

describe("latestVerdicts", () => {
  it("keeps each reviewer's latest verdict; COMMENTED and PENDING do not change it", () => {
    const reviews = [review("bob", "APPROVED"), review("bob", "COMMENTED"), review("bob", "PENDING")];
    expect(latestVerdicts(reviews).map((r) => r.state)).toEqual(["APPROVED"]);
  });

  it("lets a later CHANGES_REQUESTED or DISMISSED replace an approval", () => {
    expect(latestVerdicts([review("bob", "APPROVED"), review("bob", "CHANGES_REQUESTED")])[0].state).toBe("CHANGES_REQUESTED");
    expect(latestVerdicts([review("bob", "APPROVED"), review("bob", "DISMISSED")])[0].state).toBe("DISMISSED");
  });

  it("orders by review id, not by list order, and treats logins case-insensitively", () => {
    const later = review("Bob", "APPROVED");
    const earlier = { ...review("bob", "CHANGES_REQUESTED"), id: later.id - 100 };
    expect(latestVerdicts([later, earlier])).toEqual([later]);
  });
});

describe("approvalCandidates", () => {
  it("ignores approvals of an earlier commit, by the author, and by bots, saying why", () => {
    const { candidates, ignored } = approvalCandidates(
      [
        review("bob", "APPROVED"),
        review("carol", "APPROVED", { commitId: OLD }),
        review("dave", "APPROVED", { commitId: null }),
        review("Alice", "APPROVED"),
        review("ci-helper", "APPROVED", { isBot: true }),
        review("renovate[bot]", "APPROVED"),
        review("erin", "CHANGES_REQUESTED"),
      ],
      context,
    );
    expect(candidates).toEqual(["bob"]);
    expect(ignored).toEqual([
      { login: "carol", reason: "approved an earlier commit (abc1234)" },
      { login: "dave", reason: "approved an earlier commit" },
      { login: "Alice", reason: "is the author" },
      { login: "ci-helper", reason: "is a bot" },
      { login: "renovate[bot]", reason: "is a bot" },
    ]);
  });

  it("does not count an approval withdrawn by a later verdict", () => {
    expect(approvalCandidates([review("bob", "APPROVED"), review("bob", "DISMISSED")], context).candidates).toEqual([]);
  });

  it("counts an approval followed only by comments", () => {
    expect(approvalCandidates([review("bob", "APPROVED"), review("bob", "COMMENTED", { commitId: OLD })], context).candidates).toEqual(["bob"]);
  });
});

describe("parseApprover and isAllowedApprover", () => {
  it("reads @org/slug as a team and anything else as a login", () => {
    expect(parseApprover("@acme/seniors")).toEqual({ team: "acme/seniors" });
    expect(parseApprover("@cto")).toEqual({ user: "cto" });
    expect(parseApprover("cto")).toEqual({ user: "cto" });
  });

  it("allows anyone when `from` is not set", async () => {
    expect(await isAllowedApprover("anyone", undefined, isTeamMember)).toEqual({ allowed: true });
  });

  it("allows listed users (any case, with or without @) and members of listed teams", async () => {
    expect(await isAllowedApprover("CTO", ["cto"], isTeamMember)).toEqual({ allowed: true });
    expect(await isAllowedApprover("cto", ["@cto"], isTeamMember)).toEqual({ allowed: true });
    expect(await isAllowedApprover("rita", ["@acme/seniors"], isTeamMember)).toEqual({ allowed: true });
    expect(await isAllowedApprover("max", ["@acme/seniors", "cto"], isTeamMember)).toEqual({ allowed: false, unknownTeams: [] });
  });

  it("asks about teams only when the person is not listed by name", async () => {
    asked.length = 0;
    await isAllowedApprover("CTO-login", ["@acme/seniors", "@acme/sre", "cto-login"], isTeamMember);
    expect(asked).toEqual([]);
    await isAllowedApprover("alice", ["@acme/seniors", "@acme/sre", "cto-login"], isTeamMember);
    expect(asked).toEqual(["acme/seniors:alice", "acme/sre:alice"]);
  });

  it("never reads an unknown membership as 'not a member'", async () => {
    expect(await isAllowedApprover("sam", ["@acme/secret"], isTeamMember)).toEqual({ allowed: false, unknownTeams: ["acme/secret"] });
    // one team saying "member" settles it, whatever the others say
    expect(await isAllowedApprover("sam", ["@acme/secret", "@acme/seniors"], isTeamMember)).toEqual({ allowed: true });
  });
});

describe("evaluateApprovals", () => {
  it("is met with enough distinct approvals from the listed people", async () => {
    const status = await evaluateApprovals({ count: 2, from: ["@acme/seniors", "cto"], source: "tier critical" }, [review("sam", "APPROVED"), review("cto", "APPROVED")], context);
    expect(status).toMatchObject({ met: true, approvedBy: ["sam", "cto"], missing: 0 });
  });

  it("does not count approvals from people outside `from`, and says who is expected", async () => {
    const status = await evaluateApprovals({ count: 1, from: ["@acme/seniors"], source: "tier high" }, [review("max", "APPROVED")], context);
    expect(status.met).toBe(false);
    expect(status.missing).toBe(1);
    expect(status.ignored).toEqual([{ login: "max", reason: "is not in @acme/seniors" }]);
  });

  it("counts a reviewer once however many times they approve", async () => {
    const status = await evaluateApprovals({ count: 2, source: "tier high" }, [review("bob", "APPROVED"), review("bob", "APPROVED")], context);
    expect(status).toMatchObject({ met: false, approvedBy: ["bob"], missing: 1 });
  });

  it("does not let the author approve their own pull request", async () => {
    const status = await evaluateApprovals({ count: 1, source: "tier medium" }, [review("alice", "APPROVED")], context);
    expect(status.met).toBe(false);
  });

  it("holds an approval whose membership cannot be read as unknown: neither counted nor 'not in'", async () => {
    const status = await evaluateApprovals({ count: 1, from: ["@acme/secret"], source: "tier high" }, [review("sam", "APPROVED")], context);
    expect(status).toMatchObject({ met: false, missing: 1, approvedBy: [], ignored: [], unknown: [{ login: "sam", teams: ["acme/secret"] }] });
  });

  it("asks only about approvals that could count", async () => {
    asked.length = 0;
    await evaluateApprovals({ count: 1, from: ["@acme/seniors"], source: "tier high" }, [review("alice", "APPROVED"), review("bob", "APPROVED", { commitId: OLD }), review("sam", "APPROVED")], context);
    expect(asked).toEqual(["acme/seniors:sam"]);
  });
});
