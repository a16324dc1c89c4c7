/**
 * The one GitHub-facing entry point both shells call: read a pull request's facts, evaluate them
 * with the pure engine, then reconcile labels, the check run and review requests with what is
 * already there, sending only the difference. Redelivered events therefore change nothing.
 *
 * Fails closed: a broken policy, a GitHub read error or an internal error leaves a failing check
 * that says why.
 *
 * One exact head commit is evaluated: the file list must name the head commit read before it (or,
 * when it names none, the PR is read again), and the work starts over when a push landed
 * meanwhile, so files of one commit never judge another.
 */
import { approvalCandidates, evaluateApprovals, type ApprovalStatus, type Review } from "../engine/approvals.js";
import { compilePolicy, evaluate, managedLabels } from "../engine/evaluate.js";
import { decideOverride, gate, type GateResult, type OverrideStatus } from "../engine/gate.js";
import { MatchingTooExpensive } from "../engine/glob.js";
import { missingOwners, usesCodeOwners } from "../engine/owner-approvals.js";
import type { CodeOwnersFile, Decision } from "../engine/types.js";
import { formatProblem, type PolicyProblem } from "../policy/load.js";
import { DEFAULT_POLICY_PATH, type Policy } from "../policy/schema.js";
import { formatCount } from "../policy/limits.js";
import { decisionReport, type DecisionReport } from "../render/json.js";
import { renderMarkdown } from "../render/markdown.js";
import { checkName, checkRunReconciler, findCheckRun, type CheckRunContent } from "./check-run.js";
import { describeGitHubError, type GitHubClient, type PullRequestRef } from "./client.js";
import {
  findHeadPush,
  GITHUB_FILE_LIST_CAP,
  IncompleteListError,
  listFiles,
  listReviews,
  readPullRequest,
  TeamMembership,
  whoAppliedLabel,
  type HeadPush,
  type LabelApplied,
  type PullRequestInfo,
} from "./facts.js";
import { labelReconciler, planLabels, type LabelPlan } from "./labels.js";
import { readCodeOwners } from "./code-owners.js";
import { readPolicy } from "./policy.js";
import { reconcileAll, type Reconciled, type Reconciler, type WriteTarget } from "./reconcile.js";
import { discoverAtBase } from "./repository-files.js";
import { planReviewRequests, reviewRequestReconciler, type ReviewRequestPlan } from "./review-requests.js";

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface EvaluatePullRequestOptions {
  client: GitHubClient;
  pullRequest: PullRequestRef;
  /** where the policy lives in the base branch; default `.github/blast-radius.yml` */
  policyPath?: string;
  /** replaces the policy's `mode` (the Action's `mode` input) */
  modeOverride?: "enforce" | "report";
  /** for label events: do nothing unless this label is one of ours or the override label */
  onlyIfLabelMatters?: string;
  /** labels already given their colour, remembered across evaluations by a long-lived shell */
  styledLabels?: Set<string>;
  /** only update check runs made by this GitHub App (another app may use the same check name) */
  appId?: number;
  log?: Logger;
}

export type { WriteTarget } from "./reconcile.js";

export interface WriteError {
  what: WriteTarget;
  status: number | null;
  message: string;
  /** the token permission this write needs */
  permission: string;
}

export interface PullRequestOutcome {
  /** set when the event turned out not to matter; nothing was written */
  skipped?: string;
  pullRequest: PullRequestInfo;
  policySource: string;
  decision: Decision | null;
  approval: ApprovalStatus | null;
  override: OverrideStatus | null;
  gate: GateResult | null;
  /** what the check run says (also the job summary); null when skipped */
  check: CheckRunContent | null;
  checkWrite: "created" | "updated" | "unchanged" | "failed" | "skipped";
  labels: LabelPlan | null;
  reviewRequests: ReviewRequestPlan | null;
  /** the policy's problems, or why GitHub could not be read; empty when the decision stands */
  problems: string[];
  writeErrors: WriteError[];
  /** the gate passes: the check is `success` */
  passing: boolean;
  /** approvals are met, not needed, or overridden (independent of report mode) */
  approved: boolean;
  report: DecisionReport | null;
}

const PERMISSIONS: Record<WriteTarget, string> = {
  labels: "issues: write and pull-requests: write (to create the risk labels, and to add and remove them)",
  "check run": "checks: write (to create the check run)",
  "review requests": "pull-requests: write (to request reviews)",
};

