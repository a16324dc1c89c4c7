/** `blast-radius evaluate` with `code_owners: true`, in process: CODEOWNERS from --base's commit or the working tree. */
import { afterEach, beforeEach, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCli } from "../../src/cli/cli.js";
import { RISK_CODEOWNERS, RISK_POLICY } from "../support/issue-10-fixtures.js";

let repo: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { cwd: repo, readStdin: async () => "" }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "blast-radius-owners-"));
  write(".github/blast-radius.yml", RISK_POLICY);
  write("docs/CODEOWNERS", RISK_CODEOWNERS);
  write("services/payments/charge.ts", "export {};\n");
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  git("checkout", "-q", "-b", "feature");
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

it("lists the owner groups of --base's CODEOWNERS, not the branch's own edit to it", async () => {
  write("services/payments/charge.ts", "export const x = 1;\n");
  write("docs/CODEOWNERS", "* @mallory\n");
  git("commit", "-qam", "change");
  const text = await cli("evaluate", "--base", "main", "--base-branch", "main");
  expect(text.stdout).toContain("Code owners (files at high or above, from docs/CODEOWNERS):\n  @acme/payments: needs one of them — 1 file: services/payments/charge.ts");
  const report = JSON.parse((await cli("evaluate", "--base", "main", "--base-branch", "main", "--format", "json")).stdout);
  expect(report.approvals.codeOwners.groups).toEqual([{ owners: ["@acme/payments"], files: ["services/payments/charge.ts"], lines: [3] }]);
  expect(report.gate.title).toBe("High risk: needs 1 approval from @acme/seniors and a code owner's approval from @acme/payments");
});

it("says when CODEOWNERS cannot be used", async () => {
  write("services/payments/charge.ts", "export const x = 1;\n");
  git("commit", "-qam", "change");
  git("checkout", "-q", "main");
  write("docs/CODEOWNERS", "[Bb]uild @acme/build\n");
  git("commit", "-qam", "broken owners");
  git("checkout", "-q", "feature");
  const text = await cli("evaluate", "--base", "main", "--base-branch", "main");
  expect(text.stdout).toContain(`docs/CODEOWNERS cannot be used, so no code owner can approve: docs/CODEOWNERS:1:1: "[Bb]uild": character ranges with '[ ]' do not work in CODEOWNERS`);
});
