/**
 * Reading the policy from the base branch against the GitHub stand-in: a server reads one policy
 * again and again, and gets the same Policy back while its text is the same, so the engine keeps
 * the glob index it built for it (src/engine/areas.ts); a changed text is a new policy.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { compilePolicy, evaluate } from "../../src/engine/evaluate.js";
import { readPolicy } from "../../src/github/policy.js";
import { ALL_PERMISSIONS, FakeGitHub } from "../support/fake-github.js";
import { TestOctokit } from "../support/octokit.js";

const repo = { owner: "acme", repo: "web" };
const POLICY = ["version: 1", "rules:", "  - name: payments", '    paths: ["services/payments/**"]', "    tier: high", ""].join("\n");
let github: FakeGitHub;
let client: InstanceType<typeof TestOctokit>;

beforeEach(async () => {
  github = new FakeGitHub();
  const { url } = await github.start();
  github.addToken("ghs_fake", { kind: "installation", permissions: ALL_PERMISSIONS });
  client = new TestOctokit({ auth: "ghs_fake", baseUrl: url });
});

afterEach(() => github.stop());

describe("readPolicy", () => {
  it("gives the same Policy for the same text, and a new one when the text changes", async () => {
    github.setFile("main", ".github/blast-radius.yml", POLICY);
    const first = await readPolicy(client, repo, "main", ".github/blast-radius.yml");
    const again = await readPolicy(client, repo, "main", ".github/blast-radius.yml");
    if (!first.ok || !again.ok) throw new Error("the policy should load");
    expect(again.policy).toBe(first.policy);

    github.setFile("main", ".github/blast-radius.yml", POLICY.replace("tier: high", "tier: critical"));
    const changed = await readPolicy(client, repo, "main", ".github/blast-radius.yml");
    if (!changed.ok) throw new Error("the changed policy should load");
    expect(changed.policy).not.toBe(first.policy);
    const tierOf = (policy: typeof first.policy) => evaluate(compilePolicy(policy), { files: [{ path: "services/payments/api.ts" }] }).tier;
    expect([tierOf(first.policy), tierOf(changed.policy)]).toEqual(["high", "critical"]);
  });
});
