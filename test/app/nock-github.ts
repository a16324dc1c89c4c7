/**
 * nock interceptors for the GitHub REST API as the app uses it. Reads reply with realistic
 * bodies; writes record their bodies so tests assert exactly what GitHub would receive.
 */
import { generateKeyPairSync } from "node:crypto";
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { blastRadiusApp } from "../../app/index.js";
import { AUTHOR, HEAD_SHA, INSTALLATION_ID, OWNER, PR_NUMBER, REPO } from "../support/payloads.js";

export const API = "https://api.github.com";
export const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } }).privateKey;

export async function newProbot(options: { retry?: boolean; appId?: number } = {}): Promise<Probot> {
  const probot = new Probot({
    appId: 1,
    privateKey,
    // A function, not an object: Probot merges its own throttle options over object defaults,
    // which would leave throttling on and space every write a second apart.
    Octokit: ProbotOctokit.defaults((instanceOptions: Record<string, unknown>) => ({
      ...instanceOptions,
      retry: options.retry ? { enabled: true, retryAfterBaseValue: 1 } : { enabled: false },
      throttle: { enabled: false },
    })),
    logLevel: "fatal",
  });
  await probot.load(blastRadiusApp({ appId: options.appId }));
  return probot;
}

export async function receive(probot: Probot, name: string, payload: Record<string, unknown>): Promise<void> {
  await probot.receive({ id: `delivery-${Math.random()}`, name, payload } as never);
}

export interface PullRequestState {
  base?: string;
  head?: string;
  author?: string;
  draft?: boolean;
  labels?: string[];
  changedFiles?: number;
  requestedReviewers?: string[];
  requestedTeams?: string[];
}

export function pullRequestBody(state: PullRequestState = {}) {
  return {
    number: PR_NUMBER,
    state: "open",
    title: "Change things",
    draft: state.draft ?? false,
    user: { login: state.author ?? AUTHOR, type: "User" },
    head: { sha: state.head ?? HEAD_SHA, ref: "feature", repo: { full_name: `${OWNER}/${REPO}`, fork: false } },
    base: { ref: state.base ?? "main", sha: "b".repeat(40), repo: { full_name: `${OWNER}/${REPO}` } },
    labels: (state.labels ?? []).map((name, i) => ({ id: i + 1, name, color: "ededed" })),
    requested_reviewers: (state.requestedReviewers ?? []).map((login) => ({ login, type: "User" })),
    requested_teams: (state.requestedTeams ?? []).map((slug) => ({ slug, name: slug })),
    changed_files: state.changedFiles ?? 0,
  };
}

export interface FileEntry {
  filename: string;
  status?: string;
  additions?: number;
  deletions?: number;
  previous_filename?: string;
}

export const file = (filename: string, additions = 10, deletions = 2, extra: Partial<FileEntry> = {}): FileEntry => ({
  filename,
  status: "modified",
  additions,
  deletions,
  ...extra,
});

export interface Recorded {
  labelsAdded: unknown[];
  labelsRemoved: string[];
  checkCreated: any[];
  checkUpdated: any[];
  reviewRequests: unknown[];
  labelPatches: unknown[];
}

export function recorder(): Recorded {
  return { labelsAdded: [], labelsRemoved: [], checkCreated: [], checkUpdated: [], reviewRequests: [], labelPatches: [] };
}

const repoPath = `/repos/${OWNER}/${REPO}`;

export class GitHubMock {
  readonly api = nock(API);
  readonly recorded = recorder();
  /** requests sent to GitHub, not counting the installation token */
  requests: string[] = [];

  constructor() {
    this.api.on("request", (req: { method: string; path: string }) => {
      if (!req.path.includes("/access_tokens")) this.requests.push(`${req.method} ${req.path}`);
    });
  }

