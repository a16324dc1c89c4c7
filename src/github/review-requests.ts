/**
 * Asks the people who can unblock a PR to review it, once. Never the author, never someone already
 * requested, never someone who already reviewed the current commit, never on drafts. A team has
 * been heard when one of its members reviewed the current commit (whatever the verdict); that is
 * asked of the membership predicate on demand, and an unknown answer requests nothing.
 */
import { parseApprover, type IsTeamMember, type Review } from "../engine/approvals.js";
import type { ApprovalRequirement } from "../engine/types.js";
import { teamReviewRequestRefused } from "../render/membership.js";
import { describeGitHubError, isStatus, type GitHubClient, type PullRequestRef } from "./client.js";
import type { Reconciler } from "./reconcile.js";

export interface ReviewRequestPlan {
  users: string[];
  /** team slugs, without the org */
  teams: string[];
  /** listed teams from another organisation: GitHub cannot request those here */
  skippedTeams: string[];
  /** listed teams not requested because the token cannot tell whether a current-commit reviewer is a member */
  undecidedTeams: string[];
}

const lower = (s: string) => s.toLowerCase();

export async function planReviewRequests(input: {
  requirement: ApprovalRequirement;
  owner: string;
  author: string;
  headSha: string;
  reviews: readonly Review[];
  requestedUsers: readonly string[];
  requestedTeams: readonly string[];
  isTeamMember: IsTeamMember;
}): Promise<ReviewRequestPlan> {
  const plan: ReviewRequestPlan = { users: [], teams: [], skippedTeams: [], undecidedTeams: [] };
  const headReviewers = input.reviews.filter((r) => r.commitId === input.headSha).map((r) => r.login);
  const reviewedHead = new Set(headReviewers.map(lower));
  const requestedUsers = new Set(input.requestedUsers.map(lower));
  const requestedTeams = new Set(input.requestedTeams.map(lower));
  for (const entry of input.requirement.from ?? []) {
    const who = parseApprover(entry);
    if ("user" in who) {
      const login = lower(who.user);
      if (login === lower(input.author) || requestedUsers.has(login) || reviewedHead.has(login)) continue;
      if (!plan.users.some((u) => lower(u) === login)) plan.users.push(who.user);
    } else {
      const [org, slug] = who.team.split("/");
      if (lower(org) !== lower(input.owner)) plan.skippedTeams.push(entry);
      else if (!requestedTeams.has(lower(slug))) {
        const answers = await Promise.all([...new Set(headReviewers.map(lower))].map((login) => input.isTeamMember(who.team, login)));
        if (answers.includes("member")) continue; // heard: a member reviewed the current commit
        if (answers.includes("unknown")) plan.undecidedTeams.push(entry);
        else plan.teams.push(slug);
      }
    }
  }
  return plan;
}

export async function requestReviews(client: GitHubClient, ref: PullRequestRef, plan: ReviewRequestPlan): Promise<void> {
  if (plan.users.length === 0 && plan.teams.length === 0) return;
  try {
    await client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
      ...(plan.users.length ? { reviewers: plan.users } : {}),
      ...(plan.teams.length ? { team_reviewers: plan.teams } : {}),
    });
  } catch (error) {
    // GitHub answers 422 "not a collaborator" to a token that cannot see the organisation's teams
    // (a workflow's GITHUB_TOKEN): say that, rather than blame pull-requests: write.
    if (!isStatus(error, 422) || plan.teams.length === 0) throw error;
    throw Object.assign(new Error(teamReviewRequestRefused(plan.teams, ref.owner, describeGitHubError(error).message)), { status: 422 });
  }
}

/**
 * Review requests as a reconciler. The plan was made before the summary was written (the summary
 * says which teams could not be asked); only the people not yet asked are sent.
 */
export function reviewRequestReconciler(client: GitHubClient, ref: PullRequestRef, planned: ReviewRequestPlan | null): Reconciler<ReviewRequestPlan> {
  return {
    what: "review requests",
    plan: async () => (planned && (planned.users.length || planned.teams.length) ? planned : null),
    apply: (plan) => requestReviews(client, ref, plan),
  };
}
