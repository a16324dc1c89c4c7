/**
 * Issue 8 point 3 (the GitHub side): an unexpected engine error still ends in a failing check
 * that says so, without a stack trace; the log keeps the detail. The engine is made to throw here
 * (no policy should make it throw, so none can be used to show this).
 */
import { afterEach, beforeEach, expect, it, jest } from "@jest/globals";

const actual = await import("../../src/engine/evaluate.js");
jest.unstable_mockModule("../../src/engine/evaluate.js", () => ({
  ...actual,
  evaluate: () => {
    throw new RangeError("Maximum call stack size exceeded (engine bug)");
  },
}));

const { appOnFake } = await import("../support/probot-on-fake.js");
const { evaluatePullRequest } = await import("../../src/github/evaluate-pull-request.js");
const { POLICY } = await import("./policy-fixtures.js");
const { AUTHOR, HEAD_SHA, pullRequestEvent } = await import("../support/payloads.js");
const { TestOctokit: Octokit } = await import("../support/octokit.js");
const { ALL_PERMISSIONS } = await import("../support/fake-github.js");

let app: Awaited<ReturnType<typeof appOnFake>>;

beforeEach(async () => {
  app = await appOnFake();
  app.github.setFile("main", ".github/blast-radius.yml", POLICY);
  app.github.addPullRequest({ number: 7, user: AUTHOR, head: { sha: HEAD_SHA, ref: "feature" }, base: { ref: "main" }, files: [{ filename: "sandbox/a.js" }] });
});

afterEach(() => app.stop());

it("posts a failing check saying an internal error happened, and writes nothing else", async () => {
  await app.receive("pull_request", pullRequestEvent("opened"));

  const [check] = app.github.checkRuns();
  expect(check).toMatchObject({ name: "blast-radius: main", head_sha: HEAD_SHA, conclusion: "failure" });
  expect(check.output.title).toBe("Blast Radius hit an internal error");
  expect(check.output.summary).toContain("the check fails rather than passing unseen changes");
  expect(check.output.summary).not.toMatch(/RangeError|call stack|at .*\.ts:\d+/);
  expect(app.github.labelsOf(7)).toEqual([]);
});

it("logs the error with its stack", async () => {
  const errors: string[] = [];
  const { url } = await app.github.start();
  app.github.addToken("ghs_fake", { kind: "installation", permissions: ALL_PERMISSIONS });
  const client = new Octokit({ auth: "ghs_fake", baseUrl: url });

  const outcome = await evaluatePullRequest({
    client,
    pullRequest: { owner: "acme", repo: "web", pullNumber: 7 },
    log: { info: () => undefined, warn: () => undefined, error: (m) => errors.push(m) },
  });

  expect(outcome.passing).toBe(false);
  expect(outcome.problems).toEqual(["Blast Radius hit an internal error"]);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain("acme/web#7: evaluation failed: RangeError: Maximum call stack size exceeded (engine bug)");
  expect(errors[0]).toMatch(/\n\s+at /);
});
