/**
 * `blast-radius doctor`: reads what is really configured on GitHub and says whether the guardrail
 * holds, each finding with a fix. It asks the same questions Blast Radius depends on, through the
 * same GitHub layer (readPolicy, the label styles, the check name):
 *
 *  - the policy on the branch is valid, every `_extends` base readable, and the mode blocks;
 *  - the token can read what it needs; which access a user token has; the app's permissions;
 *  - the risk labels exist with their colours;
 *  - a ruleset or classic branch protection requires `blast-radius: <branch>`, and from which app.
 *
 * A read GitHub refuses (403) is reported with the permission GitHub names in
 * `x-accepted-github-permissions`, and makes the answer "unknown", never "fine".
 */
import { managedLabels } from "../engine/evaluate.js";
import { DEFAULT_POLICY_NAME } from "../policy/default.js";
import { formatProblem } from "../policy/load.js";
import type { Policy } from "../policy/schema.js";
import { checkName } from "./check-run.js";
import { describeGitHubError, paginateOf, type GitHubClient, type RepoRef } from "./client.js";
import { labelStyle } from "./labels.js";
import { readPolicy } from "./policy.js";
import { readBranchEnforcement, type BranchEnforcement } from "./protection.js";

export type FindingStatus = "ok" | "warn" | "fail" | "unknown";
export type FindingTopic = "token" | "policy" | "app" | "labels" | "required check";

export interface Finding {
  topic: FindingTopic;
  status: FindingStatus;
  summary: string;
  details: string[];
  fix?: string;
}

export interface DoctorReport {
  repository: string;
  branch: string;
  check: string;
  findings: Finding[];
  /** the check is required on the branch and nothing we looked at is failing */
  enforced: boolean;
}

export interface DoctorOptions {
  /** default: the repository's default branch */
  branch?: string;
  policyPath: string;
  /** the Blast Radius app's id, when the admin knows it (else taken from the required check's source) */
  appId?: number;
}

/** The id of the "GitHub Actions" app: the source of checks that workflows post (the Action's). */
export const GITHUB_ACTIONS_APP_ID = 15368;

/** What the app needs; `members: read` only when the policy names teams. */
const APP_PERMISSIONS: Record<string, "read" | "write"> = { contents: "read", pull_requests: "write", checks: "write", issues: "write" };
const WHY: Record<string, string> = {
  contents: "read the policy",
  pull_requests: "read pull requests and request reviews",
  checks: "post the check run",
  issues: "create the risk labels (GitHub requires it since 2025)",
  members: "check team membership for `from: [\"@org/team\"]`",
};

/** A read GitHub refused: who refused and which permission it asks for. */
class Denied {
  constructor(
    readonly what: string,
    readonly status: number,
    readonly message: string,
    readonly accepted: string | null,
  ) {}

  get finding(): Finding {
    return {
      topic: "token",
      status: "unknown",
      summary: `the token cannot ${this.what} (${this.status} ${this.message})`,
      details: this.accepted ? [`GitHub accepts: ${this.accepted}`] : [],
      fix: `give the token ${this.accepted ? `the permission ${this.accepted.replace(/=/g, ": ")}` : "read access to the repository"} (fine-grained token or app: that repository permission; classic token: the repo scope), then run doctor again`,
    };
  }
}

/** Runs a read; a 403 comes back as a Denied, anything else unexpected is thrown. */
async function attempt<T>(what: string, read: () => Promise<T>): Promise<T | Denied> {
  try {
    return await read();
  } catch (error) {
    const e = error as { status?: number; response?: { headers?: Record<string, unknown> } };
    if (e.status !== 403) throw error;
    const accepted = e.response?.headers?.["x-accepted-github-permissions"];
    return new Denied(what, 403, describeGitHubError(error).message, typeof accepted === "string" && accepted !== "" ? accepted : null);
  }
}

interface RepositoryInfo {
  default_branch: string;
  owner: { login: string; type: string };
  permissions?: { admin: boolean; maintain?: boolean; push: boolean; triage?: boolean; pull: boolean };
}

