/**
 * A repository on the loopback GitHub stand-in, set up the way an admin would find it, for the
 * `doctor` and `protect` tests, which run the CLI in process with the environment pointing at it.
 */
import { labelStyle } from "../../src/github/labels.js";
import { managedLabels } from "../../src/engine/evaluate.js";
import { defaultPolicy } from "../../src/policy/default.js";
import { loadPolicy } from "../../src/policy/load.js";
import { addRulesEndpoints, type FakeRules } from "../support/fake-github-rules.js";
import { ALL_PERMISSIONS, FakeGitHub } from "../support/fake-github.js";
import { runInProcess, type RunResult } from "./helpers.js";

export const APP_ID = 1;
export const ADMIN_TOKEN = "ghp_admin";

export const POLICY = `version: 1
rules:
  - name: ci
    paths: [".github/workflows/**"]
    tier: critical
approvals:
  high: { count: 1, from: ["@acme/seniors"] }
`;

/** Everything Blast Radius needs, per app.yml plus issues: write for labels. */
export const APP_PERMISSIONS = { contents: "read", pull_requests: "write", checks: "write", issues: "write", members: "read" } as const;

export interface Stand {
  fake: FakeGitHub;
  rules: FakeRules;
  url: string;
  run(args: string[], env?: Record<string, string | undefined>): Promise<RunResult>;
}

export async function startStand(): Promise<Stand> {
  const fake = new FakeGitHub({ owner: "acme", repo: "web", appId: APP_ID });
  const rules = addRulesEndpoints(fake);
  const { url } = await fake.start();
  // An admin's token: everything, organisation administration included (the stand-in refuses unknown tokens).
  fake.addToken(ADMIN_TOKEN, { permissions: { ...ALL_PERMISSIONS, organization_administration: "read" } });
  // PATH points nowhere so that no real `gh` can hand out a real token
  const baseEnv = { GITHUB_TOKEN: ADMIN_TOKEN, GITHUB_API_URL: url, PATH: "/nonexistent" };
  return { fake, rules, url, run: (args, env = {}) => runInProcess(args, { env: { ...baseEnv, ...env } }) };
}

/** A policy on main, its labels in their colours, the app installed with all it needs, an admin's token. */
export function healthyRepository(stand: Stand, policy = POLICY): void {
  stand.fake.setFile("main", ".github/blast-radius.yml", policy);
  const loaded = loadPolicy([{ path: "policy", text: policy }]);
  const labelled = loaded.ok ? loaded.policy : defaultPolicy();
  for (const name of managedLabels(labelled)) {
    const style = labelStyle(labelled, name);
    stand.fake.addRepoLabel(name, style.color, style.description);
  }
  stand.rules.installApp({ appId: APP_ID, slug: "blast-radius", permissions: { ...APP_PERMISSIONS } });
  stand.fake.setRepoPermissions({ admin: true, maintain: true, push: true, triage: true, pull: true });
}