/** Events for the same PR are handled one at a time in this process, so they cannot interleave. */
const inFlight = new Map<string, Promise<unknown>>();

function serialized<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = inFlight.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  inFlight.set(key, next);
  const cleanup = () => {
    if (inFlight.get(key) === next) inFlight.delete(key);
  };
  next.then(cleanup, cleanup);
  return next;
}

export function evaluatePullRequest(options: EvaluatePullRequestOptions): Promise<PullRequestOutcome> {
  const { owner, repo, pullNumber } = options.pullRequest;
  return serialized(`${owner}/${repo}#${pullNumber}`.toLowerCase(), () => run(options));
}

/** How many times the PR is read from the start when its head keeps moving, before failing closed. */
export const MAX_READS = 3;

async function run(options: EvaluatePullRequestOptions): Promise<PullRequestOutcome> {
  const { owner, repo, pullNumber } = options.pullRequest;
  // With a failure to report, evaluateHead writes that check and reads nothing more.
  const failWith = async (pr: PullRequestInfo, failure: [string, string, string[]]) => (await evaluateHead(options, pr, failure)) as PullRequestOutcome;
  // Round 1: the PR as it is now (a webhook payload may be stale or redelivered).
  let pr = await readPullRequest(options.client, options.pullRequest);
  for (let read = 1; ; read++) {
    let result: Awaited<ReturnType<typeof evaluateHead>>;
    try {
      result = await evaluateHead(options, pr);
    } catch (error) {
      // Reads and writes report their own failures, so this is a bug (or an input no limit
      // foresaw): the PR gets a failing check that says so, the log gets the detail.
      options.log?.error(`${owner}/${repo}#${pullNumber}: evaluation failed: ${(error as Error)?.stack ?? String(error)}`);
      return failWith(pr, internalFailure());
    }
    if (!("moved" in result)) return result;
    options.log?.info(`${owner}/${repo}#${pullNumber}: the head moved to ${result.moved.headSha} while it was read; starting over`);
    pr = result.moved;
    if (read === MAX_READS) return failWith(pr, headKeptMoving());
  }
}

/**
 * Everything for one head commit. Returns `{ moved }`, having written nothing, when the file list
 * (or the PR read again after it) shows that a push landed or the base changed meanwhile. With
 * `failure`, only writes that failing check.
 */
