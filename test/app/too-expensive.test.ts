/**
 * Issue 8 point 4 (the GitHub side): a policy whose globs would take too long to match against a
 * pull request's files stops at the matching work budget, and the pull request gets a failing check
 * that says the policy is too expensive and how to fix it, not an internal error or a stalled app.
 */
import { afterEach, beforeEach, expect, it } from "@jest/globals";
import { MAX_GLOBS } from "../../src/policy/limits.js";
import { appOnFake } from "../support/probot-on-fake.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";

// within every limit validate checks, but `[...]` classes leave the glob index nothing to narrow by
const COSTLY_POLICY = `version: 1\nrules:\n${Array.from({ length: MAX_GLOBS / 2 }, (_, r) => `  - { name: r${r}, paths: ["*[f]ile-${2 * r}{a,b}*", "*[f]ile-${2 * r + 1}{a,b}*"], tier: low }`).join("\n")}\n`;

let app: Awaited<ReturnType<typeof appOnFake>>;

beforeEach(async () => {
  app = await appOnFake();
  app.github.setFile("main", ".github/blast-radius.yml", COSTLY_POLICY);
  const files = Array.from({ length: 40 }, (_, i) => ({ filename: `src/a/b/c/file-${i}.ts` }));
  app.github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files });
});

afterEach(() => app.stop());

it("posts a failing check saying the policy is too expensive for this pull request, and how to fix it", async () => {
  await app.receive("pull_request", pullRequestEvent("opened"));

  const [check] = app.github.checkRuns();
  expect(check).toMatchObject({ name: "blast-radius: main", head_sha: HEAD_SHA, conclusion: "failure" });
  expect(check.output.title).toBe("Blast Radius policy is too expensive to evaluate for this pull request");
  expect(check.output.summary).toContain("takes more than the 50,000,000 units of work one evaluation may do");
  expect(check.output.summary).toContain("give globs a literal start");
  expect(app.github.labelsOf(7)).toEqual([]);
});
