/** `validate`, `schema`, `--help` and `--version`. */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { policyJsonSchema } from "../../src/policy/schema.js";
import { BIN, expectNoStack, MONOREPO_POLICY, requireBuild, ROOT, run, tempDir } from "./helpers.js";

beforeAll(requireBuild);

describe("validate", () => {
  it("says a valid policy is valid, with what it defines", () => {
    const result = run(["validate", MONOREPO_POLICY]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${MONOREPO_POLICY}: valid (6 rules, 4 targets, 1 sandbox)\n`);
    expect(result.stderr).toBe("");
  });

  it("validates .github/blast-radius.yml by default", () => {
    const t = tempDir({ ".github/blast-radius.yml": "version: 1\nrules:\n  - { name: docs, paths: [docs/], tier: low }\n" });
    try {
      expect(run(["validate"], { cwd: t.dir }).stdout).toBe(".github/blast-radius.yml: valid (1 rule, 0 targets, 0 sandboxes)\n");
    } finally {
      t.cleanup();
    }
  });

  it("lists every problem as PATH:LINE:COL: message and exits 2", () => {
    const policy = [
      "version: 1",
      "tiers: [low, medium, high]",
      "rules:",
      "  - name: docs",
      '    paths: ["docs/**", "!docs/drafts/**"]',
      "    tier: low",
      "  - name: docs",
      '    paths: ["*.md"]',
      "    tier: critical",
      "approvals:",
      "  hihg: { count: 1 }",
      "",
    ].join("\n");
    const t = tempDir({ "bad.yml": policy });
    try {
      const result = run(["validate", "bad.yml"], { cwd: t.dir });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trimEnd().split("\n").sort()).toEqual(
        [
          `bad.yml:11:3: approvals.hihg: unknown tier "hihg" (tiers are low, medium, high); did you mean "high"?`,
          `bad.yml:5:24: rules[0].paths[1]: invalid glob "!docs/drafts/**": starts with '!': negation is not supported here, use \`exclude\` instead`,
          `bad.yml:7:11: rules[1].name: duplicate name "docs" (also rules[0])`,
          `bad.yml:9:11: rules[1].tier: unknown tier "critical" (tiers are low, medium, high)`,
        ].sort(),
      );
      expectNoStack(result);
    } finally {
      t.cleanup();
    }
  });

  it("reports YAML syntax errors with their position", () => {
    const t = tempDir({ "broken.yml": "version: 1\nrules:\n  - name: docs\n    paths: [docs/**\n    tier: low\n" });
    try {
      const result = run(["validate", "broken.yml"], { cwd: t.dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^broken\.yml:\d+:\d+: invalid YAML: /);
      expectNoStack(result);
    } finally {
      t.cleanup();
    }
  });

  it("exits 2 when the file does not exist, default path included", () => {
    const t = tempDir();
    try {
      const result = run(["validate"], { cwd: t.dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe("blast-radius: error: cannot read policy .github/blast-radius.yml: no such file\n");
      expect(run(["validate", "a.yml", "b.yml"], { cwd: t.dir }).stderr).toBe('blast-radius: error: unexpected argument "b.yml" for "blast-radius validate" (see blast-radius validate --help)\n');
    } finally {
      t.cleanup();
    }
  });

  it("notes that the CLI does not follow _extends", () => {
    const t = tempDir({ "p.yml": "version: 1\n_extends: acme/policies\n" });
    try {
      const result = run(["validate", "p.yml"], { cwd: t.dir });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe("blast-radius: note: p.yml: _extends (acme/policies) is followed by the app and the action, not by the CLI; only the keys in this file apply here\n");
    } finally {
      t.cleanup();
    }
  });
});

describe("schema", () => {
  it("prints the JSON Schema, identical to the committed schema file", () => {
    const result = run(["schema"]);
    expect(result.status).toBe(0);
    const committed = `${ROOT}/schema/blast-radius.schema.json`;
    const expected = existsSync(committed) ? readFileSync(committed, "utf8") : JSON.stringify(policyJsonSchema(), null, 2) + "\n";
    expect(result.stdout).toBe(expected);
    const schema = JSON.parse(result.stdout);
    expect(schema.title).toBe("Blast Radius policy");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["version", "tiers", "rules", "targets", "sandboxes", "escalate", "approvals", "labels", "override", "mode"]));
  });
});

describe("help and version", () => {
  it("top-level --help, -h and `help` list the commands", () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const result = run(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^blast-radius: label pull requests by risk/);
      expect(result.stdout).toContain("blast-radius evaluate [options]");
      expect(result.stdout).toContain("blast-radius validate [PATH]");
      expect(result.stdout).toContain("blast-radius schema");
    }
  });

  it("each command has its own help, which wins over other flags", () => {
    const evaluate = run(["evaluate", "--format", "nope", "--help"]);
    expect(evaluate.status).toBe(0);
    expect(evaluate.stdout).toMatch(/^Usage: blast-radius evaluate \[options\]/);
    for (const flag of ["--config", "--files", "--base ", "--base-branch", "--changed-files", "--format", "--fail-on"]) expect(evaluate.stdout).toContain(flag);
    expect(run(["validate", "-h"]).stdout).toMatch(/^Usage: blast-radius validate \[PATH\]/);
    expect(run(["schema", "--help"]).stdout).toMatch(/^Usage: blast-radius schema/);
    expect(run(["help", "evaluate"]).stdout).toMatch(/^Usage: blast-radius evaluate/);
  });

  it("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) expect(run([flag]).stdout).toBe(`${version}\n`);
  });
});

describe("bin/blast-radius.js", () => {
  it("says to run npm run build when the bundle is missing", () => {
    const t = tempDir();
    try {
      mkdirSync(t.path("bin"));
      copyFileSync(BIN, t.path("bin/blast-radius.js"));
      const result = spawnSync(process.execPath, [t.path("bin/blast-radius.js"), "--version"], { encoding: "utf8" });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`blast-radius: error: ${t.path("dist/blast-radius.cjs")} is missing; run \`npm run build\` first\n`);
    } finally {
      t.cleanup();
    }
  });

  it("runs as an executable with a node shebang", () => {
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const result = spawnSync(BIN, ["--version"], { encoding: "utf8" });
    expect(result.status).toBe(0);
  });
});
