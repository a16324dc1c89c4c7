/**
 * Issue 8, the GitHub side: a branch author with write access attacks the guardrail through what
 * GitHub lets them control (branches, tags, pushes, labels, bots, reviews). The app runs in-process
 * against the stateful GitHub stand-in; each test asserts what a person would see on the PR.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { FakePullRequest } from "../support/fake-github.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent, reviewEvent } from "../support/payloads.js";
import { appOnFake, type AppOnFake } from "../support/probot-on-fake.js";
import { POLICY } from "./policy-fixtures.js";

const POLICY_PATH = ".github/blast-radius.yml";
const NEXT_SHA = "b".repeat(40);
const OVERRIDE = "blast-radius:override";

let app: AppOnFake;

beforeEach(async () => {
  app = await appOnFake();
  app.github.setFile("main", POLICY_PATH, POLICY);
  app.github.addTeamMember("acme", "seniors", "alice");
  app.github.addTeamMember("acme", "seniors", "bob");
  app.github.addTeamMember("acme", "sre-leads", "sre-sam");
});

afterEach(() => app.stop());

function addPr(files: FakePullRequest["files"], extra: Partial<FakePullRequest> = {}) {
  app.github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files, ...extra });
}

const paymentsChange = [{ filename: "services/payments/charge.ts", additions: 20, deletions: 5 }];
const sandboxChange = [{ filename: "sandbox/game.js", additions: 5, deletions: 1 }];

/** The latest check run on a commit. */
function checkOn(sha: string) {
  const runs = app.github.checkRuns().filter((r) => r.head_sha === sha);
  return runs[runs.length - 1];
}

describe("the policy comes from the base branch, never a same-named tag (point 16)", () => {
  it("ignores a permissive policy on a tag called main and asks GitHub for refs/heads/main", async () => {
    // Anyone who can push can create a tag; a bare `ref=main` would resolve to it.
    app.github.setFile("refs/tags/main", POLICY_PATH, "version: 1\ndefault_tier: low\n");
    addPr(paymentsChange);

    await app.receive("pull_request", pullRequestEvent("opened"));

    const check = checkOn(HEAD_SHA);
    expect(check).toMatchObject({ name: "blast-radius: main", conclusion: "failure" });
    expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    const policyReads = app.github.requests.filter((r) => decodeURIComponent(r.path) === `/repos/acme/web/contents/${POLICY_PATH}`);
    expect(policyReads.map((r) => r.query.ref)).toEqual(["refs/heads/main"]);
  });
});

describe("a policy split across files of the repository (point 12)", () => {
  it("gives a PR editing the file the policy extends the highest tier", async () => {
    app.github.setFile("main", POLICY_PATH, "_extends: web:.github/blast-radius-base.yml\nversion: 1\n");
    app.github.setFile("main", ".github/blast-radius-base.yml", POLICY);
    addPr([{ filename: ".github/blast-radius-base.yml", additions: 1, deletions: 30 }]);

    await app.receive("pull_request", pullRequestEvent("opened"));

    const check = checkOn(HEAD_SHA);
    expect(check.output.title).toBe("Critical risk: needs 2 approvals from @acme/seniors or @cto-login");
    expect(check.output.summary).toContain(".github/blast-radius-base.yml changed; a pull request cannot loosen its own policy");
    expect(app.github.labelsOf(7)).toEqual(["risk:critical"]);
  });
});

describe("every page of reviews is read (point 7)", () => {
  it("sees a 'request changes' that follows 3,000 comment reviews, withdrawing the approval", async () => {
    addPr(paymentsChange);
    app.github.addReview(7, { user: "alice", state: "APPROVED", commit_id: HEAD_SHA });
    for (let i = 0; i < 3000; i++) app.github.addReview(7, { user: "chatty", state: "COMMENTED", commit_id: HEAD_SHA });
    app.github.addReview(7, { user: "alice", state: "CHANGES_REQUESTED", commit_id: HEAD_SHA });

    await app.receive("pull_request_review", reviewEvent("submitted", "alice", "changes_requested"));

    const check = checkOn(HEAD_SHA);
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    const reviewPages = app.github.requests.filter((r) => r.path === "/repos/acme/web/pulls/7/reviews");
    expect(reviewPages).toHaveLength(31);
  }, 30000);
});

