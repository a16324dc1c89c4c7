/** Every example under examples/ validates, and its sample pull request gets the tier listed here. */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { json, requireBuild, ROOT, run } from "./helpers.js";

beforeAll(requireBuild);

/** The expected decision for each example's sample pull request; a new example must add a line. */
const EXPECTED: Record<string, { tier: string; targets: string[]; baseBranch?: string; sandboxed?: boolean }> = {
  monorepo: { tier: "critical", targets: ["checkout-production", "payments-production"], baseBranch: "main" },
  infra: { tier: "high", targets: ["terraform-dev", "terraform-staging", "k8s-dev"], baseBranch: "main" },
  minimal: { tier: "low", targets: [] },
  workflows: { tier: "critical", targets: ["deploy-api.yml:staging", "deploy-api.yml:production", "deploy-web.yml:deploy / deploy"], baseBranch: "main" },
};

const examples = readdirSync(join(ROOT, "examples"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function sampleOf(example: string): string {
  const candidates = ["pull-request-files.json", "changed-files.txt"].map((f) => `examples/${example}/${f}`);
  const found = candidates.find((f) => existsSync(join(ROOT, f)));
  if (!found) throw new Error(`examples/${example} has no sample pull request (${candidates.join(" or ")})`);
  return found;
}

describe.each(examples)("examples/%s", (example) => {
  const policy = `examples/${example}/.github/blast-radius.yml`;

  it("has an expected outcome listed in this test", () => {
    expect(Object.keys(EXPECTED)).toContain(example);
  });

  it("validates", () => {
    const result = run(["validate", policy]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${policy}: valid \\(\\d+ rules?, \\d+ targets?, \\d+ sandbox(es)?\\)\\n$`));
  });

  it("evaluates its sample pull request to the expected tier", () => {
    const expected = EXPECTED[example];
    const args = ["evaluate", "--config", policy, "--files", sampleOf(example), "--format", "json"];
    if (expected?.baseBranch) args.push("--base-branch", expected.baseBranch);
    const result = run(args);
    expect(result.stderr).toBe("");
    const report = json(result);
    expect({ tier: report.tier, targets: report.targets.map((t) => t.name), sandboxed: report.sandboxed }).toEqual({
      tier: expected?.tier,
      targets: expected?.targets,
      sandboxed: expected?.sandboxed ?? false,
    });
  });
});

describe("examples/monorepo beyond the sample", () => {
  const policy = "examples/monorepo/.github/blast-radius.yml";

  it("a pull request only inside the sandbox, under its line limit, is sandboxed and needs a mentor", () => {
    const input = JSON.stringify([
      { filename: "sandbox/jdoe/rounding-demo/main.go", status: "added", additions: 120, deletions: 0 },
      { filename: "sandbox/jdoe/rounding-demo/README.md", status: "added", additions: 20, deletions: 0 },
    ]);
    const report = json(run(["evaluate", "--config", policy, "--files", "-", "--format", "json"], { input }));
    expect(report).toMatchObject({ tier: "low", sandboxed: true, labels: ["risk:low", "sandbox"] });
    expect(report.approvals).toMatchObject({ count: 1, from: ["@acme/mentors"], source: "sandbox playground" });
  });

  it("deploys checkout to staging only from develop", () => {
    const files = "services/checkout/internal/cart/cart.go\n";
    const develop = json(run(["evaluate", "--config", policy, "--files", "-", "--format", "json", "--base-branch", "develop"], { input: files }));
    expect(develop.targets.map((t) => `${t.name} -> ${t.environment}`)).toEqual(["checkout-staging -> staging"]);
    expect(develop.tier).toBe("medium");
    const release = json(run(["evaluate", "--config", policy, "--files", "-", "--format", "json", "--base-branch", "release/2025.11"], { input: files }));
    expect(release.targets.map((t) => `${t.name} -> ${t.environment}`)).toEqual(["checkout-production -> production"]);
    expect(release.tier).toBe("high");
  });

  it("escalates three production services at once to critical", () => {
    const files = "services/checkout/a.go\nservices/payments/b.go\napps/web/c.tsx\n";
    const report = json(run(["evaluate", "--config", policy, "--files", "-", "--format", "json", "--base-branch", "main"], { input: files }));
    expect(report.tier).toBe("critical");
    expect(report.escalations.map((e) => e.condition)).toEqual(["several production services at once"]);
  });
});
