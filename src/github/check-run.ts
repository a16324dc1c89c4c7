/**
 * The check run `blast-radius: <base branch>` on the head commit, updated in place. Named per base
 * branch so a result computed for one branch never satisfies another branch's protection after a
 * retarget. An identical check is not re-posted.
 */
import { GITHUB_OUTPUT_LIMIT } from "../render/markdown.js";
import { isStatus, type GitHubClient, type RepoRef } from "./client.js";

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

interface ExistingCheckRun {
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

/** Creates or updates the check run; returns what was sent ("created", "updated" or "unchanged"). */
export async function upsertCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  content: CheckRunContent,
  existing: ExistingCheckRun | null,
): Promise<"created" | "updated" | "unchanged"> {
  const output = { title: clip(content.title, 1000), summary: clip(content.summary, GITHUB_OUTPUT_LIMIT) };
  if (
    existing &&
    existing.status === "completed" &&
    existing.conclusion === content.conclusion &&
    existing.output?.title === output.title &&
    existing.output?.summary === output.summary
  ) {
    return "unchanged";
  }
  const body = { status: "completed", conclusion: content.conclusion, output, ...(content.detailsUrl ? { details_url: content.detailsUrl } : {}) };
  if (existing) {
    try {
      await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repo, check_run_id: existing.id, ...body });
      return "updated";
    } catch (error) {
      // A run of the same name made by another app (the Action's token, another install) cannot be
      // updated by us: post our own rather than leave the PR without a verdict.
      if (!isStatus(error, 403, 404)) throw error;
    }
  }
  await client.request("POST /repos/{owner}/{repo}/check-runs", { ...repo, name: content.name, head_sha: content.headSha, ...body });
  return "created";
}
