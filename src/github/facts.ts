/**
 * Reads a pull request's facts from GitHub: the PR itself, its files (every page, fetched in
 * parallel), reviews, team memberships and who applied a label. Reads only; no decisions here.
 */
import type { Review } from "../engine/approvals.js";
import type { ChangedFile } from "../engine/types.js";
import type { GitHubClient, PullRequestRef } from "./client.js";
import { isStatus } from "./client.js";

/** GitHub's "list pull request files" returns at most this many files, whatever the PR holds. */
export const GITHUB_FILE_LIST_CAP = 3000;
const PER_PAGE = 100;

export interface PullRequestInfo {
  number: number;
  title: string;
  author: string;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** the base commit: where deploy workflows are read (src/github/repository-files.ts) */
  baseSha: string;
  draft: boolean;
  state: string;
  labels: string[];
  requestedUsers: string[];
  requestedTeams: string[];
  changedFiles: number;
}

export async function readPullRequest(client: GitHubClient, ref: PullRequestRef): Promise<PullRequestInfo> {
  const { data } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.pullNumber,
  });
  return {
    number: data.number,
    title: data.title ?? "",
    author: data.user?.login ?? "",
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    draft: Boolean(data.draft),
    state: data.state,
    labels: (data.labels ?? []).map((l: { name: string }) => l.name),
    requestedUsers: (data.requested_reviewers ?? []).map((u: { login: string }) => u.login),
    requestedTeams: (data.requested_teams ?? []).map((t: { slug: string }) => t.slug),
    changedFiles: data.changed_files ?? 0,
  };
}

interface GitHubFile {
  filename: string;
  status?: string;
  additions?: number;
  deletions?: number;
  previous_filename?: string;
}

export function toChangedFile(f: GitHubFile): ChangedFile {
  return {
    path: f.filename,
    ...(f.status ? { status: f.status } : {}),
    additions: f.additions ?? 0,
    deletions: f.deletions ?? 0,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
  };
}

/**
 * Every listed file. The page count is known from `changed_files`, so all pages are requested at
 * once rather than one after another. GitHub stops at 3,000 files; the engine treats a shorter
 * list than `changed_files` as truncated and fails closed.
 */
export async function listFiles(client: GitHubClient, ref: PullRequestRef, changedFiles: number): Promise<ChangedFile[]> {
  const pages = Math.max(1, Math.ceil(Math.min(changedFiles, GITHUB_FILE_LIST_CAP) / PER_PAGE));
  const responses = await Promise.all(
    Array.from({ length: pages }, (_, i) =>
      client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        owner: ref.owner,
        repo: ref.repo,
        pull_number: ref.pullNumber,
        per_page: PER_PAGE,
        page: i + 1,
      }),
    ),
  );
  const files = responses.flatMap((r) => r.data as GitHubFile[]);
  // changed_files can lag behind a push; follow GitHub's own pagination when it says there is more.
  let link = String(responses[responses.length - 1].headers.link ?? "");
  let page = pages;
  while (/rel="next"/.test(link) && files.length < GITHUB_FILE_LIST_CAP) {
    page++;
    const next = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
      per_page: PER_PAGE,
      page,
    });
    files.push(...(next.data as GitHubFile[]));
    link = String(next.headers.link ?? "");
  }
  return files.map(toChangedFile);
}

/** All reviews, oldest first. */
export async function listReviews(client: GitHubClient, ref: PullRequestRef): Promise<Review[]> {
  const reviews: Review[] = [];
  for (let page = 1; page <= 30; page++) {
    const { data, headers } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
      per_page: PER_PAGE,
      page,
    });
    for (const r of data as Array<{ id: number; state: string; commit_id: string | null; user: { login: string; type?: string } | null }>) {
      if (!r.user) continue; // a deleted account ("ghost") cannot approve
      reviews.push({ id: r.id, login: r.user.login, state: r.state, commitId: r.commit_id, isBot: r.user.type === "Bot" || r.user.login.endsWith("[bot]") });
    }
    if (!/rel="next"/.test(String(headers.link ?? ""))) break;
  }
  return reviews;
}

/**
 * Team membership, looked up once per (team, user) for the life of this object: one evaluation.
 * Only active memberships count (a pending invitation does not).
 */
export class TeamMembership {
  private readonly cache = new Map<string, Promise<boolean>>();
  constructor(private readonly client: GitHubClient) {}

  isMember(team: string, login: string): Promise<boolean> {
    const key = `${team.toLowerCase()}:${login.toLowerCase()}`;
    let found = this.cache.get(key);
    if (!found) {
      const [org, slug] = team.split("/");
      found = this.client
        .request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", { org, team_slug: slug, username: login })
        .then((r) => r.data?.state === "active")
        .catch((error) => {
          if (isStatus(error, 404)) return false;
          throw error;
        });
      this.cache.set(key, found);
    }
    return found;
  }

  /** Synchronous view of lookups already made, for the pure approval functions. */
  async resolve(pairs: Array<{ team: string; login: string }>): Promise<(team: string, login: string) => boolean> {
    const known = new Map<string, boolean>();
    await Promise.all(pairs.map(async ({ team, login }) => known.set(`${team.toLowerCase()}:${login.toLowerCase()}`, await this.isMember(team, login))));
    return (team, login) => known.get(`${team.toLowerCase()}:${login.toLowerCase()}`) ?? false;
  }
}

/** Who last applied `label` to the PR, from its issue events (newest page first). */
export async function whoAppliedLabel(client: GitHubClient, ref: PullRequestRef, label: string): Promise<string | null> {
  const fetchPage = (page: number) =>
    client.request("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
      owner: ref.owner,
      repo: ref.repo,
      issue_number: ref.pullNumber,
      per_page: PER_PAGE,
      page,
    });
  const first = await fetchPage(1);
  const last = /[?&]page=(\d+)>; rel="last"/.exec(String(first.headers.link ?? ""));
  const lastPage = last ? Number(last[1]) : 1;
  for (let page = lastPage; page >= 1; page--) {
    const events = (page === 1 ? first : await fetchPage(page)).data as Array<{ event: string; label?: { name: string }; actor?: { login: string } | null }>;
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.event === "labeled" && e.label?.name.toLowerCase() === label.toLowerCase()) return e.actor?.login ?? null;
    }
    if (lastPage - page >= 4) break; // bounded: an override applied more than ~500 events ago is re-applied by hand
  }
  return null;
}