async function evaluateHead(
  options: EvaluatePullRequestOptions,
  pr: PullRequestInfo,
  failure?: [string, string, string[]],
): Promise<PullRequestOutcome | { moved: PullRequestInfo }> {
  const { client, pullRequest: ref } = options;
  const repo = { owner: ref.owner, repo: ref.repo };
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const log = options.log;

  const name = checkName(pr.baseRef);
  // The existing check is looked up alongside the other reads (a label event first checks that
  // the label matters, so an irrelevant one costs no more than it must).
  let existingCheck: Promise<{ run: Awaited<ReturnType<typeof findCheckRun>> } | { error: unknown }> | undefined;
  const lookUpExistingCheck = () =>
    (existingCheck ??= findCheckRun(client, repo, name, pr.headSha, options.appId).then(
      (run) => ({ run }),
      (error: unknown) => ({ error }),
    ));
  if (options.onlyIfLabelMatters === undefined) void lookUpExistingCheck();

  const base: Omit<PullRequestOutcome, "check" | "checkWrite" | "passing"> = {
    pullRequest: pr,
    policySource: `${policyPath} on ${pr.baseRef}`,
    decision: null,
    approval: null,
    override: null,
    gate: null,
    labels: null,
    reviewRequests: null,
    problems: [],
    writeErrors: [],
    approved: false,
    report: null,
  };

  /** Fail closed: a failing check that says what went wrong, and nothing else written. */
  const failClosed = async (title: string, summary: string, problems: string[]): Promise<PullRequestOutcome> => {
    const check: CheckRunContent = { name, headSha: pr.headSha, conclusion: "failure", title, summary };
    const outcome: PullRequestOutcome = { ...base, problems, check, checkWrite: "failed", passing: false };
    outcome.checkWrite = await writeCheck(outcome);
    return outcome;
  };
  const currentCheck = async () => {
    const existing = await lookUpExistingCheck();
    if ("error" in existing) throw existing.error;
    return existing.run;
  };
  /** Runs the reconcilers, records what failed, and says what happened to the check run. */
  const writeAll = async (outcome: PullRequestOutcome, reconcilers: Array<Reconciler<unknown>>): Promise<PullRequestOutcome["checkWrite"]> => {
    const check = checkRunReconciler(client, repo, outcome.check!, currentCheck);
    const results = await reconcileAll([check as Reconciler<unknown>, ...reconcilers]);
    results.forEach((result: Reconciled, i) => {
      if (typeof result === "string") return;
      const what = i === 0 ? check.what : reconcilers[i - 1].what;
      outcome.writeErrors.push(writeError(what, result.error));
      log?.error(`could not update ${what} on ${ref.owner}/${ref.repo}#${ref.pullNumber}: ${describeGitHubError(result.error).message}`);
    });
    return typeof results[0] === "string" ? check.sent() : "failed";
  };
  const writeCheck = (outcome: PullRequestOutcome) => writeAll(outcome, []);

  if (failure) return await failClosed(...failure);

  // Round 2: the policy from the base branch, and every file.
  let policy: Policy;
  let policyPaths: string[];
  let files;
  let codeOwners: CodeOwnersFile | null | undefined;
  let discovered;
  try {
    const policyRead = readPolicy(client, repo, pr.baseRef, policyPath);
    if (options.onlyIfLabelMatters !== undefined) {
      const read = await policyRead;
      if (read.ok && !labelMatters(read.policy, options.onlyIfLabelMatters)) {
        return { ...base, skipped: `label "${options.onlyIfLabelMatters}" is not one Blast Radius manages`, check: null, checkWrite: "skipped", passing: false };
      }
      void lookUpExistingCheck();
    }
    // CODEOWNERS is read as soon as the policy says it is needed, while the files are listed.
    const codeOwnersRead = policyRead.then((read) => (read.ok && usesCodeOwners(read.policy) ? readCodeOwners(client, repo, pr.baseRef) : undefined));
    const [read, listed, owners] = await Promise.all([policyRead, listFiles(client, ref, pr.changedFiles), codeOwnersRead]);
    base.policySource = read.source;
    if (!read.ok) return await failClosed(...policyFailure(read.problems, read.source, read.title));
    policy = options.modeOverride ? { ...read.policy, mode: options.modeOverride } : read.policy;
    policyPaths = read.paths;
    files = listed.files;
    codeOwners = owners;
    // Files of another commit must not judge this one. The list names its commit; when it does
    // not, the PR is read again to see whether a push landed while the files were listed.
    if (!(listed.listedAt.size === 1 && listed.listedAt.has(pr.headSha.toLowerCase()))) {
      const again = await readPullRequest(client, ref);
      if (again.headSha !== pr.headSha || again.baseRef !== pr.baseRef) return { moved: again };
    }
  } catch (error) {
    return await failClosed(...readFailure("the policy and the changed files", error));
  }
  try {
    // deploy targets from the workflows at the base commit, when the policy asks for them
    discovered = await discoverAtBase(client, repo, pr.baseSha, policy, { headSha: pr.headSha, files });
  } catch (error) {
    return await failClosed(...readFailure("the deploy workflows at the base commit", error));
  }

  let decision: Decision;
  try {
    decision = evaluate(compilePolicy(policy), {
      files,
      baseBranch: pr.baseRef,
      totalFiles: pr.changedFiles,
      listCapped: files.length >= GITHUB_FILE_LIST_CAP,
      policyPath,
      policyPaths,
      codeOwners,
      discovered,
    });
  } catch (error) {
    if (error instanceof MatchingTooExpensive) return await failClosed(...tooExpensiveFailure(base.policySource, error));
    throw error;
  }
  // A CODEOWNERS the policy relies on but that cannot be used fails closed, naming its line.
  const ownerProblems = decision.approvals?.codeOwners?.problems ?? [];
  if (ownerProblems.length) return await failClosed(...codeOwnersFailure(ownerProblems));

  // Round 3: reviews (only when approval matters) and who applied the override label; then, only
  // when an approval or the override could count, memberships and who pushed the head commit, when.
  const overrideLabel = policy.override && pr.labels.find((l) => l.toLowerCase() === policy.override!.label.toLowerCase());
  let reviews: Review[] = [];
  let labelApplied: LabelApplied | null = null;
  let headPush: HeadPush | null | undefined;
  let approval: ApprovalStatus | null = null;
  let override: OverrideStatus | null = null;
  // Memberships are asked on demand, each once for this evaluation, only when an answer matters.
  const membership = new TeamMembership(client);
  try {
    [reviews, labelApplied] = await Promise.all([
      decision.approvals ? listReviews(client, ref) : Promise.resolve([]),
      overrideLabel ? whoAppliedLabel(client, ref, overrideLabel) : Promise.resolve(null),
    ]);
    // Who pushed the head commit, and when: only when an approval or the override could count.
    const candidates = decision.approvals ? approvalCandidates(reviews, { headSha: pr.headSha, author: pr.author }).candidates : [];
    headPush = candidates.length > 0 || labelApplied ? await findHeadPush(client, pr) : undefined;
    [approval, override] = await Promise.all([
      decision.approvals
        ? evaluateApprovals(decision.approvals, reviews, {
            headSha: pr.headSha,
            author: pr.author,
            headPusher: headPush === undefined ? undefined : (headPush?.pusher ?? null),
            isTeamMember: membership.isMember,
          })
        : null,
      overrideLabel && policy.override
        ? decideOverride({ label: overrideLabel, applied: labelApplied, headPushedAt: headPush?.at ?? null, by: policy.override.by, isTeamMember: membership.isMember })
        : null,
    ]);
  } catch (error) {
    return await failClosed(...readFailure("reviews, team memberships and who pushed the head commit", error));
  }

  const result = gate(decision, approval, override, { draft: pr.draft, open: pr.state === "open" });
  let reviewRequests: ReviewRequestPlan | null = null;
  try {
    reviewRequests = result.requestReviews
      ? await planReviewRequests({
          requirement: { ...decision.approvals!, from: reviewersWanted(approval!) },
          owner: ref.owner,
          author: pr.author,
          headSha: pr.headSha,
          reviews,
          requestedUsers: pr.requestedUsers,
          requestedTeams: pr.requestedTeams,
          isTeamMember: membership.isMember,
        })
      : null;
  } catch (error) {
    return await failClosed(...readFailure("team memberships", error));
  }
  const summary = renderMarkdown(decision, { approval, override, gate: result, reviewRequests, policySource: base.policySource, headSha: pr.headSha });
  const check: CheckRunContent = { name, headSha: pr.headSha, conclusion: result.passing ? "success" : "failure", title: result.title, summary };
  const labels = planLabels(pr.labels, decision.labels, managedLabels(policy));

  const outcome: PullRequestOutcome = {
    ...base,
    decision,
    approval,
    override,
    gate: result,
    check,
    checkWrite: "failed",
    labels,
    reviewRequests,
    passing: result.passing,
    approved: result.approved,
    report: decisionReport(decision, { policy: base.policySource, approval, override, gate: result }),
  };

  // Round 4: the writes. Each reconciler sends only the difference; one failing does not stop the others.
  const styled = options.styledLabels ?? new Set<string>();
  const checkWrite = await writeAll(outcome, [
    labelReconciler(client, ref, { current: pr.labels, wanted: decision.labels, policy, styled }) as Reconciler<unknown>,
    reviewRequestReconciler(client, ref, reviewRequests) as Reconciler<unknown>,
  ]);
  outcome.checkWrite = checkWrite;
  log?.info(`${ref.owner}/${ref.repo}#${ref.pullNumber}: ${result.title} (check ${checkWrite})`);
  return outcome;
}

