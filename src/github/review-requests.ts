/**
 * Asks the people who can unblock a PR to review it, once. Never the author, never someone already
 * requested, never someone who already reviewed the current commit, never on drafts.
 */
import { parseApprover, type Review } from "../engine/approvals.js";
import type { ApprovalRequirement } from "../engine/types.js";
import type { GitHubClient, PullRequestRef } from "./client.js";

export interface ReviewRequestPlan {
  users: string[];
  /** team slugs, without the org */
  teams: string[];
  /** listed teams from another organisation: GitHub cannot request those here */
  skippedTeams: string[];
}

const lower = (s: string) => s.toLowerCase();

export function planReviewRequests(input: {
  requirement: ApprovalRequirement;
  owner: string;
  author: string;
  headSha: string;
  reviews: readonly Review[];
  requestedUsers: readonly string[];
  requestedTeams: readonly string[];
  /** memberships already looked up; a team with a member who reviewed the head commit has been heard */
  isTeamMember: (team: string, login: string) => boolean;
}): ReviewRequestPlan {
  const plan: ReviewRequestPlan = { users: [], teams: [], skippedTeams: [] };
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
      else if (!requestedTeams.has(lower(slug)) && !headReviewers.some((login) => input.isTeamMember(who.team, login))) plan.teams.push(slug);
    }
  }
  return plan;
}

export async function requestReviews(client: GitHubClient, ref: PullRequestRef, plan: ReviewRequestPlan): Promise<void> {
  if (plan.users.length === 0 && plan.teams.length === 0) return;
  await client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.pullNumber,
    ...(plan.users.length ? { reviewers: plan.users } : {}),
    ...(plan.teams.length ? { team_reviewers: plan.teams } : {}),
  });
}
