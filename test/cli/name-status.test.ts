/**
 * `git diff --name-status | blast-radius evaluate --files -` (issue 7, point 7): the status
 * column is read, never taken as part of the path, so the change gets the tier its paths deserve.
 * In process (runCli), as the evaluate logic does not depend on being a separate process.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { DecisionReport } from "../../src/render/json.js";
import { runInProcess, tempDir, type RunResult } from "./helpers.js";

const POLICY = `version: 1
tiers: [low, medium, high, critical]
default_tier: medium
rules:
  - name: ci
    paths: [".github/workflows/**"]
    tier: critical
  - name: migrations
    paths: ["migrations/**"]
    tier: high
  - name: docs
    paths: ["docs/**"]
    tier: low
`;

let scratch: ReturnType<typeof tempDir>;
beforeAll(() => {
  scratch = tempDir({ "policy.yml": POLICY });
});
afterAll(() => scratch.cleanup());

const evaluateStdin = (input: string) => runInProcess(["evaluate", "--config", scratch.path("policy.yml"), "--files", "-", "--format", "json"], { input });

function report(result: RunResult): DecisionReport {
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as DecisionReport;
}

const paths = (r: DecisionReport) => r.files.map((f) => f.path);

describe("evaluate --files - with git diff --name-status output", () => {
  it("a CI-workflow edit plus a migration deletion comes out critical, at the real paths", async () => {
    const r = report(await evaluateStdin("M\t.github/workflows/ci.yml\nD\tmigrations/001_init.sql\n"));
    expect(r.tier).toBe("critical");
    expect(paths(r).sort()).toEqual([".github/workflows/ci.yml", "migrations/001_init.sql"]);
    const tiers = Object.fromEntries(r.files.map((f) => [f.path, f.tier]));
    expect(tiers).toEqual({ ".github/workflows/ci.yml": "critical", "migrations/001_init.sql": "high" });
  });

  it("a rename (-M) counts at both paths, like GitHub's previous_filename; a copy at the new one", async () => {
    const renamed = report(await evaluateStdin("R087\tmigrations/002_users.sql\tdocs/old-migration.sql\n"));
    expect(paths(renamed)).toEqual(["docs/old-migration.sql"]);
    expect(renamed.tier).toBe("high"); // the migration it was moved out of decides
    const copied = report(await evaluateStdin("C100\tmigrations/002_users.sql\tdocs/copy.sql\n"));
    expect(copied.tier).toBe("low");
  });

  it("reads git's C-quoted paths and CRLF line ends", async () => {
    const r = report(await evaluateStdin('A\t"docs/caf\\303\\251.md"\r\nM\t"migrations/with\\ttab.sql"\r\n'));
    expect(paths(r).sort()).toEqual(["docs/café.md", "migrations/with\ttab.sql"]);
    expect(r.tier).toBe("high");
  });

  it("refuses a tabbed line that is not name-status (e.g. --numstat), naming the line, instead of evaluating it as a path", async () => {
    const result = await evaluateStdin("docs/a.md\n3\t1\t.github/workflows/ci.yml\n");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('blast-radius: error: standard input:2: "3\\t1\\t.github/workflows/ci.yml" is neither a path nor a `git diff --name-status` line');
    const missingPath = await evaluateStdin("R100\tonly-one-path\n");
    expect(missingPath.status).toBe(2);
    expect(missingPath.stderr).toContain("standard input:1:");
  });

  it("plain paths (git diff --name-only) still work, mixed with name-status lines", async () => {
    const r = report(await evaluateStdin("docs/a.md\nM\t.github/workflows/ci.yml\n"));
    expect(paths(r)).toEqual(["docs/a.md", ".github/workflows/ci.yml"]);
    expect(r.tier).toBe("critical");
  });
});