/**
 * Whom to ask: `from` while approvals for `count` are missing (everyone with write access when it
 * is unset: nobody in particular to ask), and the owners of every code-owner group not yet approved.
 */
function reviewersWanted(approval: ApprovalStatus): string[] | undefined {
  const fromWanted = approval.missing > 0 ? (approval.requirement.from ?? []) : [];
  const owners = approval.codeOwners ? missingOwners(approval.codeOwners) : [];
  const wanted = [...new Set([...fromWanted, ...owners])];
  return wanted.length ? wanted : undefined;
}

/**
 * Whether a label event can change anything: the label is one of the risk labels or the override
 * label of the policy on `baseRef`. An unreadable policy counts as "it may": the evaluation then
 * fails closed and says why. Lets a queue skip a person's unrelated label before it costs an evaluation.
 */
export async function labelMattersOnBase(client: GitHubClient, repo: { owner: string; repo: string }, baseRef: string, policyPath: string, label: string): Promise<boolean> {
  const read = await readPolicy(client, repo, baseRef, policyPath).catch(() => null);
  return !read?.ok || labelMatters(read.policy, label);
}

function labelMatters(policy: Policy, label: string): boolean {
  const l = label.toLowerCase();
  return managedLabels(policy).some((m) => m.toLowerCase() === l) || policy.override?.label.toLowerCase() === l;
}

