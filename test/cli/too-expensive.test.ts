/**
 * Issue 8 point 4 (the CLI side): a policy too costly to match against the files stops at the
 * matching work budget with one clear message and exit 2, never a stack trace or a long hang.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { MAX_GLOBS } from "../../src/policy/limits.js";
import { expectNoStack, requireBuild, run, tempDir } from "./helpers.js";

beforeAll(requireBuild);

const COSTLY_POLICY = `version: 1\nrules:\n${Array.from({ length: MAX_GLOBS / 2 }, (_, r) => `  - { name: r${r}, paths: ["*[f]ile-${2 * r}{a,b}*", "*[f]ile-${2 * r + 1}{a,b}*"], tier: low }`).join("\n")}\n`;
const scratch = tempDir({ "policy.yml": COSTLY_POLICY });
afterAll(scratch.cleanup);

it("says the policy is too expensive for these files and how to fix it", () => {
  const files = Array.from({ length: 40 }, (_, i) => `src/a/file-${i}.ts`).join("\n");
  const result = run(["evaluate", "--config", scratch.path("policy.yml"), "--files", "-"], { input: files });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toBe(
    "blast-radius: error: the policy is too expensive to evaluate for these files: matching the changed paths against the policy's globs takes more than 50,000,000 units of work (the limit); give globs a literal start and fewer stars or [...] classes (see \"Limits\" in docs/configuration.md)\n",
  );
  expectNoStack(result);
});
