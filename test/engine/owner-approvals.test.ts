/** Issue 10 point 4: code owners as approvers, on top of the tier's count and from. */
import { describe, expect, it } from "@jest/globals";
import { evaluateApprovals, type IsTeamMember, type Review } from "../../src/engine/approvals.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { gate } from "../../src/engine/gate.js";
import type { ChangedFile, CodeOwnersFile } from "../../src/engine/types.js";
import { decisionReport } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import { compiled, file } from "./helpers.js";

const policy = compiled(`
version: 1
rules:
  - { name: docs, paths: ["docs/**"], tier: low }
targets:
  - { name: payments, paths: ["services/payments/**"], environment: production, tier: high }
  - { name: web, paths: ["services/web/**"], environment: production, tier: high }
approvals:
  medium: { count: 1 }
  high: { count: 1, from: ["@acme/seniors"], code_owners: true }
`);

const CODEOWNERS: CodeOwnersFile = {
  path: ".github/CODEOWNERS",
  text: [
    "# owners",
    "*                      @acme/platform",
    "/services/payments/    @acme/payments",
    "/services/web/         @carol dev@acme.example",
    "/services/web/legacy/",
    "/docs/                 @acme/writers",
  ].join("\n"),
};
const HEAD = "h".repeat(40);
const approve = (login: string, id: number): Review => ({ login, state: "APPROVED", commitId: HEAD, isBot: false, id });
const TEAMS: Record<string, string[]> = { "acme/seniors": ["alice", "bob"], "acme/payments": ["pat", "bob"], "acme/platform": ["paula"] };
const isTeamMember: IsTeamMember = async (team, login) => (TEAMS[team]?.includes(login) ? "member" : "not a member");

const decide = (files: ChangedFile[], codeOwners: CodeOwnersFile | null | undefined = CODEOWNERS) => evaluate(policy, { files, codeOwners });
async function approval(files: ChangedFile[], reviews: Review[]) {
  const d = decide(files);
  const status = await evaluateApprovals(d.approvals!, reviews, { headSha: HEAD, author: "author", isTeamMember });
  return { d, status, gate: gate(d, status, null) };
}

