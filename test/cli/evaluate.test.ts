/** `blast-radius evaluate`: formats, file inputs, truncation, --fail-on, the built-in default policy. */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { expectNoStack, json, MONOREPO_FILES, MONOREPO_POLICY, requireBuild, run, tempDir } from "./helpers.js";

beforeAll(requireBuild);

const monorepo = (...args: string[]) => run(["evaluate", "--config", MONOREPO_POLICY, ...args]);

describe("output formats", () => {
  it("text (the default) reads like a report: tier, labels, approval, targets, each file and why", () => {
    const result = monorepo("--files", MONOREPO_FILES, "--base-branch", "main");
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    const out = result.stdout;
    expect(out).toMatch(/^Risk: CRITICAL\n/);
    expect(out).toContain("Labels: risk:critical");
    expect(out).toContain(`Policy: ${MONOREPO_POLICY} (mode enforce)`);
    expect(out).toContain("Approval: 2 approvals from @acme/seniors or @acme/sre (tier critical)");
    expect(out).toContain("Changed: 10 files, 369 lines");
    expect(out).toContain("checkout-production -> production (high, 2 files)");
    expect(out).toContain("payments-production -> production (critical, 1 file)");
    // the rename counts at its previous path, and that is what makes it critical
    expect(out).toMatch(
      /critical +services\/payments\/internal\/rounding\/rounding\.go -> libs\/money\/go\/rounding\.go +\[target payments-production -> production \(previous path services\/payments\/internal\/rounding\/rounding\.go\)\]/,
    );
    expect(out).toMatch(/low +sandbox\/jdoe\/rounding-demo\/main\.go +\[sandbox playground\]/);
    // staging deploys only from develop: with base main it is not touched
    expect(out).not.toContain("checkout-staging");
  });

  it("json prints one object with the decision, the policy used and the gate", () => {
    const report = json(monorepo("--files", MONOREPO_FILES, "--base-branch", "main", "--format", "json"));
    expect(report.tier).toBe("critical");
    expect(report.sandboxed).toBe(false);
    expect(report.labels).toEqual(["risk:critical"]);
    expect(report.policy).toBe(MONOREPO_POLICY);
    expect(report.targets.map((t) => ({ name: t.name, environment: t.environment }))).toEqual([
      { name: "checkout-production", environment: "production" },
      { name: "payments-production", environment: "production" },
    ]);
    expect(report.files).toHaveLength(10);
    const renamed = report.files.find((f) => f.path === "libs/money/go/rounding.go")!;
    expect(renamed).toMatchObject({ previousPath: "services/payments/internal/rounding/rounding.go", status: "renamed", tier: "critical" });
    expect(renamed.reasons.map((r) => `${r.kind}:${r.name}`)).toEqual(["target:payments-production", "rule:shared-libraries"]);
    expect(report.files.find((f) => f.path === "services/checkout/internal/cart/discount_v1.go")).toMatchObject({ status: "removed", tier: "high" });
    expect(report.escalations).toEqual([]);
    expect(report.approvals).toMatchObject({ count: 2, from: ["@acme/seniors", "@acme/sre"], source: "tier critical" });
    expect(report.gate).toEqual({ passing: false, state: "blocked", title: "Critical risk: needs 2 approvals from @acme/seniors or @acme/sre", approved: false, requestReviews: false });
    expect(report.totals).toEqual({ files: 10, listedFiles: 10, changedLines: 369 });
  });

  it("markdown is the check run summary: title, approval, targets table, file table, policy footer", () => {
    const result = monorepo("--files", MONOREPO_FILES, "--base-branch", "main", "--format", "markdown");
    expect(result.status).toBe(0);
    const md = result.stdout;
    expect(md).toMatch(/^## 🔴 Critical risk: needs 2 approvals from @acme\/seniors or @acme\/sre\n/);
    expect(md).toContain("**critical** risk from 10 changed files (369 changed lines).");
    expect(md).toContain("| checkout-production | production | high |");
    expect(md).toContain("| `services/payments/internal/rounding/rounding.go` → `libs/money/go/rounding.go` | critical |");
    expect(md).toContain(`Policy: ${MONOREPO_POLICY} · mode enforce`);
  });

  it("rejects an unknown format, naming the valid ones", () => {
    const result = monorepo("--files", MONOREPO_FILES, "--format", "yaml");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('blast-radius: error: unknown --format "yaml" (valid: text, json, markdown)\n');
    expect(result.stdout).toBe("");
  });
});

describe("changed files input", () => {
  const policy = `version: 1
rules:
  - { name: docs, paths: ["docs/**", "*.md"], tier: low }
  - { name: infra, paths: ["infra/"], tier: high }
targets:
  - { name: api, paths: ["services/api/"], environment: production, tier: high, branches: [main] }
sandboxes:
  - { name: playground, paths: ["sandbox/"], max_changed_lines: 50 }
`;

  it("reads one path per line, ignoring blank lines, CRLF and ./ prefixes", () => {
    const t = tempDir({ "policy.yml": policy, "files.txt": "./docs/a.md\r\n\r\nREADME.md\r\n  src/x.ts  \n" });
    try {
      const report = json(run(["evaluate", "--config", t.path("policy.yml"), "--files", t.path("files.txt"), "--format", "json"]));
      expect(report.files.map((f) => [f.path, f.tier])).toEqual([
        ["docs/a.md", "low"],
        ["README.md", "low"],
        ["src/x.ts", "medium"],
      ]);
      expect(report.totals.changedLines).toBeNull();
    } finally {
      t.cleanup();
    }
  });

  it("reads a path list whose first path starts with a bracket or a brace as paths, not JSON", () => {
    const t = tempDir({ "policy.yml": policy });
    try {
      const result = run(["evaluate", "--config", t.path("policy.yml"), "--files", "-", "--format", "json"], { input: "[slug].tsx\n{a,b}.txt\ninfra/x.tf\n" });
      expect(json(result).files.map((f) => f.path)).toEqual(["[slug].tsx", "{a,b}.txt", "infra/x.tf"]);
    } finally {
      t.cleanup();
    }
  });

  it("reads GitHub's list pull request files JSON, renames counted at both paths", () => {
    const files = [
      { filename: "docs/api.md", status: "renamed", previous_filename: "services/api/API.md", additions: 1, deletions: 1 },
      { filename: "sandbox/me/try.go", status: "added", additions: 10, deletions: 0 },
    ];
    const t = tempDir({ "policy.yml": policy, "files.json": JSON.stringify(files) });
    try {
      const report = json(run(["evaluate", "--config", t.path("policy.yml"), "--files", t.path("files.json"), "--format", "json", "--base-branch", "main"]));
      expect(report.tier).toBe("high");
      expect(report.files[0]).toMatchObject({ path: "docs/api.md", previousPath: "services/api/API.md", tier: "high" });
      expect(report.files[0].reasons[0]).toMatchObject({ kind: "target", name: "api", viaPreviousPath: "services/api/API.md" });
      expect(report.targets).toEqual([{ name: "api", environment: "production", tier: "high", files: ["docs/api.md"] }]);
      expect(report.totals.changedLines).toBe(12);
    } finally {
      t.cleanup();
    }
  });

  it("reads standard input with --files -, as paths or as JSON", () => {
    const t = tempDir({ "policy.yml": policy });
    try {
      const fromLines = run(["evaluate", "--config", t.path("policy.yml"), "--files", "-", "--format", "json"], { input: "infra/main.tf\ndocs/x.md\n" });
      expect(json(fromLines).files.map((f) => f.tier)).toEqual(["high", "low"]);
      const fromJson = run(["evaluate", "--config", t.path("policy.yml"), "--files", "-", "--format", "json"], {
        input: JSON.stringify([{ filename: "sandbox/a.go", status: "added", additions: 5, deletions: 0 }]),
      });
      const report = json(fromJson);
      expect(report).toMatchObject({ tier: "low", sandboxed: true, labels: ["risk:low", "sandbox"] });
    } finally {
      t.cleanup();
    }
  });

  it("accepts the pages `gh api --paginate` prints back to back, and `--slurp`'s array of pages", () => {
    const page = (n: number) => JSON.stringify([{ filename: `docs/p${n}.md`, status: "added", additions: 1, deletions: 0 }]);
    const t = tempDir({ "policy.yml": policy });
    try {
      const concatenated = json(run(["evaluate", "--config", t.path("policy.yml"), "--files", "-", "--format", "json"], { input: `${page(1)}\n${page(2)}${page(3)}` }));
      expect(concatenated.files.map((f) => f.path)).toEqual(["docs/p1.md", "docs/p2.md", "docs/p3.md"]);
      const slurped = json(run(["evaluate", "--config", t.path("policy.yml"), "--files", "-", "--format", "json"], { input: `[${page(1)},${page(2)}]` }));
      expect(slurped.files.map((f) => f.path)).toEqual(["docs/p1.md", "docs/p2.md"]);
    } finally {
      t.cleanup();
    }
  });

  it("counts a sandbox over its line limit as an ordinary area", () => {
    const t = tempDir({ "policy.yml": policy });
    try {
      const input = JSON.stringify([{ filename: "sandbox/big.go", status: "added", additions: 80, deletions: 0 }]);
      const result = run(["evaluate", "--config", t.path("policy.yml"), "--files", "-"], { input });
      expect(result.stdout).toContain("Risk: MEDIUM\n");
      expect(result.stdout).toContain("playground: 1 file, 80 lines (does not count: 80 changed lines is over its limit of 50)");
    } finally {
      t.cleanup();
    }
  });
});

describe("--changed-files (a truncated file list)", () => {
  it("takes the highest tier when GitHub listed fewer files than the pull request has", () => {
    const result = run(["evaluate", "--config", "examples/minimal/.github/blast-radius.yml", "--files", "examples/minimal/changed-files.txt", "--changed-files", "3500", "--format", "json"]);
    const report = json(result);
    // the minimal policy keeps the default tiers: low, medium, high, critical
    expect(report.tier).toBe("critical");
    expect(report.truncated).toBe(true);
    expect(report.totals).toMatchObject({ files: 3500, listedFiles: 2 });
    expect(report.escalations[0]).toMatchObject({ condition: "incomplete file list", tier: "critical" });
    // the same files without truncation are low
    expect(json(run(["evaluate", "--config", "examples/minimal/.github/blast-radius.yml", "--files", "examples/minimal/changed-files.txt", "--changed-files", "2", "--format", "json"])).tier).toBe("low");
  });

  it("rejects a count that is not a whole number, or smaller than the list", () => {
    const args = ["evaluate", "--config", "examples/minimal/.github/blast-radius.yml", "--files", "examples/minimal/changed-files.txt"];
    const notNumber = run([...args, "--changed-files", "lots"]);
    expect(notNumber.status).toBe(2);
    expect(notNumber.stderr).toBe('blast-radius: error: --changed-files must be a whole number, got "lots"\n');
    const tooFew = run([...args, "--changed-files", "1"]);
    expect(tooFew.status).toBe(2);
    expect(tooFew.stderr).toBe("blast-radius: error: --changed-files 1 is less than the 2 files listed\n");
  });
});

describe("--fail-on", () => {
  const args = ["--files", MONOREPO_FILES, "--base-branch", "main", "--format", "json"];

  it("exits 1 when the tier is at or above the threshold, still printing the decision", () => {
    for (const tier of ["high", "critical"]) {
      const result = monorepo(...args, "--fail-on", tier);
      expect(result.status).toBe(1);
      expect(json(result).tier).toBe("critical");
      expect(result.stderr).toBe(`blast-radius: tier critical is at or above --fail-on ${tier}\n`);
    }
  });

  it("exits 0 below the threshold", () => {
    const result = run(["evaluate", "--config", "examples/minimal/.github/blast-radius.yml", "--files", "examples/minimal/changed-files.txt", "--fail-on", "medium"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Risk: LOW");
  });

  it("exits 2 on a tier the policy does not define, naming the valid tiers", () => {
    const result = monorepo(...args, "--fail-on", "hihg");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe('blast-radius: error: unknown --fail-on "hihg" (valid: low, medium, high, critical); did you mean "high"?\n');
  });
});

describe("the built-in default policy", () => {
  it("applies when .github/blast-radius.yml does not exist, and every format says so", () => {
    const t = tempDir({ "files.txt": ".github/dependabot.yml\ndocs/intro.md\n" });
    try {
      const text = run(["evaluate", "--files", "files.txt"], { cwd: t.dir });
      expect(text.status).toBe(0);
      expect(text.stdout).toContain("Policy: built-in default policy (mode report)");
      expect(text.stdout).toContain("Risk: HIGH");
      expect(text.stderr).toBe("blast-radius: note: .github/blast-radius.yml does not exist here, so the built-in default policy applies\n");
      const report = json(run(["evaluate", "--files", "files.txt", "--format", "json"], { cwd: t.dir }));
      expect(report.policy).toBe("built-in default policy");
      expect(report.mode).toBe("report");
      expect(report.gate).toMatchObject({ passing: true, state: "report" });
      const md = run(["evaluate", "--files", "files.txt", "--format", "markdown"], { cwd: t.dir });
      expect(md.stdout).toContain("Policy: built-in default policy · mode report");
    } finally {
      t.cleanup();
    }
  });

  it("is not used when .github/blast-radius.yml exists", () => {
    const t = tempDir({ ".github/blast-radius.yml": readFileSync("examples/minimal/.github/blast-radius.yml", "utf8"), "files.txt": "infra/vpc.tf\n" });
    try {
      const result = run(["evaluate", "--files", "files.txt", "--format", "json"], { cwd: t.dir });
      expect(result.stderr).toBe("");
      expect(json(result)).toMatchObject({ policy: ".github/blast-radius.yml", tier: "high", mode: "enforce" });
    } finally {
      t.cleanup();
    }
  });

  it("is never a fallback for a --config path that does not exist", () => {
    const result = run(["evaluate", "--config", "nope/blast-radius.yml", "--files", MONOREPO_FILES]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("blast-radius: error: cannot read policy nope/blast-radius.yml: no such file\n");
    expectNoStack(result);
  });
});

describe("BLAST_RADIUS_TIMINGS", () => {
  it("lists what each phase of the run cost on stderr, in order, and leaves the report as it is", () => {
    const args = ["--files", MONOREPO_FILES, "--base-branch", "main", "--format", "json"];
    const timed = run(["evaluate", "--config", MONOREPO_POLICY, ...args], { env: { BLAST_RADIUS_TIMINGS: "1" } });
    expect(timed.status).toBe(0);
    expect(timed.stdout).toBe(monorepo(...args).stdout);
    const phases = timed.stderr.split("\n").filter(Boolean).map((line) => /^blast-radius: timing: (.+) \d+\.\d ms$/.exec(line)?.[1] ?? line);
    expect(phases).toEqual([
      "start Node",
      "load the CLI",
      "read the policy",
      "parse the policy's YAML",
      "validate the policy",
      "read 10 changed files",
      "compile the policy's globs",
      "discover targets",
      "evaluate",
      "render json",
      "total",
    ]);
  });
});
