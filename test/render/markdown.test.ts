/** The check run summary: what it must say, and that it always fits GitHub's 65,535-character limit. */
import { describe, expect, it } from "@jest/globals";
import { evaluateApprovals } from "../../src/engine/approvals.js";
import { compilePolicy, evaluate } from "../../src/engine/evaluate.js";
import { gate } from "../../src/engine/gate.js";
import type { ChangedFile } from "../../src/engine/types.js";
import { loadPolicy } from "../../src/policy/load.js";
import { GITHUB_OUTPUT_LIMIT, renderMarkdown } from "../../src/render/markdown.js";

const POLICY = `
version: 1
rules:
  - { name: docs, paths: ["docs/**"], tier: low }
  - { name: infrastructure, paths: ["infra/**"], tier: critical }
targets:
  - { name: payments-api, paths: ["services/payments/**"], environment: production (eu-west-1), tier: high }
  - { name: web, paths: ["web/**"], environment: staging, tier: medium }
sandboxes:
  - { name: playground, paths: ["playground/**"], max_changed_lines: 10 }
escalate:
  - name: huge change
    when: { changed_files_over: 1000 }
    tier: high
approvals:
  high: { count: 1, from: ["@acme/seniors"] }
  critical: { count: 2, from: ["@acme/seniors", "cto"] }
override: { label: emergency, by: ["@acme/oncall"] }
`;
const loaded = loadPolicy([{ path: ".github/blast-radius.yml", text: POLICY }]);
if (!loaded.ok) throw new Error("test policy is invalid");
const policy = compilePolicy(loaded.policy);
const f = (path: string, extra: Partial<ChangedFile> = {}): ChangedFile => ({ path, status: "modified", additions: 3, deletions: 1, ...extra });

describe("a 3,000-file pull request", () => {
  // the file that makes it critical is listed last, behind thousands of low ones
  const files = [
    ...Array.from({ length: 2996 }, (_, i) => f(`docs/reference/chapter-${Math.floor(i / 100)}/a-rather-long-page-name-number-${i}.md`)),
    f("services/payments/charge.ts"),
    f("web/checkout.tsx"),
    f("playground/big.ts", { additions: 50 }),
    f("infra/prod/main.tf"),
  ];
  const decision = evaluate(policy, { files, totalFiles: 3000 });
  const markdown = renderMarkdown(decision, { gate: gate(decision, null, null), policySource: ".github/blast-radius.yml on main", headSha: "0123456789abcdef" });

  it("is critical", () => {
    expect(decision.tier).toBe("critical");
  });

  it("fits GitHub's limit for check output", () => {
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_OUTPUT_LIMIT);
    expect(markdown).toMatch(/… and \d+ more files \(not shown: the summary is limited to 65535 characters/);
  });

  it("shows the file that set the tier, and why, even though it is listed last", () => {
    expect(markdown).toContain("| `infra/prod/main.tf` | critical | rule **infrastructure** |");
  });

  it("names the deploy targets and their environments", () => {
    expect(markdown).toContain("| payments-api | production (eu-west-1) | high | `services/payments/charge.ts` |");
    expect(markdown).toContain("| web | staging | medium | `web/checkout.tsx` |");
  });

  it("lists escalations that fired", () => {
    expect(markdown).toContain("- **huge change** → high: 3000 changed files (more than 1000)");
  });

  it("says who must approve", () => {
    expect(markdown).toContain("## 🔴 Critical risk: needs 2 approvals from @acme/seniors or @cto");
    expect(markdown).toContain("- **Approval:** 2 approvals from @acme/seniors or @cto on the latest commit (tier critical).");
  });

  it("explains why a sandbox did not count", () => {
    expect(markdown).toContain("- **playground**: 1 file, 51 changed lines (limit 10) — does not count as a sandbox: 51 changed lines is over its limit of 10");
  });

  it("ends with where the policy came from", () => {
    expect(markdown.trimEnd().split("\n").pop()).toContain("Policy: .github/blast-radius.yml on main · mode enforce · commit 0123456");
  });
});