describe("one exact head commit is evaluated (point 8)", () => {
  it("starts over when a push lands while the files are listed, and judges the new head by its own files", async () => {
    addPr(sandboxChange);
    let pushed = false;
    app.github.beforeReply = (request) => {
      if (!pushed && request.path === "/repos/acme/web/pulls/7/files") {
        pushed = true;
        app.github.push(7, AUTHOR, NEXT_SHA, paymentsChange);
      }
    };

    await app.receive("pull_request", pullRequestEvent("opened"));

    // No verdict computed from the new files lands on the old commit; the new head gets its own.
    expect(app.github.checkRuns().map((r) => r.head_sha)).toEqual([NEXT_SHA]);
    expect(checkOn(NEXT_SHA).output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    expect(app.github.labelsOf(7)).toEqual(["risk:high"]);
  });

  it("fails closed on the latest head after three reads in a row saw a different head", async () => {
    addPr(sandboxChange);
    let n = 0;
    app.github.beforeReply = (request) => {
      if (request.path === "/repos/acme/web/pulls/7/files") app.github.push(7, AUTHOR, (++n).toString(16).padStart(40, "d"), sandboxChange);
    };

    await app.receive("pull_request", pullRequestEvent("opened"));

    const runs = app.github.checkRuns();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ head_sha: "3".padStart(40, "d"), conclusion: "failure" });
    expect(runs[0].output.title).toBe("Blast Radius could not read one head commit: the pull request kept changing");
    expect(n).toBe(3);
    expect(app.github.labelsOf(7)).toEqual([]);
  });
});

describe("the pusher of the head commit cannot approve it (point 9)", () => {
  it("does not count the approval of a senior who pushed onto a colleague's PR, and says why", async () => {
    addPr(paymentsChange);
    app.github.push(7, "alice", NEXT_SHA);
    app.github.addReview(7, { user: "alice", state: "APPROVED", commit_id: NEXT_SHA });

    await app.receive("pull_request_review", reviewEvent("submitted", "alice", "approved", NEXT_SHA));

    const check = checkOn(NEXT_SHA);
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    expect(check.output.summary).toContain("Not counted: @alice pushed the latest commit, and a push needs someone else's approval.");
  });

  it("counts another senior's approval of that push", async () => {
    addPr(paymentsChange);
    app.github.push(7, "alice", NEXT_SHA);
    app.github.addReview(7, { user: "alice", state: "APPROVED", commit_id: NEXT_SHA });
    app.github.addReview(7, { user: "bob", state: "APPROVED", commit_id: NEXT_SHA });

    await app.receive("pull_request_review", reviewEvent("submitted", "bob", "approved", NEXT_SHA));

    const check = checkOn(NEXT_SHA);
    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe("High risk: approved by @bob");
  });
});

describe("an override covers only the commit it was given for (point 6)", () => {
  it("stops overriding after a later push, says a new override is needed, and overrides again when re-applied", async () => {
    addPr(paymentsChange);
    app.github.addLabelEvent(7, OVERRIDE, "sre-sam");
    await app.receive("pull_request", pullRequestEvent("labeled", { label: OVERRIDE, sender: { login: "sre-sam" } }));
    expect(checkOn(HEAD_SHA)).toMatchObject({ conclusion: "success", output: expect.objectContaining({ title: "High risk: overridden by @sre-sam with blast-radius:override" }) });

    // The author pushes more (here: a policy edit) under the override.
    app.github.push(7, AUTHOR, NEXT_SHA, [...paymentsChange, { filename: POLICY_PATH, additions: 1, deletions: 9 }]);
    await app.receive("pull_request", pullRequestEvent("synchronize", { head: NEXT_SHA }));

    const after = checkOn(NEXT_SHA);
    expect(after.conclusion).toBe("failure");
    expect(after.output.title).toBe("Critical risk: needs 2 approvals from @acme/seniors or @cto-login");
    expect(after.output.summary).toContain(
      "**Override not for this commit:** `blast-radius:override` (applied by @sre-sam) was applied before the latest push. An override covers only the commit it was given for",
    );

    // The SRE looks at the new head and overrides it again.
    app.github.removeLabelAs(7, OVERRIDE, "sre-sam");
    app.github.addLabelEvent(7, OVERRIDE, "sre-sam");
    await app.receive("pull_request", pullRequestEvent("labeled", { label: OVERRIDE, sender: { login: "sre-sam" }, head: NEXT_SHA }));
    expect(checkOn(NEXT_SHA).output.title).toBe("Critical risk: overridden by @sre-sam with blast-radius:override");
  });
});

