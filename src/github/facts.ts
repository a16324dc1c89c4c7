/**
 * Reads a pull request's facts from GitHub: the PR itself, its files (every page, fetched in
 * parallel), reviews, team memberships and who applied a label. Reads only; no decisions here.
 */
import type { IsTeamMember, Membership, Review } from "../engine/approvals.js";
import type { ChangedFile } from "../engine/types.js";
import type { GitHubClient, PullRequestRef } from "./client.js";
import { isStatus, paginateOf } from "./client.js";

/** GitHub's "list pull request files" returns at most this many files, whatever the PR holds. */
export const GITHUB_FILE_LIST_CAP = 3000;
const PER_PAGE = 100;

export interface PullRequestInfo {
  number: number;
  title: string;
  author: string;
  headSha: string;
  headRef: string;
  /** owner/name of the repository the head branch lives in (a fork's); null when it was deleted */
  headRepo: string | null;
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
    headRepo: data.head.repo?.full_name ?? null,
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
  /** https://github.com/<owner>/<repo>/blob/<commit>/<path>: names the commit the list was made for */
  blob_url?: string | null;
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

export interface ListedFiles {
  files: ChangedFile[];
  /**
   * The commits the listing says it was made for (each file's blob URL names one; null for a file
   * that names none). One entry equal to the head read before means the files are that head's.
   */
  listedAt: Set<string | null>;
}

const BLOB_COMMIT = /\/blob\/([0-9a-f]{40})\//i;

/**
 * Every listed file. The page count is known from `changed_files`, so all pages are requested at
 * once rather than one after another. GitHub stops at 3,000 files; the engine treats a shorter
 * list than `changed_files` as truncated and fails closed.
 */
export async function listFiles(client: GitHubClient, ref: PullRequestRef, changedFiles: number): Promise<ListedFiles> {
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
  return { files: files.map(toChangedFile), listedAt: new Set(files.map((f) => BLOB_COMMIT.exec(f.blob_url ?? "")?.[1].toLowerCase() ?? null)) };
}

/** A list GitHub could not give whole; callers fail closed rather than decide on part of it. */
export class IncompleteListError extends Error {}

/** Most pages of one list read per evaluation (100 items each); past it the read fails closed. */
export const MAX_PAGES = 100;

/**
 * Every item of a paginated list, through Octokit's typed `paginate`. Fails closed with an
 * IncompleteListError when pages remain after `maxPages`, rather than deciding on part of the list.
 */
export async function readEveryPage<T>(client: GitHubClient, route: string, params: Record<string, unknown>, what: string, maxPages: number): Promise<T[]> {
  let pages = 0;
  let incomplete = false;
  const items = await paginateOf(client)<T>(route, { ...params, per_page: PER_PAGE }, (response, done) => {
    pages++;
    if (pages >= maxPages && /rel="next"/.test(String(response.headers.link ?? ""))) {
      incomplete = true;
      done();
    }
    return response.data;
  });
  if (incomplete) throw new IncompleteListError(`the pull request has more than ${maxPages * PER_PAGE} ${what}, more than Blast Radius reads`);
  return items;
}

/** All reviews, oldest first: every page, so a late "request changes" is never missed. */
export async function listReviews(client: GitHubClient, ref: PullRequestRef, maxPages = MAX_PAGES): Promise<Review[]> {
  const data = await readEveryPage<{ id: number; state: string; commit_id: string | null; user: { login: string; type?: string } | null }>(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    { owner: ref.owner, repo: ref.repo, pull_number: ref.pullNumber },
    "reviews",
    maxPages,
  );
  // a deleted account ("ghost") cannot approve
  return data.flatMap((r) =>
    r.user ? [{ id: r.id, login: r.user.login, state: r.state, commitId: r.commit_id, isBot: r.user.type === "Bot" || r.user.login.endsWith("[bot]") }] : [],
  );
}

export interface HeadPush {
  /** who moved the head branch to the head commit; null when GitHub does not say */
  pusher: string | null;
  /** when, by GitHub's clock (commit dates are the author's to choose, so they are never used) */
  at: string;
}

/**
 * Who pushed the head commit onto the head branch, and when, from GitHub's repository activity
 * (newest first). Null when GitHub has no record of it (a deleted fork, an unreadable fork).
 */
export async function findHeadPush(client: GitHubClient, pr: PullRequestInfo): Promise<HeadPush | null> {
  if (!pr.headRepo) return null;
  const [owner, repo] = pr.headRepo.split("/");
  let data: Array<{ after: string; timestamp: string; actor: { login: string } | null }>;
  try {
    ({ data } = await client.request("GET /repos/{owner}/{repo}/activity", { owner, repo, ref: `refs/heads/${pr.headRef}`, per_page: 30 }));
  } catch (error) {
    if (isStatus(error, 404)) return null;
    throw error;
  }
  const push = data.find((a) => a.after === pr.headSha);
  return push ? { pusher: push.actor?.login ?? null, at: push.timestamp } : null;
}

/**
 * Team membership, asked on demand and answered once per (team, user) for the life of this
 * object: one evaluation. Only active memberships count (a pending invitation does not).
 *
 * GitHub answers 404 both for "not a member" and for a token that cannot see the team (a
 * workflow's GITHUB_TOKEN never can; an app needs the organisation's Members: read), and 403 to
 * an app token without that permission. A 404 is therefore settled by asking for the team itself
 * (once per team): visible team, so not a member; invisible team, so "unknown", never "not a member".
 */
export class TeamMembership {
  private readonly answers = new Map<string, Promise<Membership>>();
  private readonly visibleTeams = new Map<string, Promise<boolean>>();
  constructor(private readonly client: GitHubClient) {}

