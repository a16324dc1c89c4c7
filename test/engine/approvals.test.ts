/** Whether reviews meet an approval requirement: latest verdicts, head commit, author, bots, teams. */
import { describe, expect, it } from "@jest/globals";
import { approvalCandidates, evaluateApprovals, isAllowedApprover, latestVerdicts, membershipQuestions, parseApprover, type Review } from "../../src/engine/approvals.js";

const HEAD = "f00dfeed0000000000000000000000000000beef";
const OLD = "abc1234999999999999999999999999999999999";
let nextId = 1;
const review = (login: string, state: string, extra: Partial<Review> = {}): Review => ({ login, state, commitId: HEAD, isBot: false, id: nextId++, ...extra });

const TEAMS: Record<string, string[]> = { "acme/seniors": ["sam", "Rita"], "acme/mentors": ["max"] };
const isTeamMember = (team: string, login: string) => (TEAMS[team] ?? []).some((m) => m.toLowerCase() === login.toLowerCase());
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

  it("allows anyone when `from` is not set", () => {
    expect(isAllowedApprover("anyone", undefined, isTeamMember)).toBe(true);
  });

  it("allows listed users (any case, with or without @) and members of listed teams", () => {
    expect(isAllowedApprover("CTO", ["cto"], isTeamMember)).toBe(true);
    expect(isAllowedApprover("cto", ["@cto"], isTeamMember)).toBe(true);
    expect(isAllowedApprover("rita", ["@acme/seniors"], isTeamMember)).toBe(true);
    expect(isAllowedApprover("max", ["@acme/seniors", "cto"], isTeamMember)).toBe(false);
  });
});

describe("evaluateApprovals", () => {
  it("is met with enough distinct approvals from the listed people", () => {
    const status = evaluateApprovals({ count: 2, from: ["@acme/seniors", "cto"], source: "tier critical" }, [review("sam", "APPROVED"), review("cto", "APPROVED")], context);
    expect(status).toMatchObject({ met: true, approvedBy: ["sam", "cto"], missing: 0 });
  });

  it("does not count approvals from people outside `from`, and says who is expected", () => {
    const status = evaluateApprovals({ count: 1, from: ["@acme/seniors"], source: "tier high" }, [review("max", "APPROVED")], context);
    expect(status.met).toBe(false);
    expect(status.missing).toBe(1);
    expect(status.ignored).toEqual([{ login: "max", reason: "is not in @acme/seniors" }]);
  });

  it("counts a reviewer once however many times they approve", () => {
    const status = evaluateApprovals({ count: 2, source: "tier high" }, [review("bob", "APPROVED"), review("bob", "APPROVED")], context);
    expect(status).toMatchObject({ met: false, approvedBy: ["bob"], missing: 1 });
  });

  it("does not let the author approve their own pull request", () => {
    const status = evaluateApprovals({ count: 1, source: "tier medium" }, [review("alice", "APPROVED")], context);
    expect(status.met).toBe(false);
  });
});

describe("membershipQuestions", () => {
  it("asks about every listed team, unless the person is listed by name", () => {
    const from = ["@acme/seniors", "@acme/sre", "cto-login"];
    expect(membershipQuestions(from, "alice")).toEqual([
      { team: "acme/seniors", login: "alice" },
      { team: "acme/sre", login: "alice" },
    ]);
    expect(membershipQuestions(from, "CTO-login")).toEqual([]);
    expect(membershipQuestions(undefined, "alice")).toEqual([]);
  });
});
