/**
 * The Probot app, event by event, with GitHub's API intercepted by nock: what the app sends to
 * GitHub (labels, the check run, review requests) is what a person sees on the pull request.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import nock from "nock";
import type { Probot } from "probot";
import { AUTHOR, HEAD_SHA, OLD_SHA, pullRequestEvent, pushEvent, reviewEvent, checkRunRerequestedEvent } from "../support/payloads.js";
import { file, GitHubMock, newProbot, receive } from "./nock-github.js";
import { BROKEN_POLICY, POLICY, REPORT_POLICY } from "./policy-fixtures.js";

const CHECK = "blast-radius: main";
let probot: Probot;

beforeEach(async () => {
  nock.disableNetConnect();
  probot = await newProbot();
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

/** A PR event's reads, in one line: the PR, the base branch policy, the files, the existing check. */
function reads(mock: GitHubMock, files: ReturnType<typeof file>[], options: { policy?: string | null; labels?: string[]; base?: string; changedFiles?: number; draft?: boolean; requestedTeams?: string[] } = {}) {
  const base = options.base ?? "main";
  return mock
    .token()
    .pullRequest({ labels: options.labels, base, changedFiles: options.changedFiles ?? files.length, draft: options.draft, requestedTeams: options.requestedTeams })
    .policy(options.policy === undefined ? POLICY : options.policy, base)
    .files(files)
    .existingChecks(`blast-radius: ${base}`);
}