  /** The predicate the engine asks (policy-bot's IsTeamMember). */
  readonly isMember: IsTeamMember = (team, login) => {
    const key = `${team.toLowerCase()}:${login.toLowerCase()}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.lookUp(team, login);
      this.answers.set(key, answer);
    }
    return answer;
  };

  private async lookUp(team: string, login: string): Promise<Membership> {
    const [org, slug] = team.split("/");
    try {
      const { data } = await this.client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", { org, team_slug: slug, username: login });
      return data?.state === "active" ? "member" : "not a member";
    } catch (error) {
      if (isStatus(error, 403)) return "unknown";
      if (!isStatus(error, 404)) throw error;
      return (await this.canSeeTeam(org, slug)) ? "not a member" : "unknown";
    }
  }

  private canSeeTeam(org: string, slug: string): Promise<boolean> {
    const key = `${org}/${slug}`.toLowerCase();
    let visible = this.visibleTeams.get(key);
    if (!visible) {
      visible = this.client.request("GET /orgs/{org}/teams/{team_slug}", { org, team_slug: slug }).then(
        () => true,
        (error: unknown) => {
          if (isStatus(error, 403, 404)) return false;
          throw error;
        },
      );
      this.visibleTeams.set(key, visible);
    }
    return visible;
  }
}

export interface LabelApplied {
  actor: string | null;
  /** when, by GitHub's clock */
  at: string;
}

/** Who last applied `label` to the PR and when, from its issue events (newest page first). */
export async function whoAppliedLabel(client: GitHubClient, ref: PullRequestRef, label: string): Promise<LabelApplied | null> {
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
    const events = (page === 1 ? first : await fetchPage(page)).data as Array<{ event: string; label?: { name: string }; actor?: { login: string } | null; created_at: string }>;
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.event === "labeled" && e.label?.name.toLowerCase() === label.toLowerCase()) return { actor: e.actor?.login ?? null, at: e.created_at };
    }
    if (lastPage - page >= 4) break; // bounded: an override applied more than ~500 events ago is re-applied by hand
  }
  return null;
}