export async function diagnose(client: GitHubClient, repo: RepoRef, options: DoctorOptions): Promise<DoctorReport> {
  const { data: info } = await client.request<RepositoryInfo>("GET /repos/{owner}/{repo}", { ...repo });
  const branch = options.branch ?? info.default_branch;
  const findings: Finding[] = [];
  const tokenFinding = userTokenFinding(info, `${repo.owner}/${repo.repo}`);
  if (tokenFinding) findings.push(tokenFinding);

  const policy = await policyFindings(client, repo, branch, options.policyPath);
  findings.push(...policy.findings);

  const enforcement = await attempt(`read the rules of ${branch}`, () => readBranchEnforcement(client, repo, branch));
  const required = enforcement instanceof Denied ? [enforcement.finding] : [requiredCheckFinding(enforcement, repo, options.appId)];

  if (policy.policy) findings.push(await labelFinding(client, repo, policy.policy));
  if (info.owner.type === "Organization") {
    const appIds = new Set<number>(options.appId !== undefined ? [options.appId] : []);
    if (!(enforcement instanceof Denied)) for (const r of enforcement.requirements) if (r.appId !== null) appIds.add(r.appId);
    appIds.delete(GITHUB_ACTIONS_APP_ID); // not an installation to look up
    for (const appId of appIds) findings.push(await appFinding(client, repo.owner, appId, policy.policy));
  }
  findings.push(...required);

  const enforced = !findings.some((f) => f.status === "fail" || f.status === "unknown");
  return { repository: `${repo.owner}/${repo.repo}`, branch, check: checkName(branch), findings, enforced };
}

/** A user token's role, from the repository's `permissions` (GitHub sends it to user tokens only). */
function userTokenFinding(info: RepositoryInfo, fullName: string): Finding | undefined {
  const p = info.permissions;
  if (!p) return undefined;
  const role = p.admin ? "admin" : p.maintain ? "maintain" : p.push ? "write" : p.triage ? "triage" : "read";
  if (p.admin) return { topic: "token", status: "ok", summary: `the token's user has admin access to ${fullName}`, details: [] };
  return {
    topic: "token",
    status: "warn",
    summary: `the token's user has ${role} access to ${fullName}: enough to diagnose, not to change rulesets`,
    details: ["Rulesets and branch protection can only be changed by a repository admin (`blast-radius protect` needs administration: write)."],
    fix: "run `blast-radius protect` with a repository admin's token",
  };
}

async function policyFindings(client: GitHubClient, repo: RepoRef, branch: string, path: string): Promise<{ findings: Finding[]; policy?: Policy }> {
  const result = await attempt(`read the policy ${path} on ${branch}`, () => readPolicy(client, repo, branch, path));
  if (result instanceof Denied) return { findings: [result.finding] };
  const where = `${path} on ${branch}`;
  if (!result.ok && result.title) {
    // The loader fails closed on an `_extends` base it cannot read, saying which and why.
    return {
      findings: [{
        topic: "policy", status: "fail",
        summary: `${where} extends a policy that cannot be read, so its rules are missing`,
        details: result.problems.map(formatProblem),
        fix: "make the `_extends` base readable: install the Blast Radius app on that repository (for the Action: use a token that can read it), or fix the `_extends` value",
      }],
    };
  }
  if (!result.ok) {
    return {
      findings: [{
        topic: "policy", status: "fail", summary: `${result.source} is not a valid policy: every pull request gets a failing check`,
        details: result.problems.map(formatProblem), fix: `fix the problems above (check locally with \`blast-radius validate ${path}\`) and push to ${branch}`,
      }],
    };
  }
  const { policy, source } = result;
  if (source === DEFAULT_POLICY_NAME) {
    return {
      policy,
      findings: [{
        topic: "policy", status: "fail", summary: `no policy at ${where} (nor in the organisation's .github repository): the ${DEFAULT_POLICY_NAME} applies, in report mode, which never blocks`,
        details: [], fix: `commit a policy at ${path} on ${branch} with \`mode: enforce\` (try it first with \`blast-radius validate\`)`,
      }],
    };
  }
  if (policy.mode === "report") {
    return {
      policy,
      findings: [{ topic: "policy", status: "fail", summary: `${source} is valid but in report mode: it labels and explains, and never blocks`, details: [], fix: "set `mode: enforce` in the policy" }],
    };
  }
  return { policy, findings: [{ topic: "policy", status: "ok", summary: `${source} is valid (mode enforce)`, details: [] }] };
}

