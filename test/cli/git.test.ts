/** `evaluate --base REF`: the changed files come from git, like a pull request from HEAD into REF. */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { json, requireBuild, run, tempDir } from "./helpers.js";

const POLICY = `version: 1
rules:
  - { name: docs, paths: ["docs/**"], tier: low }
targets:
  - { name: payments, paths: ["services/payments/"], environment: production, tier: critical }
  - { name: web, paths: ["apps/web/"], environment: production, tier: high }
`;

let repo: ReturnType<typeof tempDir>;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo.dir, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: repo.dir } });
const lines = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i}`).join("\n") + "\n";

beforeAll(() => {
  requireBuild();
  repo = tempDir({
    ".github/blast-radius.yml": POLICY,
    "services/payments/ledger.go": lines(40, "ledger"),
    "apps/web/old.ts": lines(5, "old"),
    "docs/guide.md": lines(3, "guide"),
    "logo.png": "\x89PNG\r\n\x1a\n\0\0\0binary",
  });
  git("init", "-q", "-b", "main");
  git("config", "user.email", "dev@example.com");
  git("config", "user.name", "Dev");
  git("add", ".");
  git("commit", "-q", "-m", "base");
  git("checkout", "-q", "-b", "feature");
  // rename out of payments (unchanged content: detected as a rename), modify, delete, add, binary
  mkdirSync(repo.path("libs/ledger"), { recursive: true });
  git("mv", "services/payments/ledger.go", "libs/ledger/ledger.go");
  execFileSync("sh", ["-c", `printf 'guide 0\\nguide 1 changed\\nguide 2\\nguide 3\\n' > docs/guide.md && rm apps/web/old.ts && printf 'new\\n' > notes.txt && printf '\\211PNG\\r\\n\\032\\n\\0\\0more' > logo.png`], { cwd: repo.dir });
  git("add", "-A");
  git("commit", "-q", "-m", "change");
});

afterAll(() => repo?.cleanup());

describe("--base REF", () => {
  it("lists added, modified, removed and renamed files with line counts; a rename counts at both paths", () => {
    const result = run(["evaluate", "--base", "main", "--format", "json"], { cwd: repo.dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = json(result);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(["apps/web/old.ts", "docs/guide.md", "libs/ledger/ledger.go", "logo.png", "notes.txt"]);
    expect(byPath["libs/ledger/ledger.go"]).toMatchObject({ status: "renamed", previousPath: "services/payments/ledger.go", tier: "critical" });
    expect(byPath["libs/ledger/ledger.go"].reasons[0]).toMatchObject({ kind: "target", name: "payments", viaPreviousPath: "services/payments/ledger.go" });
    expect(byPath["apps/web/old.ts"]).toMatchObject({ status: "removed", tier: "high" });
    expect(byPath["docs/guide.md"]).toMatchObject({ status: "modified", tier: "low" });
    expect(byPath["notes.txt"]).toMatchObject({ status: "added", tier: "medium" });
    expect(byPath["logo.png"]).toMatchObject({ status: "modified" });
    expect(report.tier).toBe("critical");
    expect(report.targets.map((t) => t.name).sort()).toEqual(["payments", "web"]);
    // the rename 0, guide.md +2 -1, old.ts -5, notes.txt +1, the binary logo.png 0 (git shows "-")
    expect(report.totals).toEqual({ files: 5, listedFiles: 5, changedLines: 9 });
    expect(byPath["logo.png"].reasons).toEqual([{ kind: "default", name: "default_tier", tier: "medium" }]);
    expect(report.policy).toBe(".github/blast-radius.yml");
  });

  it("finds the policy at the top of the repository when run in a subdirectory", () => {
    const result = run(["evaluate", "--base", "main", "--format", "json"], { cwd: repo.path("docs") });
    expect(result.stderr).toBe("");
    const report = json(result);
    expect(report.policy).toBe(".github/blast-radius.yml");
    expect(report.files.find((f) => f.path === "docs/guide.md")).toMatchObject({ tier: "low", reasons: [{ kind: "rule", name: "docs" }] });
  });

  it("compares from the merge base, so commits on the base branch since do not count", () => {
    git("checkout", "-q", "main");
    execFileSync("sh", ["-c", "printf 'x\\n' > main-only.txt"], { cwd: repo.dir });
    git("add", "-A");
    git("commit", "-q", "-m", "main moves on");
    git("checkout", "-q", "feature");
    const report = json(run(["evaluate", "--base", "main", "--format", "json"], { cwd: repo.dir }));
    expect(report.files.map((f) => f.path)).not.toContain("main-only.txt");
    expect(report.files).toHaveLength(5);
  });

  it("exits 2 on an unknown revision, and outside a git repository", () => {
    const unknown = run(["evaluate", "--base", "origin/nope"], { cwd: repo.dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("blast-radius: error: --base origin/nope: no such commit, branch or tag in this repository (fetch it first, e.g. git fetch origin nope)\n");
    const outside = tempDir();
    try {
      const result = run(["evaluate", "--base", "main"], { cwd: outside.dir, env: { GIT_CEILING_DIRECTORIES: outside.dir } });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^blast-radius: error: --base needs a git repository, and .* is not inside one\n$/);
    } finally {
      outside.cleanup();
    }
  });
});
