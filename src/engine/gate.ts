/**
 * The gate: does this pull request pass, given the decision, the approvals so far and any
 * override? Pure; the check run's conclusion and title come from here and nowhere else.
 */
import { approvalsPhrase, codeOwnersPhrase } from "../render/words.js";
import { isAllowedApprover, type ApprovalStatus, type IsTeamMember } from "./approvals.js";
import type { Decision } from "./types.js";

export interface OverrideStatus {
  label: string;
  /** who applied the label (null when GitHub does not say) */
  appliedBy: string | null;
  /** appliedBy is in `override.by`, and the label was applied to this head commit */
  allowed: boolean;
  /**
   * Set when the label does not cover the head commit: it was applied before the head was pushed
   * ("pushed later"), or GitHub does not say when the head was pushed ("push time unknown").
   * An override applies to the commit it was given for; a later push needs a new one.
   */
  notForHead?: "pushed later" | "push time unknown";
  /** `override.by` teams whose membership the token could not read: appliedBy may be in them */
  unknownTeams?: string[];
}

export type GateState = "passed" | "approved" | "blocked" | "overridden" | "report";

export interface GateResult {
  passing: boolean;
  state: GateState;
  /** One line for the check title: "High risk: needs 1 approval from @acme/seniors" */
  title: string;
  /** the approval requirement is met, not needed, or overridden (whatever the mode) */
  approved: boolean;
  /** ask the people who can unblock it for a review: blocked in enforce mode, on an open, non-draft PR */
  requestReviews: boolean;
}

/** The facts about the pull request itself that the gate needs. */
export interface PullRequestState {
  draft: boolean;
  open: boolean;
}

export function tierTitle(decision: Decision): string {
  const tier = decision.tier;
  return `${tier.charAt(0).toUpperCase()}${tier.slice(1)} risk${decision.sandboxed ? " (sandboxed)" : ""}`;
}

/** What is still missing: approvals for `count`, and code owners' approvals for their groups. */
export function missingApprovals(status: ApprovalStatus): string {
  const { missing, approvedBy, requirement } = status;
  const parts: string[] = [];
  if (missing > 0) parts.push(approvalsPhrase(missing, requirement.from, approvedBy.length > 0));
  const problems = requirement.codeOwners?.problems ?? [];
  if (problems.length) parts.push(`a usable CODEOWNERS (${problems[0]})`);
  const waiting = (status.codeOwners ?? []).filter((g) => g.approvedBy.length === 0);
  if (waiting.length) parts.push(codeOwnersPhrase(waiting));
  return `needs ${parts.join(" and ")}`;
}

/** Before any review is read: everything the requirement asks for. */
function requiredApprovals(decision: Decision): string {
  const req = decision.approvals!;
  const parts = req.count > 0 ? [approvalsPhrase(req.count, req.from)] : [];
  if (req.codeOwners?.problems.length) parts.push(`a usable CODEOWNERS (${req.codeOwners.problems[0]})`);
  else if (req.codeOwners?.groups.length) parts.push(codeOwnersPhrase(req.codeOwners.groups));
  return `needs ${parts.join(" and ") || "no approval"}`;
}

/** "@alice is in @acme/seniors" cannot be told: named, so the title says whose approval is in doubt. */
export function unknownMembership(unknown: ApprovalStatus["unknown"]): string {
  const who = unknown.map((u) => `@${u.login} is in ${u.teams.map((t) => `@${t}`).join(" or ")}`).join(", or whether ");
  return `cannot tell whether ${who}: the token cannot read team membership`;
}

/**
 * Whether the override counts: someone in `override.by` (not a bot) applied the label after the
 * head commit was pushed. Both times are GitHub's (the label event, the repository activity), never
 * commit dates, which the branch author chooses. Membership is asked of the predicate on demand.
 */
export async function decideOverride(input: {
  label: string;
  /** who applied the label and when, by GitHub's clock; null when GitHub does not say */
  applied: { actor: string | null; at: string } | null;
  /** when the head commit was pushed, by GitHub's clock; null when GitHub has no record */
  headPushedAt: string | null;
  by: readonly string[];
  isTeamMember: IsTeamMember;
}): Promise<OverrideStatus> {
  const { label, applied, headPushedAt } = input;
  const appliedBy = applied?.actor ?? null;
  if (!applied) return { label, appliedBy, allowed: false };
  const answer = appliedBy !== null && !appliedBy.endsWith("[bot]") ? await isAllowedApprover(appliedBy, input.by, input.isTeamMember) : null;
  const unknownTeams = answer && !answer.allowed ? answer.unknownTeams : [];
  const notForHead = headPushedAt === null ? "push time unknown" : Date.parse(applied.at) > Date.parse(headPushedAt) ? undefined : "pushed later";
  return {
    label,
    appliedBy,
    allowed: Boolean(answer?.allowed) && !notForHead,
    ...(notForHead ? { notForHead } : {}),
    ...(unknownTeams.length ? { unknownTeams } : {}),
  };
}

/**
 * The check's verdict and what follows from it. `pullRequest` says whether reviews may be
 * requested at all (never on drafts or closed PRs); without it, none are.
 */
export function gate(decision: Decision, approval: ApprovalStatus | null, override: OverrideStatus | null, pullRequest?: PullRequestState): GateResult {
  const approved = !decision.approvals || Boolean(approval?.met) || Boolean(override?.allowed);
  const requestReviews = Boolean(approval) && !approved && decision.mode === "enforce" && Boolean(pullRequest?.open) && !pullRequest?.draft;
  return { ...verdict(decision, approval, override), approved, requestReviews };
}

function verdict(decision: Decision, approval: ApprovalStatus | null, override: OverrideStatus | null): Pick<GateResult, "passing" | "state" | "title"> {
  const head = tierTitle(decision);
  if (override?.allowed) {
    return { passing: true, state: "overridden", title: `${head}: overridden by @${override.appliedBy} with ${override.label}` };
  }
  if (!decision.approvals) {
    return { passing: true, state: "passed", title: `${head}: no approval needed` };
  }
  if (approval?.met) {
    const by = [...new Set([...approval.approvedBy, ...(approval.codeOwners ?? []).flatMap((g) => g.approvedBy)])];
    if (by.length === 0) return { passing: true, state: "passed", title: `${head}: no approval needed` };
    return { passing: true, state: "approved", title: `${head}: approved by ${by.map((l) => `@${l}`).join(", ")}` };
  }
  const needs = approval ? missingApprovals(approval) : requiredApprovals(decision);
  // An approval whose membership could not be read is neither counted nor dismissed: say so.
  const doubt = approval?.unknown.length ? ` (${unknownMembership(approval.unknown)})` : "";
  if (decision.mode === "report") return { passing: true, state: "report", title: `${head}: ${needs}${doubt} (report only, not blocking)` };
  return { passing: false, state: "blocked", title: `${head}: ${needs}${doubt}` };
}