async function labelFinding(client: GitHubClient, repo: RepoRef, policy: Policy): Promise<Finding> {
  const existing = await attempt("list the repository's labels", () => listLabels(client, repo));
  if (existing instanceof Denied) return existing.finding;
  const byName = new Map(existing.map((l) => [l.name.toLowerCase(), l]));
  const missing: string[] = [];
  const recoloured: string[] = [];
  const fixes: string[] = [];
  const fullName = `${repo.owner}/${repo.repo}`;
  for (const name of managedLabels(policy)) {
    const style = labelStyle(policy, name);
    const label = byName.get(name.toLowerCase());
    if (!label) {
      missing.push(name);
      fixes.push(`gh label create ${shellQuote(name)} --repo ${fullName} --color ${style.color} --description ${shellQuote(style.description)}`);
    } else if (label.color.toLowerCase() !== style.color) {
      recoloured.push(`${label.name} is #${label.color}, not #${style.color}`);
      fixes.push(`gh label edit ${shellQuote(label.name)} --repo ${fullName} --color ${style.color}`);
    }
  }
  const all = managedLabels(policy);
  if (missing.length === 0 && recoloured.length === 0) return { topic: "labels", status: "ok", summary: `all ${all.length} labels exist with their colours (${all.join(", ")})`, details: [] };
  const details = [
    ...(missing.length ? [`missing: ${missing.join(", ")} (created on first use only if the app or token has issues: write)`] : []),
    ...recoloured,
  ];
  return {
    topic: "labels",
    status: "warn",
    summary: `${missing.length + recoloured.length} of ${all.length} labels ${missing.length ? "are missing or have other colours" : "have other colours"}`,
    details,
    fix: fixes.join("\n"),
  };
}

async function listLabels(client: GitHubClient, repo: RepoRef): Promise<Array<{ name: string; color: string }>> {
  return everyPage<{ name: string; color: string }>(client, "GET /repos/{owner}/{repo}/labels", { ...repo, per_page: 100 });
}

/** Every item of a list, through Octokit's paginate (the CLI's client carries the plugin). */
function everyPage<T>(client: GitHubClient, route: string, params: Record<string, unknown>): Promise<T[]> {
  return paginateOf(client)<T>(route, params, (response) => response.data);
}