describe("pull_request.opened", () => {
  it("passes a sandboxed low-risk change without review and labels it risk:low + sandbox", async () => {
    const mock = reads(new GitHubMock(), [file("sandbox/game.js", 40, 2), file("sandbox/README.md", 3, 0)]).expectLabelsAdded().expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:low", "sandbox"] }]);
    const [check] = mock.recorded.checkCreated;
    expect(check).toMatchObject({ name: CHECK, head_sha: HEAD_SHA, status: "completed", conclusion: "success" });
    expect(check.output.title).toBe("Low risk (sandboxed): no approval needed");
    expect(check.output.summary).toContain("sandbox **playground**");
    expect(mock.recorded.reviewRequests).toEqual([]);
    expect(mock.requests.length).toBeLessThanOrEqual(8);
  });

  it("blocks a production change, explains why, and requests the seniors once", async () => {
    const mock = reads(new GitHubMock(), [file("services/payments/charge.ts", 20, 5), file("docs/payments.md")])
      .reviews([])
      .expectLabelsAdded(false)
      .expectLabelStyled("risk:high")
      .expectCheckCreated()
      .expectReviewRequest();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:high"] }]);
    expect(mock.recorded.labelPatches).toEqual([{ color: "d93f0b", description: "Blast Radius: high risk" }]);
    const [check] = mock.recorded.checkCreated;
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    expect(check.output.summary).toContain("| `services/payments/charge.ts` | high | target **payments-api** → production |");
    expect(check.output.summary).toContain("| payments-api | production | high |");
    expect(check.output.summary).toContain("**Approved by:** nobody yet");
    expect(mock.recorded.reviewRequests).toEqual([{ team_reviewers: ["seniors"] }]);
    // first event in a repo: the label is styled once on top of the usual budget
    expect(mock.requests.length).toBeLessThanOrEqual(9);
  });

  it("does not request reviews on a draft", async () => {
    const mock = reads(new GitHubMock(), [file("services/payments/charge.ts")], { draft: true }).reviews([]).expectLabelsAdded().expectCheckCreated();
    await receive(probot, "pull_request", pullRequestEvent("opened", { draft: true }));
    expect(mock.recorded.checkCreated[0].conclusion).toBe("failure");
    expect(mock.recorded.reviewRequests).toEqual([]);
  });

  it("never lets the PR that edits the policy loosen it: the policy comes from the base branch and the PR is critical", async () => {
    const mock = reads(new GitHubMock(), [file(".github/blast-radius.yml", 1, 30)]).reviews([]).expectLabelsAdded().expectCheckCreated().expectReviewRequest();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    const [check] = mock.recorded.checkCreated;
    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:critical"] }]);
    expect(check.output.title).toBe("Critical risk: needs 2 approvals from @acme/seniors or @cto-login");
    expect(check.output.summary).toContain("policy file changed");
    expect(mock.recorded.reviewRequests).toEqual([{ reviewers: ["cto-login"], team_reviewers: ["seniors"] }]);
  });

  it("fails closed when GitHub lists fewer files than the PR has", async () => {
    const listed = Array.from({ length: 3000 }, (_, i) => file(`sandbox/f${i}.txt`, 0, 0));
    const mock = reads(new GitHubMock(), listed, { changedFiles: 3500 }).reviews([]).expectLabelsAdded().expectCheckCreated().expectReviewRequest();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    const [check] = mock.recorded.checkCreated;
    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:critical"] }]);
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain("GitHub listed 3000 of 3500 changed files");
    expect(check.output.summary.length).toBeLessThanOrEqual(65535);
    expect(mock.requests.filter((r) => r.includes("/files")).length).toBe(30);
    expect(mock.requests.length).toBeLessThanOrEqual(40);
  });

  it("replaces its own stale label but keeps labels people added", async () => {
    const mock = reads(new GitHubMock(), [file("services/payments/charge.ts")], { labels: ["risk:low", "bug", "sandbox"] })
      .reviews([])
      .expectLabelsAdded()
      .expectLabelRemoved("risk:low")
      .expectLabelRemoved("sandbox")
      .expectCheckCreated()
      .expectReviewRequest();

    await receive(probot, "pull_request", pullRequestEvent("synchronize"));

    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:high"] }]);
    expect(mock.recorded.labelsRemoved.sort()).toEqual(["risk:low", "sandbox"]);
  });

  it("fails the check with the located validation message when the policy is broken, and writes nothing else", async () => {
    const mock = reads(new GitHubMock(), [file("api/x.ts")], { policy: BROKEN_POLICY }).expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    const [check] = mock.recorded.checkCreated;
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("Blast Radius policy is invalid (1 problem)");
    expect(check.output.summary).toContain('.github/blast-radius.yml:8:11: rules[1].tier: unknown tier "hgh" (tiers are low, medium, high, critical); did you mean "high"?');
    expect(mock.recorded.labelsAdded).toEqual([]);
  });

  it("in report mode labels and explains but passes, and requests nobody", async () => {
    const mock = reads(new GitHubMock(), [file("services/payments/charge.ts")], { policy: REPORT_POLICY }).reviews([]).expectLabelsAdded().expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    const [check] = mock.recorded.checkCreated;
    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors (report only, not blocking)");
    expect(mock.recorded.reviewRequests).toEqual([]);
  });

  it("uses the built-in default policy in report mode when no policy exists", async () => {
    const mock = reads(new GitHubMock(), [file("infra/main.tf")], { policy: null }).reviews([]).expectLabelsAdded().expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    const [check] = mock.recorded.checkCreated;
    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:high"] }]);
    expect(check.conclusion).toBe("success");
    expect(check.output.summary).toContain("Policy: built-in default policy");
  });

  it("leaves a failing check naming the reason when GitHub errors", async () => {
    const mock = new GitHubMock().token().pullRequest({ changedFiles: 1 }).policy(POLICY).existingChecks(CHECK).expectCheckCreated();
    mock.api.get("/repos/acme/web/pulls/7/files").query(true).reply(500, { message: "Server Error" });

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    const [check] = mock.recorded.checkCreated;
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("Blast Radius could not read the policy and the changed files from GitHub");
    expect(check.output.summary).toContain("HTTP 500: Server Error");
  });
});

