/** The check's verdict and its one-line title: what people see on the pull request. */
import { describe, expect, it } from "@jest/globals";
import { evaluateApprovals, type Membership, type Review } from "../../src/engine/approvals.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { gate } from "../../src/engine/gate.js";
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
    expect(gate(high, null, null)).toEqual({ passing: false, state: "blocked", title: "High risk: needs 1 approval from @acme/seniors" });
  });

  it("counts down the approvals still needed and lists every allowed approver", async () => {
    const status = await evaluateApprovals(critical.approvals!, [approve("sam", 1)], context);
    expect(gate(critical, status, null)).toEqual({ passing: false, state: "blocked", title: "Critical risk: needs 1 more approval from @acme/seniors or @cto" });
  });

  it("passes once approved, naming the approvers", async () => {
    const status = await evaluateApprovals(high.approvals!, [approve("sam", 1)], context);
    expect(gate(high, status, null)).toEqual({ passing: true, state: "approved", title: "High risk: approved by @sam" });
  });

  it("blocks, saying the token cannot read team membership, when an approval's membership is unknown", async () => {
    const status = await evaluateApprovals({ count: 1, from: ["@acme/oncall"], source: "tier high" }, [approve("sam", 1)], context);
    expect(gate(high, status, null)).toEqual({
      passing: false,
      state: "blocked",
      title: "High risk: needs 1 approval from @acme/oncall (cannot tell whether @sam is in @acme/oncall: the token cannot read team membership)",
    });
  });

  it("passes in report mode, but still says what is missing", () => {
    const report = evaluate(compiled(`${POLICY}mode: report\n`), { files: [file(".github/CODEOWNERS")] });
    expect(gate(report, null, null)).toEqual({ passing: true, state: "report", title: "High risk: needs 1 approval from @acme/seniors (report only, not blocking)" });
  });

  it("passes when the override label was applied by someone allowed to", () => {
    const result = gate(high, null, { label: "emergency", appliedBy: "oncall-olga", allowed: true });
    expect(result).toEqual({ passing: true, state: "overridden", title: "High risk: overridden by @oncall-olga with emergency" });
  });

  it("ignores an override label applied by someone not allowed to", () => {
    expect(gate(high, null, { label: "emergency", appliedBy: "mallory", allowed: false }).passing).toBe(false);
  });

  it("passes a tier that needs no approval", () => {
    const medium = evaluate(compiled(POLICY), { files: [file("src/a.ts")] });
    expect(gate(medium, null, null)).toEqual({ passing: true, state: "passed", title: "Medium risk: no approval needed" });
  });

  it("marks sandboxed PRs and asks for the sandbox's approvers", () => {
    const sandboxed = evaluate(compiled(POLICY), { files: [file("playground/a.ts")] });
    expect(gate(sandboxed, null, null).title).toBe("Low risk (sandboxed): needs 1 approval from @max");
  });
});
