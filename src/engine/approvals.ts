/**
 * "Is the approval requirement met?" from reviews and team memberships. Pure, shared by the
 * app and the action: the GitHub layer fetches reviews and answers membership questions on
 * demand (policy-bot's `IsTeamMember`); this decides, and never decides on an unknown answer.
 */
import { ownerGroupStatuses, type OwnerGroupStatus } from "./owner-approvals.js";
import type { ApprovalRequirement } from "./types.js";

export interface Review {
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING */
  state: string;
  commitId: string | null;
  isBot: boolean;
  /** GitHub's review id; later reviews have larger ids */
  id: number;
}

/**
 * One membership answer. "unknown" means the token could not read it (GitHub answers 403, or 404
 * for the team itself, to a token without the organisation's Members: read permission): it is
 * never taken as "not a member".
 */
export type Membership = "member" | "not a member" | "unknown";

/** Answers "is `login` a member of `org/slug`?"; the GitHub layer caches answers per evaluation. */
export type IsTeamMember = (team: string, login: string) => Promise<Membership>;

/** Whether one person is among `from`; `unknownTeams` are the listed teams whose answer is unknown. */
export type ApproverAnswer = { allowed: true } | { allowed: false; unknownTeams: string[] };

export interface IgnoredApproval {
  login: string;
  reason: string;
}

export interface ApprovalStatus {
  requirement: ApprovalRequirement;
  met: boolean;
  /** approvals that count, in review order */
  approvedBy: string[];
  /** approvals that do not count, and why */
  ignored: IgnoredApproval[];
  /** approvals that would count if the token could read these teams' membership */
  unknown: Array<{ login: string; teams: string[] }>;
  /** how many more approvals are needed (for `count`; code owners are counted in `codeOwners`) */
  missing: number;
  /** with `code_owners: true`: each owner group and whether one of its owners approved */
  codeOwners?: OwnerGroupStatus[];
}

/** `@org/slug` is a team; anything else is a user login (an optional leading @ is dropped). */
export function parseApprover(entry: string): { team: string } | { user: string } {
  return entry.startsWith("@") && entry.includes("/") ? { team: entry.slice(1) } : { user: entry.replace(/^@/, "") };
}

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Each reviewer's latest review that expresses a verdict. COMMENTED and PENDING reviews do not
 * change a verdict, as on GitHub.
 */
export function latestVerdicts(reviews: readonly Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const review of [...reviews].sort((a, b) => a.id - b.id)) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()];
}

export interface ApprovalContext {
  headSha: string;
  author: string;
  /**
   * Who pushed the head commit (GitHub's "most recent reviewable push" rule: its pusher cannot
   * approve it). `null`: GitHub does not say, so no approval can be shown not to be the pusher's.
   * Left out: not checked (the caller has not looked it up yet).
   */
  headPusher?: string | null;
}

/**
 * Approvals that could count before team membership is known: latest verdict APPROVED, on the
 * head commit, not by the author, not by a bot, not by whoever pushed the head commit. The GitHub
 * layer looks up only these users.
 */
export function approvalCandidates(reviews: readonly Review[], context: ApprovalContext): { candidates: string[]; ignored: IgnoredApproval[] } {
  const candidates: string[] = [];
  const ignored: IgnoredApproval[] = [];
  for (const review of latestVerdicts(reviews)) {
    if (review.state !== "APPROVED") continue;
    // GitHub App reviewers are bots even if the caller forgot to flag them
    if (review.isBot || /\[bot\]$/i.test(review.login)) ignored.push({ login: review.login, reason: "is a bot" });
    else if (sameLogin(review.login, context.author)) ignored.push({ login: review.login, reason: "is the author" });
    else if (review.commitId !== context.headSha) {
      ignored.push({ login: review.login, reason: `approved an earlier commit${review.commitId ? ` (${review.commitId.slice(0, 7)})` : ""}` });
    } else if (context.headPusher === null) {
      ignored.push({ login: review.login, reason: "cannot be told apart from whoever pushed the latest commit (GitHub does not say who did)" });
    } else if (context.headPusher !== undefined && sameLogin(review.login, context.headPusher)) {
      ignored.push({ login: review.login, reason: "pushed the latest commit, and a push needs someone else's approval" });
    } else candidates.push(review.login);
  }
  return { candidates, ignored };
}

/**
 * Whether `login` is one of `from`: a listed user, or a member of a listed team. Teams are asked
 * only when the person is not listed by name. Allowed as soon as one team says "member"; not
 * allowed only when every team says "not a member".
 */
export async function isAllowedApprover(login: string, from: readonly string[] | undefined, isTeamMember: IsTeamMember): Promise<ApproverAnswer> {
  if (!from) return { allowed: true };
  const who = from.map(parseApprover);
  if (who.some((w) => "user" in w && sameLogin(w.user, login))) return { allowed: true };
  const teams = who.flatMap((w) => ("team" in w ? [w.team] : []));
  const answers = await Promise.all(teams.map((team) => isTeamMember(team, login)));
  if (answers.includes("member")) return { allowed: true };
  return { allowed: false, unknownTeams: teams.filter((_, i) => answers[i] === "unknown") };
}

export async function evaluateApprovals(
  requirement: ApprovalRequirement,
  reviews: readonly Review[],
  context: ApprovalContext & { isTeamMember: IsTeamMember },
): Promise<ApprovalStatus> {
  const { candidates, ignored } = approvalCandidates(reviews, context);
  const answers = await Promise.all(candidates.map((login) => isAllowedApprover(login, requirement.from, context.isTeamMember)));
  const approvedBy: string[] = [];
  const unknown: ApprovalStatus["unknown"] = [];
  candidates.forEach((login, i) => {
    const answer = answers[i];
    if (answer.allowed) approvedBy.push(login);
    else if (answer.unknownTeams.length > 0) unknown.push({ login, teams: answer.unknownTeams });
    else ignored.push({ login, reason: `is not in ${requirement.from!.join(", ")}` });
  });
  const missing = Math.max(0, requirement.count - approvedBy.length);
  if (!requirement.codeOwners) return { requirement, met: missing === 0, approvedBy, ignored, unknown, missing };
  // code owners approve on top of `count`/`from`: any approval that counts may come from an owner
  const codeOwners = await ownerGroupStatuses(requirement.codeOwners, candidates, context.isTeamMember);
  const ownersMet = requirement.codeOwners.problems.length === 0 && codeOwners.every((g) => g.approvedBy.length > 0);
  return { requirement, met: missing === 0 && ownersMet, approvedBy, ignored, unknown, missing, codeOwners };
}