describe("policy inheritance through Probot's config loader", () => {
  const ORG_POLICY = POLICY.replace('high: { count: 1, from: ["@acme/seniors"] }', 'high: { count: 2, from: ["@acme/platform"] }');

  it("uses the organisation's .github repository when the repo has no policy", async () => {
    const mock = new GitHubMock().token().pullRequest({ changedFiles: 1 }).files([file("services/payments/charge.ts")]).existingChecks(CHECK);
    mock.api.get("/repos/acme/web/contents/.github%2Fblast-radius.yml").query({ ref: "refs/heads/main" }).reply(404, { message: "Not Found" });
    mock.api.get("/repos/acme/.github/contents/.github%2Fblast-radius.yml").reply(200, ORG_POLICY, { "content-type": "text/plain; charset=utf-8" });
    mock.reviews([]).expectLabelsAdded().expectCheckCreated().expectReviewRequest();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    const [check] = mock.recorded.checkCreated;
    expect(check.output.title).toBe("High risk: needs 2 approvals from @acme/platform");
    expect(check.output.summary).toContain("Policy: acme/.github:.github/blast-radius.yml");
  });

  it("follows _extends, with the repository's own keys winning", async () => {
    const own = `_extends: .github\nversion: 1\nsandboxes:\n  - name: games\n    paths: ["games/**"]\n`;
    const mock = new GitHubMock().token().pullRequest({ changedFiles: 2 }).policy(own).files([file("games/snake.js"), file("services/payments/charge.ts")]).existingChecks(CHECK);
    mock.api.get("/repos/acme/.github/contents/.github%2Fblast-radius.yml").reply(200, ORG_POLICY, { "content-type": "text/plain; charset=utf-8" });
    mock.reviews([]).expectLabelsAdded().expectCheckCreated().expectReviewRequest();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    const [check] = mock.recorded.checkCreated;
    // targets and approvals come from the org policy, sandboxes from the repository's own file
    expect(check.output.title).toBe("High risk: needs 2 approvals from @acme/platform");
    expect(check.output.summary).toContain("sandbox **games**");
    expect(check.output.summary).toContain("Policy: .github/blast-radius.yml on main, extending acme/.github:.github/blast-radius.yml");
  });
});

describe("redelivery", () => {
  it("sends no writes when labels and the check already say the same thing", async () => {
    // First delivery: record what the app wrote.
    const first = reads(new GitHubMock(), [file("sandbox/a.js")]).expectLabelsAdded().expectCheckCreated();
    await receive(probot, "pull_request", pullRequestEvent("opened"));
    const written = first.recorded.checkCreated[0];

    // Redelivery: GitHub now holds that state; nothing needs to change.
    const again = new GitHubMock()
      .token()
      .pullRequest({ labels: ["risk:low", "sandbox"], changedFiles: 1 })
      .policy(POLICY)
      .files([file("sandbox/a.js")])
      .existingChecks(CHECK, [{ id: 9, conclusion: written.conclusion, title: written.output.title, summary: written.output.summary }]);
    probot = await newProbot();
    await receive(probot, "pull_request", pullRequestEvent("opened"));
    expect(again.requests.every((r) => r.startsWith("GET "))).toBe(true);
  });
});

describe("check runs of the same name from elsewhere", () => {
  it("creates its own check instead of touching another app's run with the same name", async () => {
    probot = await newProbot({ appId: 1 });
    const mock = new GitHubMock()
      .token()
      .pullRequest({ changedFiles: 1 })
      .policy(POLICY)
      .files([file("sandbox/a.js")])
      .existingChecks(CHECK, [{ id: 77, conclusion: "success", title: "Low risk (sandboxed): no approval needed", summary: "from the Action", appId: 15368 }])
      .expectLabelsAdded()
      .expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    expect(mock.recorded.checkCreated).toHaveLength(1);
    expect(mock.recorded.checkUpdated).toEqual([]);
  });
});

describe("concurrent deliveries", () => {
  it("two events for the same PR at once create one check run and add the label once", async () => {
    const mock = new GitHubMock().token();
    // Both events read the PR; they are handled one after the other, so the second sees the first's writes.
    mock.pullRequest({ changedFiles: 1 }).policy(POLICY).files([file("sandbox/a.js")]).existingChecks(CHECK).expectLabelsAdded().expectCheckCreated();
    mock.pullRequest({ changedFiles: 1, labels: ["risk:low", "sandbox"] }).policy(POLICY).files([file("sandbox/a.js")]);
    mock.api
      .get(`/repos/acme/web/commits/${HEAD_SHA}/check-runs`)
      .query(true)
      .reply(200, () => ({ total_count: 1, check_runs: [{ id: 555, name: CHECK, status: "completed", conclusion: "success", output: mock.recorded.checkCreated[0].output, app: { id: 1 } }] }));

    await Promise.all([receive(probot, "pull_request", pullRequestEvent("opened")), receive(probot, "pull_request", pullRequestEvent("synchronize"))]);

    expect(mock.recorded.checkCreated).toHaveLength(1);
    expect(mock.recorded.checkUpdated).toHaveLength(0);
    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:low", "sandbox"] }]);
  });
});