const shellQuote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function requiredCheckFinding(enforcement: BranchEnforcement, repo: RepoRef, appId: number | undefined): Finding {
  const { branch, check, requirements } = enforcement;
  const protect = `blast-radius protect --repo ${repo.owner}/${repo.repo} --branch ${branch}${appId !== undefined ? ` --app-id ${appId}` : " --app-id <the Blast Radius app's id>"}`;
  if (!enforcement.branchExists && requirements.length === 0) {
    return { topic: "required check", status: "fail", summary: `the branch ${branch} does not exist in ${repo.owner}/${repo.repo}, and nothing requires "${check}" on it`, details: [], fix: "check --branch" };
  }
  if (requirements.length === 0) {
    return {
      topic: "required check",
      status: "fail",
      summary: `nothing requires "${check}" on ${branch}: a pull request can merge with the check failing or missing`,
      details: ["No active ruleset (repository or organisation) and no classic branch protection lists the check."],
      fix: `${protect}\n(or by hand: Settings → Rules → Rulesets → New branch ruleset → Require status checks to pass → "${check}", source: the Blast Radius app)`,
    };
  }
  const details = requirements.map((r) => `required by ${r.where}, ${r.appId === null ? "from any source" : `from app ${r.appId}`}`);
  const fromApp = requirements.filter((r) => r.appId !== null);
  if (fromApp.length === 0) {
    return {
      topic: "required check",
      status: "warn",
      summary: `"${check}" is required on ${branch}, but from any source: another app or a workflow could post a passing check of that name`,
      details,
      fix: `${protect}\n(or pick the Blast Radius app as the check's source in the ruleset; for the Action, protect .github/workflows/** with CODEOWNERS and required code-owner review)`,
    };
  }
  if (fromApp.every((r) => r.appId === GITHUB_ACTIONS_APP_ID)) {
    return {
      topic: "required check",
      status: "warn",
      summary: `"${check}" is required on ${branch} from GitHub Actions: any workflow of this repository, including one a pull request edits, can post it`,
      details,
      fix: "protect .github/workflows/** with CODEOWNERS and required code-owner review; only the Blast Radius app as the source cannot be forged from a pull request",
    };
  }
  if (appId !== undefined && !fromApp.some((r) => r.appId === appId)) {
    return { topic: "required check", status: "warn", summary: `"${check}" is required on ${branch}, but from app ${fromApp.map((r) => r.appId).join(", ")}, not app ${appId}`, details, fix: protect };
  }
  return { topic: "required check", status: "ok", summary: `"${check}" is required on ${branch}, from app ${[...new Set(fromApp.map((r) => r.appId))].join(", ")}`, details };
}

interface Installation {
  app_id: number;
  app_slug: string;
  permissions: Record<string, string>;
}

async function appFinding(client: GitHubClient, org: string, appId: number, policy: Policy | undefined): Promise<Finding> {
  const listed = await attempt(`list ${org}'s app installations`, () => listInstallations(client, org));
  if (listed instanceof Denied) {
    return {
      topic: "app",
      status: "warn",
      summary: `could not check app ${appId}'s permissions: the token cannot list ${org}'s app installations (${listed.status} ${listed.message})`,
      details: listed.accepted ? [`GitHub accepts: ${listed.accepted}`] : [],
      fix: "run doctor with an organisation owner's token (classic: read:org; fine-grained: organization Administration: read) to check the app too",
    };
  }
  const installation = listed.find((i) => i.app_id === appId);
  if (!installation) {
    return {
      topic: "app",
      status: "fail",
      summary: `app ${appId} is not installed on ${org}: the check it must post never arrives, so every pull request stays blocked`,
      details: [],
      fix: `install the Blast Radius app on ${org} (at least on this repository), or require the check from the app that is installed`,
    };
  }
  const wanted = { ...APP_PERMISSIONS, ...(policy && namesTeams(policy) ? { members: "read" as const } : {}) };
  const lacking = Object.entries(wanted).filter(([name, level]) => !(installation.permissions[name] === "write" || installation.permissions[name] === level));
  const name = `app ${installation.app_slug} (id ${appId})`;
  if (lacking.length === 0) {
    return { topic: "app", status: "ok", summary: `${name} has ${Object.entries(wanted).map(([k, v]) => `${k}: ${v}`).join(", ")}`, details: [] };
  }
  return {
    topic: "app",
    status: "fail",
    summary: `${name} lacks ${lacking.map(([k, v]) => `${k}: ${v}`).join(", ")}`,
    details: lacking.map(([k, v]) => `${k}: ${v} is needed to ${WHY[k]}`),
    fix: "in the app's settings (Permissions & events) grant them, then accept the new permissions on the installation (Settings → GitHub Apps → Configure)",
  };
}

async function listInstallations(client: GitHubClient, org: string): Promise<Installation[]> {
  // paginate unwraps `{ total_count, installations: [...] }` into the list
  return everyPage<Installation>(client, "GET /orgs/{org}/installations", { org, per_page: 100 });
}

function namesTeams(policy: Policy): boolean {
  const whoLists = [...Object.values(policy.approvals).map((a) => a.from ?? []), policy.override?.by ?? []];
  return whoLists.some((list) => list.some((who) => who.includes("/")));
}
