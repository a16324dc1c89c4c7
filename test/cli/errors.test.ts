/**
 * Bad usage and bad input: exit 2, one clear message on stderr naming what and where, nothing
 * on stdout, and never a stack trace.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { expectNoStack, MONOREPO_FILES, MONOREPO_POLICY, requireBuild, run, tempDir, type RunResult } from "./helpers.js";

beforeAll(requireBuild);

function expectError(result: RunResult, stderr: string | RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  if (typeof stderr === "string") expect(result.stderr).toBe(stderr);
  else expect(result.stderr).toMatch(stderr);
  expectNoStack(result);
}

const evaluateWith = (input: string, ...args: string[]) => run(["evaluate", "--config", MONOREPO_POLICY, "--files", "-", ...args], { input });

describe("usage errors", () => {
  it("an unknown command, with a suggestion", () => {
    expectError(run(["evalute"]), 'blast-radius: error: unknown command "evalute"; did you mean "evaluate"? (commands: evaluate, validate, schema, doctor, protect, init, explain, targets; see blast-radius --help)\n');
  });

  it("no command: the usage, then the error", () => {
    const result = run([]);
    expectError(result, /^blast-radius: label pull requests by risk[\s\S]*\nblast-radius: error: missing command \(see above\)\n$/);
  });

  it("an unknown option, with a suggestion", () => {
    expectError(
      run(["evaluate", "--file", MONOREPO_FILES]),
      'blast-radius: error: unknown option --file for "blast-radius evaluate"; did you mean --files? (see blast-radius evaluate --help)\n',
    );
    expectError(run(["validate", "-x"]), 'blast-radius: error: unknown option -x for "blast-radius validate" (see blast-radius validate --help)\n');
  });

  it("an option without its value", () => {
    expectError(run(["evaluate", "--files"]), "blast-radius: error: option --files needs a value (see blast-radius evaluate --help)\n");
    expectError(
      run(["evaluate", "--config", "--files", MONOREPO_FILES]),
      "blast-radius: error: option --config needs a value, but the next argument is another option (write --config=VALUE if the value starts with '-')\n",
    );
  });

  it("a value given to a flag that takes none", () => {
    expectError(run(["schema", "--help=yes"]), /^blast-radius: error: option --help does not take a value/);
  });

  it("stray arguments", () => {
    expectError(run(["evaluate", "--files", MONOREPO_FILES, "extra"]), 'blast-radius: error: unexpected argument "extra" for "blast-radius evaluate" (see blast-radius evaluate --help)\n');
    expectError(run(["schema", "now"]), 'blast-radius: error: unexpected argument "now" for "blast-radius schema" (see blast-radius schema --help)\n');
  });

  it("no changed files, or two sources of them", () => {
    expectError(run(["evaluate", "--config", MONOREPO_POLICY]), /^blast-radius: error: no changed files: give --files FILE .* or --base REF/);
    expectError(run(["evaluate", "--files", MONOREPO_FILES, "--base", "main"]), "blast-radius: error: give the changed files either with --files or with --base, not both\n");
  });
});

describe("bad input files", () => {
  it("a --files path that does not exist or is a directory", () => {
    expectError(run(["evaluate", "--config", MONOREPO_POLICY, "--files", "missing.json"]), "blast-radius: error: cannot read --files missing.json: no such file\n");
    expectError(run(["evaluate", "--config", MONOREPO_POLICY, "--files", "examples"]), "blast-radius: error: cannot read --files examples: is a directory, not a file\n");
  });

  it("malformed JSON, with line and column", () => {
    expectError(evaluateWith('[\n  {"filename": "a.go",}\n]'), "blast-radius: error: standard input:2:23: invalid JSON: Expected double-quoted property name\n");
    expectError(evaluateWith('[{"filename": "a.go"},\n]'), "blast-radius: error: standard input:2:1: invalid JSON: Unexpected token ']'\n");
    expectError(evaluateWith('[{"filename": "a.go"}'), "blast-radius: error: standard input:1:22: invalid JSON: Expected ',' or ']' after array element\n");
    const t = tempDir({ "files.json": '[{"filename": "a.go", "status": modified}]' });
    try {
      expectError(run(["evaluate", "--config", MONOREPO_POLICY, "--files", t.path("files.json")]), `blast-radius: error: ${t.path("files.json")}:1:33: invalid JSON: Unexpected token 'm'\n`);
    } finally {
      t.cleanup();
    }
  });

  it("JSON that is not an array of file objects", () => {
    expectError(
      evaluateWith('{"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}'),
      `blast-radius: error: standard input: expected a JSON array of file objects (GitHub's "list pull request files" response), got an object with message "Not Found"\n`,
    );
    expectError(evaluateWith('["a.go"]'), 'blast-radius: error: standard input: [0]: expected a file object with "filename", got the string "a.go"; for plain paths, give one path per line instead of JSON\n');
    expectError(evaluateWith('[{"filename": "a.go"}, {"path": "b.go"}]'), 'blast-radius: error: standard input: [1]: missing "filename" (the object has "path")\n');
    expectError(evaluateWith('[{"filename": ""}]'), 'blast-radius: error: standard input: [0]: "filename" must be a non-empty string, got the string ""\n');
    expectError(evaluateWith('[{"filename": "a.go", "additions": "12"}]'), 'blast-radius: error: standard input: [0] (a.go): "additions" must be a whole number, got the string "12"\n');
    expectError(evaluateWith('[{"filename": "a.go", "deletions": -1}]'), 'blast-radius: error: standard input: [0] (a.go): "deletions" must be a whole number, got number -1\n');
  });
});

describe("bad policy", () => {
  it("lists every problem as PATH:LINE:COL, then says the policy is invalid", () => {
    const t = tempDir({ "policy.yml": "version: 1\nrules:\n  - name: docs\n    paths: [\"docs/**\"]\n    tier: low\n    tirs: 1\nmode: strict\n" });
    try {
      const result = run(["evaluate", "--config", t.path("policy.yml"), "--files", MONOREPO_FILES]);
      const lines = result.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(3);
      expect(lines[0]).toBe(`${t.path("policy.yml")}:6:5: rules[0].tirs: unknown key "tirs"; did you mean "tier"?`);
      expect(lines[1]).toMatch(new RegExp(`^${t.path("policy.yml")}:7:7: mode: expected one of "enforce"\\|"report"$`));
      expect(lines[2]).toBe(`blast-radius: error: ${t.path("policy.yml")} is not a valid policy (2 problems above)`);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expectNoStack(result);
    } finally {
      t.cleanup();
    }
  });
});