describe("pull_request_review", () => {
  const highRisk = () => reads(new GitHubMock(), [file("services/payments/charge.ts")], { requestedTeams: ["seniors"] });

  it("does not count approvals by the author, a non-member, a bot, or on an earlier commit", async () => {
    const mock = highRisk()
      .reviews([
        { login: AUTHOR, state: "APPROVED" },
        { login: "outsider", state: "APPROVED" },
        { login: "dependabot[bot]", state: "APPROVED", bot: true },
        { login: "alice", state: "APPROVED", commit: OLD_SHA },
      ])
      .teamMember("acme/seniors", "outsider", false)
      .headPushedBy(AUTHOR)
      .expectLabelsAdded()
      .expectCheckCreated();

    await receive(probot, "pull_request_review", reviewEvent("submitted", "outsider", "approved"));

    const [check] = mock.recorded.checkCreated;
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("High risk: needs 1 approval from @acme/seniors");
    expect(check.output.summary).toContain(`Not counted: @${AUTHOR} is the author.`);
    expect(check.output.summary).toContain("Not counted: @outsider is not in @acme/seniors.");
    expect(check.output.summary).toContain("Not counted: @dependabot[bot] is a bot.");
    expect(check.output.summary).toContain("Not counted: @alice approved an earlier commit (0000000).");
    // seniors were already requested, and alice's stale approval does not stop a re-request of the team
    expect(mock.recorded.reviewRequests).toEqual([]);
  });

  it("unblocks when a member of the listed team approves the head commit", async () => {
    const mock = reads(new GitHubMock(), [file("services/payments/charge.ts")], { labels: ["risk:high"], requestedTeams: [] })
      .reviews([{ login: "alice", state: "APPROVED" }])
      .teamMember("acme/seniors", "alice", true)
      .headPushedBy(AUTHOR)
      .expectCheckCreated();

    await receive(probot, "pull_request_review", reviewEvent("submitted", "alice", "approved"));

    const [check] = mock.recorded.checkCreated;
    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe("High risk: approved by @alice");
    expect(check.output.summary).toContain("**Approved by:** @alice.");
    expect(mock.recorded.labelsAdded).toEqual([]);
    expect(mock.recorded.reviewRequests).toEqual([]);
  });
});

describe("retarget", () => {
  it("re-evaluates against the new base branch's policy under a check named for that branch", async () => {
    // payments-api only ships from main, so on release/1.x the same change is medium risk.
    const mock = reads(new GitHubMock(), [file("services/payments/charge.ts")], { base: "release/1.x", labels: ["risk:high"] })
      .reviews([])
      .expectLabelsAdded()
      .expectLabelRemoved("risk:high")
      .expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("edited", { base: "release/1.x", changes: { base: { ref: { from: "main" }, sha: { from: OLD_SHA } } } }));

    expect(mock.recorded.checkCreated[0].name).toBe("blast-radius: release/1.x");
    expect(mock.recorded.checkCreated[0].output.title).toBe("Medium risk: needs 1 approval");
    expect(mock.recorded.labelsAdded).toEqual([{ labels: ["risk:medium"] }]);
  });

  it("ignores an edit that only changes the title", async () => {
    const mock = new GitHubMock();
    await receive(probot, "pull_request", pullRequestEvent("edited", { changes: { title: { from: "old" } } }));
    expect(mock.requests).toEqual([]);
  });
});

