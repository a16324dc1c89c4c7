/** What `blast-radius evaluate` prints, and the JSON report shells pass on. */
import { describe, expect, it } from "@jest/globals";
import { compilePolicy, evaluate } from "../../src/engine/evaluate.js";
import { gate } from "../../src/engine/gate.js";
import { loadPolicy } from "../../src/policy/load.js";
import { decisionReport } from "../../src/render/json.js";
import { renderText } from "../../src/render/text.js";

const POLICY = `
version: 1
rules:
  - { name: docs, paths: ["docs/**"], tier: low }
targets:
  - { name: api, paths: ["services/api/**"], environment: production, tier: high }
sandboxes:
  - { name: playground, paths: ["playground/**"] }
escalate:
  - { when: { changed_files_over: 2 }, tier: medium }
approvals:
  high: { count: 1, from: ["@acme/seniors"] }
`;
const loaded = loadPolicy([{ path: "p.yml", text: POLICY }]);
if (!loaded.ok) throw new Error("test policy is invalid");
const policy = compilePolicy(loaded.policy);

describe("renderText", () => {
  const decision = evaluate(policy, {
    files: [
      { path: "docs/a.md", additions: 1, deletions: 1 },
      { path: "services/api/v2.ts", previousPath: "services/api/v1.ts", status: "renamed", additions: 0, deletions: 0 },
      { path: "src/x.ts", additions: 5, deletions: 0 },
    ],
  });
  const text = renderText(decision, { policySource: ".github/blast-radius.yml" });

  it("leads with the risk, labels, policy and approval", () => {
    expect(text.split("\n").slice(0, 5)).toEqual([
      "Risk: HIGH",
      "Labels: risk:high",
      "Policy: .github/blast-radius.yml (mode enforce)",
      "Approval: 1 approval from @acme/seniors (tier high)",
      "Changed: 3 files, 7 lines",
    ]);
  });

  it("lists targets with environments and escalations", () => {
    expect(text).toContain("Deploy targets touched:\n  api -> production (high, 1 file)");
    expect(text).toContain("Escalations:\n  changed_files_over: 2 -> medium: 3 changed files (more than 2)");
  });

  it("lists files highest tier first with the reasons that set their tier", () => {
    const files = text.slice(text.indexOf("Files:")).split("\n").slice(1, 4);
    expect(files).toEqual([
      "  high      services/api/v1.ts -> services/api/v2.ts  [target api -> production]",
      "  medium    src/x.ts  [no rule matches (default_tier)]",
      "  low       docs/a.md  [rule docs]",
    ]);
  });

  it("marks sandboxed pull requests", () => {
    const sandboxed = evaluate(policy, { files: [{ path: "playground/a.ts", additions: 1, deletions: 0 }] });
    expect(renderText(sandboxed)).toMatch(/^Risk: LOW \(sandboxed\)\nLabels: risk:low, sandbox\nApproval: none needed\n/);
  });

  it("trims the file list and says how to see the rest", () => {
    const many = evaluate(policy, { files: Array.from({ length: 60 }, (_, i) => ({ path: `docs/p${i}.md`, additions: 1, deletions: 0 })) });
    const out = renderText(many, { maxFiles: 50 });
    expect(out).toContain("  ... and 10 more (use --format json for all)");
    expect(out.split("\n").filter((l) => l.includes("docs/p"))).toHaveLength(50);
  });
});

describe("decisionReport", () => {
  it("carries the whole decision plus the gate, as plain JSON", () => {
    const decision = evaluate(policy, { files: [{ path: "services/api/a.ts", additions: 1, deletions: 0 }] });
    const report = decisionReport(decision, { policy: "p.yml", gate: gate(decision, null, null) });
    const json = JSON.parse(JSON.stringify(report));
    expect(json).toMatchObject({
      tier: "high",
      sandboxed: false,
      labels: ["risk:high"],
      targets: [{ name: "api", environment: "production", tier: "high", files: ["services/api/a.ts"] }],
      approvals: { count: 1, from: ["@acme/seniors"], source: "tier high" },
      mode: "enforce",
      truncated: false,
      policy: "p.yml",
      gate: { passing: false, state: "blocked", title: "High risk: needs 1 approval from @acme/seniors" },
    });
    expect(json.files[0].reasons).toEqual([{ kind: "target", name: "api", tier: "high", environment: "production" }]);
  });
});