  token(): this {
    this.api.post(`/app/installations/${INSTALLATION_ID}/access_tokens`).reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions: {} });
    return this;
  }

  pullRequest(state: PullRequestState = {}): this {
    this.api.get(`${repoPath}/pulls/${PR_NUMBER}`).reply(200, pullRequestBody(state));
    return this;
  }

  /** The policy on branch `ref` of this repo (asked for as refs/heads/<ref>); null: no file here nor in the org's .github repo. */
  policy(text: string | null, branch = "main"): this {
    const path = `${repoPath}/contents/.github%2Fblast-radius.yml`;
    const ref = `refs/heads/${branch}`;
    if (text === null) {
      this.api.get(path).query({ ref }).reply(404, { message: "Not Found" });
      this.api.get(`/repos/${OWNER}/.github/contents/.github%2Fblast-radius.yml`).reply(404, { message: "Not Found" });
    } else {
      this.api.get(path).query({ ref }).reply(200, text, { "content-type": "text/plain; charset=utf-8" });
    }
    return this;
  }

  /** The files, listed at `head` (GitHub names the commit in each file's blob URL). */
  files(files: FileEntry[], head = HEAD_SHA): this {
    const pages = Math.max(1, Math.ceil(Math.min(files.length, 3000) / 100));
    for (let page = 1; page <= pages; page++) {
      this.api
        .get(`${repoPath}/pulls/${PR_NUMBER}/files`)
        .query({ per_page: "100", page: String(page) })
        .reply(
          200,
          files.slice((page - 1) * 100, page * 100).map((f, i) => ({
            sha: `${i}`,
            changes: (f.additions ?? 0) + (f.deletions ?? 0),
            blob_url: `https://github.com/${OWNER}/${REPO}/blob/${head}/${f.filename}`,
            ...f,
          })),
        );
    }
    return this;
  }

  reviews(reviews: Array<{ login: string; state: string; commit?: string; bot?: boolean }>): this {
    this.api
      .get(`${repoPath}/pulls/${PR_NUMBER}/reviews`)
      .query({ per_page: "100" })
      .reply(
        200,
        reviews.map((r, i) => ({ id: 100 + i, user: { login: r.login, type: r.bot ? "Bot" : "User" }, state: r.state, commit_id: r.commit ?? HEAD_SHA, submitted_at: "2026-11-01T00:00:00Z" })),
      );
    return this;
  }

  /** The check runs already on the head commit with this name. */
  existingChecks(name: string, runs: Array<{ id: number; conclusion: string; title: string; summary: string; appId?: number }> = [], sha = HEAD_SHA): this {
    this.api
      .get(`${repoPath}/commits/${sha}/check-runs`)
      .query({ check_name: name, filter: "latest", per_page: "100" })
      .reply(200, {
        total_count: runs.length,
        check_runs: runs.map((r) => ({ id: r.id, name, head_sha: sha, status: "completed", conclusion: r.conclusion, output: { title: r.title, summary: r.summary }, app: { id: r.appId ?? 1 } })),
      });
    return this;
  }

  teamMember(team: string, login: string, member: boolean): this {
    const [org, slug] = team.split("/");
    const scope = this.api.get(`/orgs/${org}/teams/${slug}/memberships/${login}`);
    if (member) scope.reply(200, { state: "active", role: "member" });
    else {
      scope.reply(404, { message: "Not Found" });
      // GitHub's 404 is also what a token that cannot see the team gets: the app asks for the team, once.
      this.api.get(`/orgs/${org}/teams/${slug}`).optionally().reply(200, { slug, name: slug });
    }
    return this;
  }

  /** Label events, by default after the head commit was pushed (see headPushedBy). */
  labelEvents(events: Array<{ label: string; actor: string; at?: string }>): this {
    this.api
      .get(`${repoPath}/issues/${PR_NUMBER}/events`)
      .query({ per_page: "100", page: "1" })
      .reply(
        200,
        events.map((e, i) => ({ id: i + 1, event: "labeled", label: { name: e.label, color: "ededed" }, actor: { login: e.actor, type: "User" }, created_at: e.at ?? "2026-11-02T00:00:00Z" })),
      );
    return this;
  }

  /** GitHub's repository activity for the head branch: `login` pushed the head commit at `at`. */
  headPushedBy(login: string, at = "2026-11-01T00:00:00Z", head = HEAD_SHA): this {
    this.api
      .get(`${repoPath}/activity`)
      .query({ ref: "refs/heads/feature", per_page: "30" })
      .reply(200, [{ id: 1, before: "0".repeat(40), after: head, ref: "refs/heads/feature", timestamp: at, activity_type: "push", actor: { login, type: "User" } }]);
    return this;
  }

  /** GET /app (app-authenticated): who this app is, asked when a bot changes a label. */
  app(slug = "blast-radius"): this {
    this.api.get("/app").reply(200, { id: 1, slug, name: "Blast Radius" });
    return this;
  }

  expectLabelsAdded(styled = true): this {
    this.api.post(`${repoPath}/issues/${PR_NUMBER}/labels`, (body) => (this.recorded.labelsAdded.push(body), true)).reply(200, (_uri, body: any) =>
      body.labels.map((name: string, i: number) => ({ id: i, name, color: styled ? "b60205" : "ededed", description: styled ? "Blast Radius" : null })),
    );
    return this;
  }

  expectLabelStyled(name: string): this {
    this.api.patch(`${repoPath}/labels/${encodeURIComponent(name)}`, (body) => (this.recorded.labelPatches.push(body), true)).reply(200, {});
    return this;
  }

  expectLabelRemoved(name: string): this {
    this.api.delete(`${repoPath}/issues/${PR_NUMBER}/labels/${encodeURIComponent(name)}`).reply(200, () => {
      this.recorded.labelsRemoved.push(name);
      return [];
    });
    return this;
  }

  expectCheckCreated(): this {
    this.api.post(`${repoPath}/check-runs`, (body) => (this.recorded.checkCreated.push(body), true)).reply(201, { id: 555 });
    return this;
  }

  expectCheckUpdated(id: number): this {
    this.api.patch(`${repoPath}/check-runs/${id}`, (body) => (this.recorded.checkUpdated.push(body), true)).reply(200, { id });
    return this;
  }

  expectReviewRequest(): this {
    this.api.post(`${repoPath}/pulls/${PR_NUMBER}/requested_reviewers`, (body) => (this.recorded.reviewRequests.push(body), true)).reply(201, {});
    return this;
  }
}
