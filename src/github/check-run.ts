/**
 * The check run `blast-radius: <base branch>` on the head commit, updated in place. Named per base
 * branch so a result computed for one branch never satisfies another branch's protection after a
 * retarget. An identical check is not re-posted.
 */
import { GITHUB_OUTPUT_LIMIT } from "../render/markdown.js";
import { isStatus, type GitHubClient, type RepoRef } from "./client.js";
import type { Reconciler } from "./reconcile.js";

export const CHECK_NAME_PREFIX = "blast-radius: ";
export const checkName = (baseRef: string) => `${CHECK_NAME_PREFIX}${baseRef}`;

export type CheckConclusion = "success" | "failure";

export interface CheckRunContent {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  detailsUrl?: string;
}

export interface ExistingCheckRun {
  id: number;
  status: string;
  conclusion: string | null;
  output?: { title: string | null; summary: string | null };
  app?: { id: number } | null;
}

const clip = (s: string, limit: number) => (s.length > limit ? `${s.slice(0, limit - 1)}…` : s);

export async function findCheckRun(client: GitHubClient, repo: RepoRef, name: string, headSha: string, appId?: number): Promise<ExistingCheckRun | null> {
  const { data } = await client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    ...repo,
    ref: headSha,
    check_name: name,
    filter: "latest",
    per_page: 100,
  });
  const runs = (data.check_runs as ExistingCheckRun[]).filter((r) => appId === undefined || r.app?.id === appId);
  return runs[0] ?? null;
}

export interface CheckRunPlan {
  /** our run on the head commit to update, or null to post a new one */
  existing: ExistingCheckRun | null;
  body: { status: "completed"; conclusion: CheckConclusion; output: { title: string; summary: string }; details_url?: string };
}

/** What to send so the check says `content`; null when the run already says exactly that. */
export function planCheckRun(content: CheckRunContent, existing: ExistingCheckRun | null): CheckRunPlan | null {
  const output = { title: clip(content.title, 1000), summary: clip(content.summary, GITHUB_OUTPUT_LIMIT) };
  if (
    existing &&
    existing.status === "completed" &&
    existing.conclusion === content.conclusion &&
    existing.output?.title === output.title &&
    existing.output?.summary === output.summary
  ) {
    return null;
  }
  return { existing, body: { status: "completed", conclusion: content.conclusion, output, ...(content.detailsUrl ? { details_url: content.detailsUrl } : {}) } };
}

/** Sends a plan: updates our run in place, or posts one. */
export async function applyCheckRun(client: GitHubClient, repo: RepoRef, content: CheckRunContent, plan: CheckRunPlan): Promise<"created" | "updated"> {
  if (plan.existing) {
    try {
      await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repo, check_run_id: plan.existing.id, ...plan.body });
      return "updated";
    } catch (error) {
      // A run of the same name made by another app (the Action's token, another install) cannot be
      // updated by us: post our own rather than leave the PR without a verdict.
      if (!isStatus(error, 403, 404)) throw error;
    }
  }
  await client.request("POST /repos/{owner}/{repo}/check-runs", { ...repo, name: content.name, head_sha: content.headSha, ...plan.body });
  return "created";
}

/**
 * The check run as a reconciler: the current run is looked up by `existing` (started early, next
 * to the other reads); `sent` says what the last apply did.
 */
export function checkRunReconciler(
  client: GitHubClient,
  repo: RepoRef,
  content: CheckRunContent,
  existing: () => Promise<ExistingCheckRun | null>,
): Reconciler<CheckRunPlan> & { sent(): "created" | "updated" | "unchanged" } {
  let sent: "created" | "updated" | "unchanged" = "unchanged";
  return {
    what: "check run",
    plan: async () => planCheckRun(content, await existing()),
    apply: async (plan) => {
      sent = await applyCheckRun(client, repo, content, plan);
    },
    sent: () => sent,
  };
}