describe("label changes by bots (point 10)", () => {
  it("re-evaluates when a bot removes the override label, so the check stops passing", async () => {
    addPr(paymentsChange);
    app.github.addLabelEvent(7, OVERRIDE, "sre-sam");
    await app.receive("pull_request", pullRequestEvent("labeled", { label: OVERRIDE, sender: { login: "sre-sam" } }));
    expect(checkOn(HEAD_SHA).conclusion).toBe("success");

    app.github.removeLabelAs(7, OVERRIDE, "cleanup[bot]");
    await app.receive("pull_request", pullRequestEvent("unlabeled", { label: OVERRIDE, sender: { login: "cleanup[bot]", type: "Bot" } }));

    expect(checkOn(HEAD_SHA)).toMatchObject({ conclusion: "failure", output: expect.objectContaining({ title: "High risk: needs 1 approval from @acme/seniors" }) });
  });

  it("ignores its own label writes without reading anything about the PR", async () => {
    addPr(paymentsChange);
    await app.receive("pull_request", pullRequestEvent("labeled", { label: "risk:high", sender: { login: "blast-radius[bot]", type: "Bot" } }));
    await app.receive("pull_request", pullRequestEvent("labeled", { label: "risk:high", sender: { login: "blast-radius[bot]", type: "Bot" } }));
    // Only "who am I" (once per process), nothing about the pull request.
    expect(app.github.requests.map((r) => `${r.method} ${r.path}`).filter((r) => !r.includes("access_tokens"))).toEqual(["GET /app"]);
  });
});

describe("GitHub's 3,000-file cap (point 11)", () => {
  it("treats exactly 3,000 listed files as possibly truncated, even when changed_files agrees", async () => {
    addPr(Array.from({ length: 3000 }, (_, i) => ({ filename: `sandbox/f${i}.txt`, additions: 0, deletions: 0 })));

    await app.receive("pull_request", pullRequestEvent("opened"));

    const check = checkOn(HEAD_SHA);
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("Critical risk: needs 2 approvals from @acme/seniors or @cto-login");
    expect(check.output.summary).toContain("GitHub listed 3000 changed files, as many as it lists, so there may be more");
    expect(app.github.labelsOf(7)).toEqual(["risk:critical"]);
  });
});

describe("requests per event", () => {
  // Before issue 8: 8 and 7. The file list names its commit, so the PR is read again only when it
  // does not (point 8); who pushed the head (points 6 and 9) costs one request, only when an
  // approval or the override could count.
  it("a first low-risk PR costs 8 requests (2 of them style the labels, once per process); an approval 8; an override on top 10", async () => {
    addPr(sandboxChange);
    await app.receive("pull_request", pullRequestEvent("opened"));
    const count = () => app.github.requests.filter((r) => !r.path.includes("access_tokens")).length;
    expect(checkOn(HEAD_SHA).conclusion).toBe("success");
    expect(count()).toBe(8);

    addPr(paymentsChange, { labels: ["risk:high"] });
    app.github.addReview(7, { user: "alice", state: "APPROVED", commit_id: HEAD_SHA });
    app.github.clearRequests();
    await app.receive("pull_request_review", reviewEvent("submitted", "alice", "approved"));
    expect(checkOn(HEAD_SHA).output.title).toBe("High risk: approved by @alice");
    expect(count()).toBe(8);

    // The override applied on top (before issue 8: 9): also the label's events, the SRE's
    // membership, and who pushed the head, when.
    app.github.addLabelEvent(7, OVERRIDE, "sre-sam");
    app.github.clearRequests();
    await app.receive("pull_request", pullRequestEvent("labeled", { label: OVERRIDE, sender: { login: "sre-sam" } }));
    expect(checkOn(HEAD_SHA).output.title).toBe("High risk: overridden by @sre-sam with blast-radius:override");
    expect(count()).toBe(10);
  });
});

describe("when GitHub does not say who pushed the head commit", () => {
  // A fork the app cannot read: the repository activity of acme/web says nothing about it.
  const fromFork = { head: { sha: HEAD_SHA, ref: "feature", repoFullName: "outsider/web" } };

  it("counts no approval, and says why", async () => {
    addPr(paymentsChange, fromFork);
    app.github.addReview(7, { user: "alice", state: "APPROVED", commit_id: HEAD_SHA });

    await app.receive("pull_request_review", reviewEvent("submitted", "alice", "approved"));

    const check = checkOn(HEAD_SHA);
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain("Not counted: @alice cannot be told apart from whoever pushed the latest commit (GitHub does not say who did).");
  });

  it("does not let an override cover a head commit it cannot be shown to postdate", async () => {
    addPr(paymentsChange, fromFork);
    app.github.addLabelEvent(7, OVERRIDE, "sre-sam");

    await app.receive("pull_request", pullRequestEvent("labeled", { label: OVERRIDE, sender: { login: "sre-sam" } }));

    const check = checkOn(HEAD_SHA);
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain("**Override not for this commit:** `blast-radius:override` (applied by @sre-sam) cannot be shown to postdate the latest push");
  });
});
