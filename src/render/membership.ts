/**
 * What people read when the token cannot see team membership (GitHub's organisation permission
 * Members: read), in the check, the job summary and the Action's step log alike.
 */
import type { ApprovalStatus } from "../engine/approvals.js";
import type { OverrideStatus } from "../engine/gate.js";
import { markdownCode } from "./escape.js";

const teams = (list: readonly string[]) => list.map((t) => (t.startsWith("@") ? t : `@${t}`)).join(" or ");

/** The supported ways to let Blast Radius read team membership. */
export const TEAM_MEMBERSHIP_FIXES =
  "Team membership needs the organisation permission Members: read, which a workflow's GITHUB_TOKEN never has. " +
  "Either run the Blast Radius app (its installation has Members: read), or pass a GitHub App installation token with Members: read " +
  "as the Action's `token` input (for example from actions/create-github-app-token), or list the approvers as users in `from`.";

/** One line per approval, override or review request that waits on a membership the token cannot read. */
export function unreadableMembership(context: { approval?: ApprovalStatus | null; override?: OverrideStatus | null; reviewRequests?: { undecidedTeams: readonly string[] } | null }): string[] {
  const lines: string[] = [];
  // GitHub gives the same answer for a team that does not exist: name both causes.
  const cannotRead = (list: readonly string[]) => `the token cannot read whether they are in ${teams(list)} (it lacks Members: read, or no such team exists)`;
  for (const u of context.approval?.unknown ?? []) {
    lines.push(`@${u.login} approved, but ${cannotRead(u.teams)}, so the approval is not counted.`);
  }
  const o = context.override;
  if (o?.unknownTeams?.length && o.appliedBy) {
    lines.push(`@${o.appliedBy} applied ${markdownCode(o.label, false)}, but ${cannotRead(o.unknownTeams)}, so the override is not applied.`);
  }
  if (context.reviewRequests?.undecidedTeams.length) {
    lines.push(`No review was requested from ${teams(context.reviewRequests.undecidedTeams)}: the token cannot read whether someone who reviewed this commit is a member.`);
  }
  return lines;
}

/** The message a failed team review request gets instead of blaming `pull-requests: write`. */
export function teamReviewRequestRefused(requested: readonly string[], owner: string, githubMessage: string): string {
  return (
    `GitHub refused to request a review from ${teams(requested.map((t) => `${owner}/${t}`))} (${githubMessage}). ` +
    "A token that cannot see the organisation's teams (a workflow's GITHUB_TOKEN) cannot request team reviews, and neither can one for a team without access to the repository. " +
    TEAM_MEMBERSHIP_FIXES
  );
}