describe("override", () => {
  it("passes when someone in override.by applied the label, and records it", async () => {
    const mock = reads(new GitHubMock(), [file("services/payments/charge.ts")], { labels: ["risk:high", "blast-radius:override"] })
      .reviews([])
      .labelEvents([{ label: "blast-radius:override", actor: "sre-sam" }])
      .teamMember("acme/sre-leads", "sre-sam", true)
      .headPushedBy(AUTHOR)
      .expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("labeled", { label: "blast-radius:override", sender: { login: "sre-sam" } }));

    const [check] = mock.recorded.checkCreated;
    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe("High risk: overridden by @sre-sam with blast-radius:override");
    expect(check.output.summary).toContain("**Override:** @sre-sam applied `blast-radius:override`");
    expect(mock.recorded.reviewRequests).toEqual([]);
  });

  it("ignores the label when someone not allowed applied it, and says who tried", async () => {
    const mock = reads(new GitHubMock(), [file("services/payments/charge.ts")], { labels: ["risk:high", "blast-radius:override"], requestedTeams: ["seniors"] })
      .reviews([])
      .labelEvents([{ label: "blast-radius:override", actor: AUTHOR }])
      .teamMember("acme/sre-leads", AUTHOR, false)
      .headPushedBy(AUTHOR)
      .expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("labeled", { label: "blast-radius:override", sender: { login: AUTHOR } }));

    const [check] = mock.recorded.checkCreated;
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain(`**Override ignored:** @${AUTHOR} applied \`blast-radius:override\` but is not allowed to`);
  });

  it("ignores its own label writes and labels that do not matter", async () => {
    const mock = new GitHubMock().app().token().pullRequest({ changedFiles: 1 }).policy(POLICY);
    await receive(probot, "pull_request", pullRequestEvent("labeled", { label: "risk:high", sender: { login: "blast-radius[bot]", type: "Bot" } }));
    await receive(probot, "pull_request", pullRequestEvent("labeled", { label: "needs-design", sender: { login: "someone" } }));
    // its own event costs "who am I" (once per process); the person's the PR and the policy, nothing more
    expect(mock.requests.map((r) => r.replace("https://api.github.com:443", "").replace(/\?.*$/, ""))).toEqual([
      "GET /app",
      "GET /repos/acme/web/pulls/7",
      "GET /repos/acme/web/contents/.github%2Fblast-radius.yml",
    ]);
  });
});

describe("re-runs and policy pushes", () => {
  it("re-evaluates when the check's re-run button is pressed", async () => {
    const mock = reads(new GitHubMock(), [file("sandbox/a.js")]).expectLabelsAdded().expectCheckCreated();
    await receive(probot, "check_run", checkRunRerequestedEvent(CHECK));
    expect(mock.recorded.checkCreated[0].conclusion).toBe("success");
  });

  it("ignores re-runs of other checks", async () => {
    const mock = new GitHubMock();
    await receive(probot, "check_run", checkRunRerequestedEvent("build"));
    expect(mock.requests).toEqual([]);
  });

  it("re-evaluates open PRs into a branch whose policy changed", async () => {
    const mock = new GitHubMock().token();
    mock.api.get("/repos/acme/web/pulls").query({ state: "open", base: "main", per_page: "100" }).reply(200, [{ number: 7 }]);
    mock.pullRequest({ changedFiles: 1 }).policy(POLICY).files([file("sandbox/a.js")]).existingChecks(CHECK).expectLabelsAdded().expectCheckCreated();

    await receive(probot, "push", pushEvent("main", [".github/blast-radius.yml"]));

    expect(mock.recorded.checkCreated[0].output.title).toBe("Low risk (sandboxed): no approval needed");
  });

  it("ignores pushes that do not touch the policy", async () => {
    const mock = new GitHubMock();
    await receive(probot, "push", pushEvent("main", ["src/index.ts"]));
    expect(mock.requests).toEqual([]);
  });
});

describe("retries", () => {
  it("retries a transient 5xx and still completes", async () => {
    probot = await newProbot({ retry: true });
    const mock = new GitHubMock().token().pullRequest({ changedFiles: 1 }).policy(POLICY).existingChecks(CHECK);
    mock.api.get("/repos/acme/web/pulls/7/files").query({ per_page: "100", page: "1" }).reply(502, { message: "Bad Gateway" });
    mock.files([file("sandbox/a.js")]).expectLabelsAdded().expectCheckCreated();

    await receive(probot, "pull_request", pullRequestEvent("opened"));

    expect(mock.recorded.checkCreated[0].conclusion).toBe("success");
    expect(mock.requests.filter((r) => r.includes("/files"))).toHaveLength(2);
  });
});