describe("code_owners: true", () => {
  const change = [file("services/payments/charge.ts"), file("services/web/page.tsx"), file("services/web/legacy/old.js"), file("docs/guide.md")];

  it("groups the files at the tier or above by their owners (last matching line wins; an owner-less line unowns)", () => {
    const need = decide(change).approvals!.codeOwners!;
    expect(need).toEqual({
      source: ".github/CODEOWNERS",
      tier: "high",
      groups: [
        { owners: ["@acme/payments"], files: ["services/payments/charge.ts"], lines: [3] },
        { owners: ["@carol", "dev@acme.example"], files: ["services/web/page.tsx"], lines: [4] },
      ],
      unowned: ["services/web/legacy/old.js"],
      problems: [],
    });
  });

  it("needs an owner of each group on top of count/from; a senior who owns one group covers both", async () => {
    const none = await approval(change, [approve("alice", 1)]);
    expect(none.status.met).toBe(false);
    expect(none.gate.title).toBe("High risk: needs a code owner's approval from @acme/payments and from @carol or dev@acme.example");

    // bob is a senior and in @acme/payments; carol owns web
    const done = await approval(change, [approve("bob", 1), approve("carol", 2)]);
    expect(done.status.met).toBe(true);
    expect(done.status.codeOwners!.map((g) => g.approvedBy)).toEqual([["bob"], ["carol"]]);
    expect(done.gate.title).toBe("High risk: approved by @bob, @carol");
  });

  it("owners alone do not meet count/from", async () => {
    const r = await approval(change, [approve("pat", 1), approve("carol", 2)]);
    expect(r.status.met).toBe(false);
    expect(r.gate.title).toBe("High risk: needs 1 approval from @acme/seniors");
  });

  it("an approval on an earlier commit or by the author does not count as an owner's", async () => {
    const stale: Review = { ...approve("pat", 1), commitId: "o".repeat(40) };
    const r = await approval([file("services/payments/charge.ts")], [stale, approve("alice", 2)]);
    expect(r.status.codeOwners![0].approvedBy).toEqual([]);
    expect(r.status.met).toBe(false);
  });

  it("the summary lists each group, its files and whether it approved, the unowned files, and that e-mails cannot be matched", async () => {
    const r = await approval(change, [approve("bob", 1)]);
    const md = renderMarkdown(r.d, { approval: r.status, gate: r.gate });
    expect(md).toContain("**Code owners** (files at high or above, from `.github/CODEOWNERS`)");
    expect(md).toContain("  - @acme/payments: approved by @bob — 1 file: `services/payments/charge.ts`");
    expect(md).toContain("  - @carol or dev@acme.example: not approved yet (dev@acme.example: an e-mail owner cannot be matched to a GitHub login, so only the other owners can approve) — 1 file: `services/web/page.tsx`");
    expect(md).toContain("  - No code owner (1 file at high or above): `services/web/legacy/old.js`");
    expect(renderText(r.d)).toContain("  @acme/payments: needs one of them — 1 file: services/payments/charge.ts");
    expect(JSON.parse(JSON.stringify(decisionReport(r.d, { approval: r.status }))).approval.codeOwners[1]).toMatchObject({ owners: ["@carol", "dev@acme.example"], approvedBy: [] });
  });

  it("a group owned only by e-mail addresses cannot be approved, and says why", async () => {
    const d = decide([file("services/payments/a.ts")], { path: "CODEOWNERS", text: "/services/ pay@acme.example\n" });
    const status = await evaluateApprovals(d.approvals!, [approve("bob", 1), approve("pat", 2)], { headSha: HEAD, author: "author", isTeamMember });
    expect(status.met).toBe(false);
    expect(status.codeOwners![0]).toMatchObject({ emailOwners: ["pay@acme.example"], approvedBy: [] });
    expect(renderMarkdown(d, { approval: status })).toContain("an e-mail owner cannot be matched to a GitHub login");
  });

  it("a team owner whose membership the token cannot read is not counted, and is named", async () => {
    const unknown: IsTeamMember = async (team) => (team === "acme/seniors" ? "member" : "unknown");
    const d = decide([file("services/payments/a.ts")]);
    const status = await evaluateApprovals(d.approvals!, [approve("bob", 1)], { headSha: HEAD, author: "author", isTeamMember: unknown });
    expect(status.met).toBe(false);
    expect(status.codeOwners![0].unknown).toEqual([{ login: "bob", teams: ["acme/payments"] }]);
    expect(renderMarkdown(d, { approval: status })).toContain("@acme/payments: not approved yet (cannot tell whether @bob is in @acme/payments: the token cannot read team membership)");
  });

  it("does not apply to tiers without it: a medium change needs only its count", () => {
    expect(decide([file("src/x.ts")]).approvals).toEqual({ count: 1, source: "tier medium" });
  });

  it("an escalation above every file: the owners of the files at the highest file tier", () => {
    const p = compiled(`
version: 1
targets: [{ name: payments, paths: ["services/payments/**"], environment: production, tier: high }]
escalate: [{ when: { changed_files_over: 1 }, tier: critical }]
approvals: { critical: { count: 0, code_owners: true } }
`);
    const d = evaluate(p, { files: [file("services/payments/a.ts"), file("README.md")], codeOwners: CODEOWNERS });
    expect(d.tier).toBe("critical");
    expect(d.approvals!.codeOwners).toMatchObject({ tier: "high", groups: [{ owners: ["@acme/payments"], files: ["services/payments/a.ts"] }] });
  });

  it("fails closed: unparseable CODEOWNERS names its line; a missing one says where it looked", async () => {
    const broken = decide(change, { path: "CODEOWNERS", text: "*.js @acme/web\n!docs/ @acme/writers\n" });
    expect(broken.approvals!.codeOwners!.problems).toEqual(["CODEOWNERS:2:1: \"!docs/\": negation with '!' does not work in CODEOWNERS"]);
    const status = await evaluateApprovals(broken.approvals!, [approve("alice", 1)], { headSha: HEAD, author: "author", isTeamMember });
    expect(status.met).toBe(false);
    expect(gate(broken, status, null).passing).toBe(false);
    expect(decide(change, null).approvals!.codeOwners!.problems).toEqual(["no CODEOWNERS file was found (looked in .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS)"]);
  });
});
