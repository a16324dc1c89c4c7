/**
 * Code owners as approvers (`code_owners: true` on an approval requirement). The files at the
 * requirement's tier or above are grouped by their CODEOWNERS owners (src/engine/codeowners.ts);
 * each group with owners needs an approval from one of them, on top of `count` and `from`, as
 * GitHub's "require review from code owners" does. Teams are asked through the same on-demand
 * membership predicate as `from`; an e-mail owner cannot be matched to a GitHub login, so a group
 * owned only by e-mail addresses cannot be approved, and the summary says why.
 */
import { parseApprover, type IsTeamMember } from "./approvals.js";
import { CODEOWNERS_LOCATIONS, ownerGroups, parseCodeOwners } from "./codeowners.js";
import type { Ranking } from "./file-tiers.js";
import type { Policy } from "../policy/schema.js";
import type { CodeOwnersFile, CodeOwnersNeed, FileDecision } from "./types.js";

/** Whether any approval requirement (per tier or a sandbox's) has `code_owners: true`: only then is CODEOWNERS read. */
export function usesCodeOwners(policy: Policy): boolean {
  return Object.values(policy.approvals).some((a) => a.code_owners) || policy.sandboxes.some((s) => s.approvals?.code_owners);
}

/**
 * Whose approval the requirement at `tier` needs. The files at `tier` or above; when an escalation
 * raised the pull request above every file, the files at the highest file tier (the ones that set
 * the risk), so the owners are never silently nobody.
 */
export function codeOwnersNeed(file: CodeOwnersFile | null | undefined, files: readonly FileDecision[], tier: string, ranking: Ranking): CodeOwnersNeed {
  const top = files.reduce((t, f) => ranking.max(t, f.tier), ranking.lowest);
  const from = ranking.rank(top) < ranking.rank(tier) ? top : tier;
  const paths = files.filter((f) => ranking.rank(f.tier) >= ranking.rank(from)).map((f) => f.path);
  const need: CodeOwnersNeed = { source: file?.path ?? null, tier: from, groups: [], unowned: [], problems: [] };
  if (file === undefined) return { ...need, problems: ["CODEOWNERS was not read, so code owners cannot be required"] };
  if (file === null) return { ...need, problems: [`no CODEOWNERS file was found (looked in ${CODEOWNERS_LOCATIONS.join(", ")})`] };
  const parsed = parseCodeOwners(file.text);
  if (!parsed.ok) return { ...need, problems: parsed.problems.map((p) => `${file.path}:${p.line}:${p.column}: ${p.message}`) };
  for (const group of ownerGroups(parsed.rules, paths)) {
    if (group.owners.length === 0) need.unowned.push(...group.files);
    else need.groups.push(group);
  }
  return need;
}

export interface OwnerGroupStatus {
  owners: string[];
  files: string[];
  /** the approvers (valid approvals on the head commit) who own this group */
  approvedBy: string[];
  /** approvers who may be in an owning team, which the token cannot read */
  unknown: Array<{ login: string; teams: string[] }>;
  /** e-mail owners: GitHub logins cannot be matched to them */
  emailOwners: string[];
}

const isEmail = (owner: string) => !owner.startsWith("@");

/** Each group's approval, from the approvals that count (author, bots, pusher, stale commits left out already). */
export async function ownerGroupStatuses(need: CodeOwnersNeed, approvers: readonly string[], isTeamMember: IsTeamMember): Promise<OwnerGroupStatus[]> {
  return Promise.all(
    need.groups.map(async (group) => {
      const status: OwnerGroupStatus = { owners: group.owners, files: group.files, approvedBy: [], unknown: [], emailOwners: group.owners.filter(isEmail) };
      const githubOwners = group.owners.filter((o) => !isEmail(o)).map(parseApprover);
      for (const login of approvers) {
        if (githubOwners.some((o) => "user" in o && o.user.toLowerCase() === login.toLowerCase())) {
          status.approvedBy.push(login);
          continue;
        }
        const teams = githubOwners.flatMap((o) => ("team" in o ? [o.team] : []));
        const answers = await Promise.all(teams.map((team) => isTeamMember(team, login)));
        if (answers.includes("member")) status.approvedBy.push(login);
        else if (answers.includes("unknown")) status.unknown.push({ login, teams: teams.filter((_, i) => answers[i] === "unknown") });
      }
      return status;
    }),
  );
}

/** The owners to ask for a review: those of every group nobody has approved yet (not e-mails). */
export function missingOwners(statuses: readonly OwnerGroupStatus[]): string[] {
  const owners = statuses.filter((s) => s.approvedBy.length === 0).flatMap((s) => s.owners.filter((o) => !isEmail(o)));
  return [...new Set(owners)];
}
