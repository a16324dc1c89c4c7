/**
 * What makes the check `blast-radius: <branch>` required, read from GitHub, and the repository
 * ruleset Blast Radius proposes to make it so.
 *
 * Two mechanisms can require a check: rulesets (repository rulesets and the organisation rulesets a
 * repository inherits; `GET /repos/{owner}/{repo}/rules/branches/{branch}` returns the active rules
 * of all of them for one branch) and classic branch protection (reported by GET .../branches/{branch}).
 * Either can pin the check to an app (`integration_id` / `app_id`), so that no other app or
 * workflow can post a passing check of the same name.
 */
import { checkName } from "./check-run.js";
import { paginateOf, type GitHubClient, type RepoRef } from "./client.js";

/** One place that requires the check, and from which app (null: any source may satisfy it). */
export interface CheckRequirement {
  via: "ruleset" | "branch protection";
  /** e.g. `ruleset 42 (repository acme/web)` or `branch protection of main` */
  where: string;
  rulesetId?: number;
  appId: number | null;
}

export interface BranchEnforcement {
  branch: string;
  check: string;
  requirements: CheckRequirement[];
  /** the branch exists (rules for a branch that does not exist yet are still returned) */
  branchExists: boolean;
}

interface BranchRule {
  type: string;
  parameters?: { required_status_checks?: Array<{ context: string; integration_id?: number | null }> };
  ruleset_source_type?: string;
  ruleset_source?: string;
  ruleset_id?: number;
}

interface BranchWithProtection {
  protection?: { required_status_checks?: { contexts?: string[]; checks?: Array<{ context: string; app_id: number | null }> } };
}

/** Every active ruleset rule and classic protection setting that requires `blast-radius: <branch>`. */
export async function readBranchEnforcement(client: GitHubClient, repo: RepoRef, branch: string): Promise<BranchEnforcement> {
  const check = checkName(branch);
  const requirements: CheckRequirement[] = [];

  for (const rule of await readBranchRules(client, repo, branch)) {
    if (rule.type !== "required_status_checks") continue;
    for (const required of rule.parameters?.required_status_checks ?? []) {
      if (required.context !== check) continue;
      const level = rule.ruleset_source_type === "Organization" ? "organization" : "repository";
      requirements.push({
        via: "ruleset",
        where: `ruleset ${rule.ruleset_id ?? "?"} (${level} ${rule.ruleset_source ?? ""})`.replace(/ \)$/, ")"),
        rulesetId: rule.ruleset_id,
        appId: required.integration_id ?? null,
      });
    }
  }

  let branchExists = true;
  try {
    const { data } = await client.request<BranchWithProtection>("GET /repos/{owner}/{repo}/branches/{branch}", { ...repo, branch });
    const status = data.protection?.required_status_checks;
    const checks = status?.checks ?? (status?.contexts ?? []).map((context) => ({ context, app_id: null }));
    for (const required of checks) {
      if (required.context === check) requirements.push({ via: "branch protection", where: `branch protection of ${branch}`, appId: required.app_id ?? null });
    }
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    branchExists = false;
  }
  return { branch, check, requirements, branchExists };
}

/** The active rules of the branch; none where GitHub has no rulesets (older GitHub Enterprise Server answers 404). */
async function readBranchRules(client: GitHubClient, repo: RepoRef, branch: string): Promise<BranchRule[]> {
  try {
    return (await client.request<BranchRule[]>("GET /repos/{owner}/{repo}/rules/branches/{branch}", { ...repo, branch, per_page: 100 })).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return [];
    throw error;
  }
}

/** The name of the ruleset `protect` creates and later finds again. */
export const rulesetName = (branch: string) => `Blast Radius: ${branch}`;

/** The body of `POST/PUT /repos/{owner}/{repo}/rulesets`: require the check on this branch only. */
export interface RulesetBody {
  name: string;
  target: "branch";
  enforcement: "active";
  conditions: { ref_name: { include: string[]; exclude: string[] } };
  rules: Array<{
    type: "required_status_checks";
    parameters: {
      strict_required_status_checks_policy: boolean;
      do_not_enforce_on_create: boolean;
      required_status_checks: Array<{ context: string; integration_id?: number }>;
    };
  }>;
}

export function wantedRuleset(branch: string, appId?: number): RulesetBody {
  return {
    name: rulesetName(branch),
    target: "branch",
    enforcement: "active",
    conditions: { ref_name: { include: [`refs/heads/${branch}`], exclude: [] } },
    rules: [
      {
        type: "required_status_checks",
        parameters: {
          // "up to date with the base" is the admin's choice; requiring it would make every merge wait for a rebase
          strict_required_status_checks_policy: false,
          do_not_enforce_on_create: false,
          required_status_checks: [{ context: checkName(branch), ...(appId !== undefined ? { integration_id: appId } : {}) }],
        },
      },
    ],
  };
}

interface StoredRuleset {
  id: number;
  name: string;
  source_type?: string;
  target?: string;
  enforcement?: string;
  conditions?: unknown;
  rules?: unknown;
}

export type ProtectPlan = { action: "create"; body: RulesetBody } | { action: "update"; id: number; body: RulesetBody } | { action: "none"; id: number; body: RulesetBody };

/** Finds our ruleset (by name, in this repository) and says what, if anything, must change. */
export async function planProtection(client: GitHubClient, repo: RepoRef, branch: string, appId?: number): Promise<ProtectPlan> {
  const body = wantedRuleset(branch, appId);
  const existing = await findRepositoryRuleset(client, repo, body.name);
  if (!existing) return { action: "create", body };
  const { data } = await client.request<StoredRuleset>("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", { ...repo, ruleset_id: existing.id });
  return rulesetMatches(data, body) ? { action: "none", id: existing.id, body } : { action: "update", id: existing.id, body };
}

async function findRepositoryRuleset(client: GitHubClient, repo: RepoRef, name: string): Promise<StoredRuleset | undefined> {
  const ours = (r: StoredRuleset) => r.name === name && (r.source_type ?? "Repository") === "Repository";
  // pages only until ours is found
  const rulesets = await paginateOf(client)<StoredRuleset>("GET /repos/{owner}/{repo}/rulesets", { ...repo, includes_parents: false, per_page: 100 }, (response, done) => {
    if (response.data.some(ours)) done();
    return response.data;
  });
  return rulesets.find(ours);
}

/** Only what our body sets is compared: bypass actors an admin added to our ruleset are theirs to keep. */
function rulesetMatches(stored: StoredRuleset, wanted: RulesetBody): boolean {
  const normalize = (value: unknown) => JSON.stringify(sortKeys(value));
  return (
    stored.target === wanted.target &&
    stored.enforcement === wanted.enforcement &&
    normalize(stored.conditions) === normalize(wanted.conditions) &&
    normalize(stored.rules) === normalize(wanted.rules)
  );
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

/** Sends the plan; returns the ruleset's id. */
export async function applyProtection(client: GitHubClient, repo: RepoRef, plan: ProtectPlan): Promise<number> {
  switch (plan.action) {
    case "none":
      return plan.id;
    case "update":
      await client.request("PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}", { ...repo, ruleset_id: plan.id, ...plan.body });
      return plan.id;
    case "create": {
      const { data } = await client.request<{ id: number }>("POST /repos/{owner}/{repo}/rulesets", { ...repo, ...plan.body });
      return data.id;
    }
  }
}