describe("renderMarkdown", () => {
  it("shows approvals so far and those that do not count", async () => {
    const decision = evaluate(policy, { files: [f("services/payments/charge.ts")] });
    const approval = await evaluateApprovals(
      decision.approvals!,
      [
        { login: "alice", state: "APPROVED", commitId: "head", isBot: false, id: 1 },
        { login: "max", state: "APPROVED", commitId: "head", isBot: false, id: 2 },
      ],
      { headSha: "head", author: "alice", isTeamMember: async () => "not a member" },
    );
    const markdown = renderMarkdown(decision, { approval, gate: gate(decision, approval, null) });
    expect(markdown).toContain("- **Approved by:** nobody yet — 1 more needed.");
    expect(markdown).toContain("- Not counted: @alice is the author.");
    expect(markdown).toContain("- Not counted: @max is not in @acme/seniors.");
  });

  it("explains an override and an ignored one", () => {
    const decision = evaluate(policy, { files: [f("infra/a.tf")] });
    const used = renderMarkdown(decision, { override: { label: "emergency", appliedBy: "olga", allowed: true } });
    expect(used).toContain("- **Override:** @olga applied `emergency`; the check passes regardless of approvals.");
    const ignored = renderMarkdown(decision, { override: { label: "emergency", appliedBy: "mallory", allowed: false } });
    expect(ignored).toContain("- **Override ignored:** @mallory applied `emergency` but is not allowed to (see `override.by`).");
  });

  it("says when a membership could not be read, for an override and a team not requested, and names the fixes", () => {
    const decision = evaluate(policy, { files: [f("infra/a.tf")] });
    const markdown = renderMarkdown(decision, {
      override: { label: "emergency", appliedBy: "olga", allowed: false, unknownTeams: ["acme/sre"] },
      reviewRequests: { undecidedTeams: ["@acme/seniors"] },
    });
    expect(markdown).toContain("- **Override not confirmed:** @olga applied `emergency`; see below.");
    expect(markdown).toContain("- **Cannot read team membership:** @olga applied `emergency`, but the token cannot read whether they are in @acme/sre (it lacks Members: read, or no such team exists), so the override is not applied.");
    expect(markdown).toContain("- **Cannot read team membership:** No review was requested from @acme/seniors: the token cannot read whether someone who reviewed this commit is a member.");
    expect(markdown).toContain("actions/create-github-app-token");
    expect(markdown).not.toContain("is not allowed to");
  });

  it("shows a rename as old → new, with the previous path's reason", () => {
    const decision = evaluate(policy, { files: [f("docs/charge.ts", { status: "renamed", previousPath: "services/payments/charge.ts" })] });
    expect(renderMarkdown(decision)).toContain(
      "| `services/payments/charge.ts` → `docs/charge.ts` | high | target **payments-api** → production (eu-west-1) (previous path `services/payments/charge.ts`) (also rule **docs**: low) |",
    );
  });

  it("says when a file falls back to default_tier", () => {
    const decision = evaluate(policy, { files: [f("src/a.ts")] });
    expect(renderMarkdown(decision)).toContain("| `src/a.ts` | medium | no rule matches: `default_tier` |");
  });

  it("says report mode never blocks", () => {
    const report = loadPolicy([{ path: "p.yml", text: `${POLICY}mode: report\n` }]);
    if (!report.ok) throw new Error("invalid");
    const decision = evaluate(compilePolicy(report.policy), { files: [f("src/a.ts")] });
    expect(renderMarkdown(decision)).toContain("- **Mode:** report — this check labels and explains but never blocks.");
  });

  it("escapes table-breaking characters in paths", () => {
    const decision = evaluate(policy, { files: [f("src/a|b.ts")] });
    expect(renderMarkdown(decision)).toContain("| `src/a\\|b.ts` |");
  });

  it("respects a smaller limit, and never splits an emoji", () => {
    const decision = evaluate(policy, { files: Array.from({ length: 200 }, (_, i) => f(`docs/p${i}.md`)) });
    // 5 cuts right inside the heading's emoji
    for (const limit of [2000, 800, 101, 5]) {
      const out = renderMarkdown(decision, {}, limit);
      expect(out.length).toBeLessThanOrEqual(limit);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});
