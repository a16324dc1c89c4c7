/** The check's verdict and its one-line title: what people see on the pull request. */
import { describe, expect, it } from "@jest/globals";
import { evaluateApprovals, type Membership, type Review } from "../../src/engine/approvals.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { decideOverride, gate } from "../../src/engine/gate.js";
import { compiled, file } from "./helpers.js";

const POLICY = `
version: 1
rules:
  - { name: ci, paths: [".github/**"], tier: high }
  - { name: infra, paths: ["infra/**"], tier: critical }
sandboxes:
  - name: playground
    paths: ["playground/**"]
    approvals: { count: 1, from: ["max"] }
approvals:
  high: { count: 1, from: ["@acme/seniors"] }
  critical: { count: 2, from: ["@acme/seniors", "cto"] }
override:
  label: emergency
  by: ["@acme/oncall"]
`;
const HEAD = "1111111111111111111111111111111111111111";
const context = {
  headSha: HEAD,
  author: "alice",
  isTeamMember: async (team: string, login: string): Promise<Membership> => (team === "acme/oncall" ? "unknown" : team === "acme/seniors" && login === "sam" ? "member" : "not a member"),
};
const approve = (login: string, id: number): Review => ({ login, state: "APPROVED", commitId: HEAD, isBot: false, id });

const high = evaluate(compiled(POLICY), { files: [file(".github/CODEOWNERS")] });
const critical = evaluate(compiled(POLICY), { files: [file("infra/main.tf")] });

describe("gate", () => {
  it("blocks a high-risk PR without approvals and says who must approve", () => {
    expect(gate(high, null, null)).toEqual({ passing: false, state: "blocked", title: "High risk: needs 1 approval from @acme/seniors", approved: false, requestReviews: false });
  });

  it("counts down the approvals still needed and lists every allowed approver", async () => {
    const status = await evaluateApprovals(critical.approvals!, [approve("sam", 1)], context);
    expect(gate(critical, status, null)).toEqual({ passing: false, state: "blocked", title: "Critical risk: needs 1 more approval from @acme/seniors or @cto", approved: false, requestReviews: false });
  });

  it("passes once approved, naming the approvers", async () => {
    const status = await evaluateApprovals(high.approvals!, [approve("sam", 1)], context);
    expect(gate(high, status, null)).toEqual({ passing: true, state: "approved", title: "High risk: approved by @sam", approved: true, requestReviews: false });
  });

  it("blocks, saying the token cannot read team membership, when an approval's membership is unknown", async () => {
    const status = await evaluateApprovals({ count: 1, from: ["@acme/oncall"], source: "tier high" }, [approve("sam", 1)], context);
    expect(gate(high, status, null)).toEqual({
      passing: false,
      state: "blocked",
      title: "High risk: needs 1 approval from @acme/oncall (cannot tell whether @sam is in @acme/oncall: the token cannot read team membership)",
      approved: false,
      requestReviews: false,
    });
  });

  it("passes in report mode, but still says what is missing", () => {
    const report = evaluate(compiled(`${POLICY}mode: report\n`), { files: [file(".github/CODEOWNERS")] });
    expect(gate(report, null, null)).toEqual({ passing: true, state: "report", title: "High risk: needs 1 approval from @acme/seniors (report only, not blocking)", approved: false, requestReviews: false });
  });

  it("passes when the override label was applied by someone allowed to", () => {
    const result = gate(high, null, { label: "emergency", appliedBy: "oncall-olga", allowed: true });
    expect(result).toEqual({ passing: true, state: "overridden", title: "High risk: overridden by @oncall-olga with emergency", approved: true, requestReviews: false });
  });

  it("ignores an override label applied by someone not allowed to", () => {
    expect(gate(high, null, { label: "emergency", appliedBy: "mallory", allowed: false }).passing).toBe(false);
  });

  it("passes a tier that needs no approval", () => {
    const medium = evaluate(compiled(POLICY), { files: [file("src/a.ts")] });
    expect(gate(medium, null, null)).toEqual({ passing: true, state: "passed", title: "Medium risk: no approval needed", approved: true, requestReviews: false });
  });

  it("marks sandboxed PRs and asks for the sandbox's approvers", () => {
    const sandboxed = evaluate(compiled(POLICY), { files: [file("playground/a.ts")] });
    expect(gate(sandboxed, null, null).title).toBe("Low risk (sandboxed): needs 1 approval from @max");
  });
});

describe("what follows from the verdict", () => {
  const open = { draft: false, open: true };

  it("requests reviews only for a blocked, open, non-draft pull request in enforce mode", async () => {
    const status = await evaluateApprovals(high.approvals!, [], context);
    expect(gate(high, status, null, open)).toMatchObject({ passing: false, requestReviews: true });
    expect(gate(high, status, null, { draft: true, open: true }).requestReviews).toBe(false);
    expect(gate(high, status, null, { draft: false, open: false }).requestReviews).toBe(false);
    const report = { ...high, mode: "report" as const };
    expect(gate(report, status, null, open)).toMatchObject({ passing: true, approved: false, requestReviews: false });
  });

  it("asks nobody once approved or overridden", async () => {
    const approved = await evaluateApprovals(high.approvals!, [approve("sam", 1)], context);
    expect(gate(high, approved, null, open)).toMatchObject({ approved: true, requestReviews: false });
    const pending = await evaluateApprovals(high.approvals!, [], context);
    const override = { label: "emergency", appliedBy: "oncall-olga", allowed: true };
    expect(gate(high, pending, override, open)).toMatchObject({ approved: true, requestReviews: false });
  });
});

describe("decideOverride", () => {
  const by = ["@acme/seniors"];
  const isTeamMember = context.isTeamMember;

  it("counts an allowed person's label applied after the head commit was pushed", async () => {
    const o = await decideOverride({ label: "emergency", applied: { actor: "sam", at: "2024-01-01T10:05:00Z" }, headPushedAt: "2024-01-01T10:00:00Z", by, isTeamMember });
    expect(o).toEqual({ label: "emergency", appliedBy: "sam", allowed: true });
  });

  it("does not count a label applied before the latest push, nor when the push time is unknown", async () => {
    const before = await decideOverride({ label: "emergency", applied: { actor: "sam", at: "2024-01-01T09:00:00Z" }, headPushedAt: "2024-01-01T10:00:00Z", by, isTeamMember });
    expect(before).toMatchObject({ allowed: false, notForHead: "pushed later" });
    const unknown = await decideOverride({ label: "emergency", applied: { actor: "sam", at: "2024-01-01T09:00:00Z" }, headPushedAt: null, by, isTeamMember });
    expect(unknown).toMatchObject({ allowed: false, notForHead: "push time unknown" });
  });

  it("never counts a bot, and says when membership cannot be read", async () => {
    const bot = await decideOverride({ label: "emergency", applied: { actor: "sam[bot]", at: "2024-01-01T10:05:00Z" }, headPushedAt: "2024-01-01T10:00:00Z", by, isTeamMember });
    expect(bot.allowed).toBe(false);
    const doubt = await decideOverride({ label: "emergency", applied: { actor: "olga", at: "2024-01-01T10:05:00Z" }, headPushedAt: "2024-01-01T10:00:00Z", by: ["@acme/oncall"], isTeamMember });
    expect(doubt).toMatchObject({ allowed: false, unknownTeams: ["acme/oncall"] });
  });
});