function writeError(what: WriteTarget, error: unknown): WriteError {
  const { status, message } = describeGitHubError(error);
  // GitHub names the permission it wanted (e.g. "issues=write" to create a label): prefer its word.
  const accepted = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers?.["x-accepted-github-permissions"];
  const permission = typeof accepted === "string" && accepted ? acceptedPermissions(accepted) : PERMISSIONS[what];
  return { what, status, message, permission };
}

/** "issues=write; pull_requests=write" as a workflow's `permissions:` block spells it. */
function acceptedPermissions(header: string): string {
  return header
    .split(";")
    .map((set) => set.trim().replace(/_/g, "-").replace(/=/g, ": ").replace(/,/g, " and "))
    .join(" or ");
}

function policyFailure(problems: PolicyProblem[], source: string, unreadable?: string): [string, string, string[]] {
  const lines = problems.map(formatProblem);
  const title = unreadable ?? `Blast Radius policy is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"})`;
  const summary = [
    `## ❌ ${title}`,
    "",
    `The policy (${source}) could not be used, so this pull request cannot be evaluated and the check fails until it is fixed.`,
    "",
    "```text",
    ...lines.slice(0, 200),
    ...(lines.length > 200 ? [`… and ${lines.length - 200} more`] : []),
    "```",
    "",
    "Fix the policy on the base branch (`blast-radius validate` checks it locally), then re-run this check.",
  ].join("\n");
  return [title, summary, lines];
}

function codeOwnersFailure(problems: string[]): [string, string, string[]] {
  const title = "Blast Radius cannot use CODEOWNERS, which the policy's approvals rely on";
  const summary = [
    `## ❌ ${title}`,
    "",
    "The policy asks for code owners' approval (`code_owners: true`), but the CODEOWNERS file of the base branch cannot be used, so nobody's approval can be shown to be an owner's and the check fails until it is fixed.",
    "",
    "```text",
    ...problems.slice(0, 50),
    "```",
    "",
    "Fix CODEOWNERS on the base branch (GitHub reads `.github/CODEOWNERS`, then `CODEOWNERS`, then `docs/CODEOWNERS`), then re-run this check.",
  ].join("\n");
  return [title, summary, problems];
}

function readFailure(what: string, error: unknown): [string, string, string[]] {
  const { status, message } = describeGitHubError(error);
  const reason = error instanceof IncompleteListError ? message : `GitHub answered ${status ? `HTTP ${status}: ` : ""}${message}`;
  const title = `Blast Radius could not read ${what} from GitHub`;
  const summary = [
    `## ❌ ${title}`,
    "",
    `${reason}.`,
    "",
    "Without them the risk cannot be judged, so the check fails rather than passing unseen changes. Re-run this check to try again.",
  ].join("\n");
  return [title, summary, [`${title}: ${reason}`]];
}

function headKeptMoving(): [string, string, string[]] {
  const title = "Blast Radius could not read one head commit: the pull request kept changing";
  const summary = [
    `## ❌ ${title}`,
    "",
    `New commits were pushed while the pull request was being read, ${MAX_READS} times in a row, so no single commit's files could be judged and the check fails.`,
    "",
    "Re-run this check once the pushes have settled.",
  ].join("\n");
  return [title, summary, [title]];
}

function tooExpensiveFailure(source: string, error: MatchingTooExpensive): [string, string, string[]] {
  const title = "Blast Radius policy is too expensive to evaluate for this pull request";
  const summary = [
    `## ❌ ${title}`,
    "",
    `Matching this pull request's changed paths against the globs of the policy (${source}) takes more than the ${formatCount(error.budget)} units of work one evaluation may do, so its risk is unknown and the check fails rather than passing unseen changes.`,
    "",
    "Fix the policy on the base branch: give globs a literal start (`services/api/**` rather than `**/api*/**`), prefer plain names and extensions (`*.sql`) to many stars or `[...]` classes, and merge globs that differ only in a few characters into one. See the Limits section of docs/configuration.md.",
  ].join("\n");
  return [title, summary, [`${title}: ${error.message}`]];
}

function internalFailure(): [string, string, string[]] {
  const title = "Blast Radius hit an internal error";
  const summary = [
    `## ❌ ${title}`,
    "",
    "Evaluating this pull request failed unexpectedly, so its risk is unknown and the check fails rather than passing unseen changes. The details are in the app's log.",
    "",
    "Re-run this check to try again; if it keeps failing, please report it with the time of this run.",
  ].join("\n");
  return [title, summary, [title]];
}
