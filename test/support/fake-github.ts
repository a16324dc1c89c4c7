/**
 * A stateful stand-in for the GitHub REST API, served on loopback with node:http.
 *
 * End-to-end tests point real clients at it instead of mocking them:
 *  - the Probot app via GHE_HOST=127.0.0.1:PORT + GHE_PROTOCOL=http (requests arrive under /api/v3),
 *  - the bundled Action via GITHUB_API_URL=http://127.0.0.1:PORT (no prefix),
 *  - the benchmark.
 * Response shapes follow GitHub's documented objects closely enough for Octokit and our code;
 * anything unknown answers 404 and is recorded, so tests can notice unexpected calls.
 *
 * It enforces GitHub's permission model, so it cannot be kinder than GitHub: every request needs
 * a token it issued (401 otherwise). The app's installation tokens carry exactly app.yml's
 * `default_permissions` (unless the test installs it otherwise); other tokens, such as a workflow's
 * GITHUB_TOKEN with the README example's `permissions:`, are registered with `addToken`. Each route
 * names the permission it needs in GitHub's `x-accepted-github-permissions` format; a token without
 * it gets GitHub's 403. Tests that are not about permissions grant `ALL_PERMISSIONS` explicitly.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { appManifestPermissions, type Permissions } from "./permissions.js";

export type { Permissions } from "./permissions.js";

export interface FakePullRequest {
  number: number;
  title?: string;
  user: string;
  head: { sha: string; ref: string; repoFullName?: string };
  base: { ref: string; sha?: string };
  draft?: boolean;
  state?: "open" | "closed";
  labels?: string[];
  files: Array<{ filename: string; status?: string; additions?: number; deletions?: number; previous_filename?: string }>;
  /** Defaults to files.length; a larger value models GitHub truncating the file list. */
  changedFiles?: number;
  requestedReviewers?: string[];
  requestedTeams?: string[];
}

export interface FakeReview {
  id?: number;
  user: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";
  commit_id: string;
  userType?: "User" | "Bot";
}

export interface FakeLabel { id: number; name: string; color: string; description: string | null }

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text?: string | null; annotations_count: number };
  details_url?: string;
  external_id?: string;
  started_at: string;
  completed_at: string | null;
}

export interface RecordedRequest { method: string; path: string; query: Record<string, string>; body: unknown }

/** Extras for failNext, e.g. a secondary-rate-limit 403 with `retry-after`. */
export interface FailureOptions { message?: string; headers?: Record<string, string> }

interface LabelEvent { id: number; event: "labeled" | "unlabeled"; label: string; actor: string; created_at: string }
/** A branch update as GitHub's repository activity API reports it: who moved the ref, when, to what. */
interface Activity { id: number; before: string; after: string; ref: string; timestamp: string; activity_type: "push" | "force_push" | "branch_creation"; actor: string }
interface StoredReview { id: number; user: string; userType: "User" | "Bot"; state: string; commit_id: string; submitted_at: string }
interface Failure { method: string; pattern: RegExp; status: number; times: number; options: FailureOptions }

/**
 * What a token may do. `installation` tokens are a GitHub App's; `workflow` is a workflow's
 * GITHUB_TOKEN, to which GitHub never shows an organisation's teams (it answers 404 there, and
 * refuses team review requests as "not a collaborator"). `repositories` limits which repositories
 * the token can see (full names); others answer 404, as on GitHub. Default: every repository.
 */
export interface TokenGrant {
  permissions: Permissions;
  kind?: "installation" | "workflow";
  repositories?: string[];
}

/** Every permission Blast Radius could use, for tests that are not about permissions. */
export const ALL_PERMISSIONS: Permissions = {
  metadata: "read", contents: "write", pull_requests: "write", issues: "write", checks: "write", members: "read", administration: "write",
};

/** What a handler needs about the request; `res` is only for headers such as Link. */
export interface Ctx {
  /** the token the request was made with (app JWT routes: the app's own grant) */
  token: TokenGrant;
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  prefix: string;
  path: string;
}
/** Handlers return [status, json] or a full reply (raw text bodies). */
export type Reply = [number, unknown] | { status: number; text: string; contentType: string };
export type Handler = (ctx: Ctx) => Reply;

const DOCS = "https://docs.github.com/rest";
/** A GitHub App authenticates as itself with a JWT (three dot-separated parts). */
const isJwt = (credential: string) => credential.split(".").length === 3;
const APP = { id: 1, slug: "blast-radius", name: "Blast Radius" };
const APP_BOT = `${APP.slug}[bot]`;
const MAX_FILES = 3000; // GitHub stops listing pull request files after 3,000.
const MAX_OUTPUT = 65535; // Check run output.summary / output.text limit.
const CHECK_STATUSES = ["queued", "in_progress", "completed", "waiting", "requested", "pending"];
const CONCLUSIONS = ["action_required", "cancelled", "failure", "neutral", "success", "skipped", "stale", "timed_out"];

/** Stable numeric ids for logins/teams so repeated objects agree with each other. */
function numericId(s: string): number {
  return createHash("sha1").update(s.toLowerCase()).digest().readUInt32BE(0) % 100_000_000;
}
const fakeSha = (s: string) => createHash("sha1").update(s).digest("hex");
const gitBlobSha = (text: string) => fakeSha(`blob ${Buffer.byteLength(text)}\0${text}`);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const notFound = (): Reply => [404, { message: "Not Found", documentation_url: DOCS }];
const invalid = (message: string, errors: unknown[] = []): Reply => [422, { message, errors, documentation_url: DOCS }];

function user(login: string, type?: "User" | "Bot" | "Organization") {
  const id = numericId(login);
  return {
    login, id, node_id: `U_${id}`, type: type ?? (login.endsWith("[bot]") ? "Bot" : "User"), site_admin: false,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`, html_url: `https://github.com/${login}`, url: `https://api.github.com/users/${login}`,
  };
}

/** Turn "/repos/:owner/:repo/contents/:path+" into an anchored regex; `+` captures slashes too. */
function compile(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template.replace(/:(\w+)(\+?)/g, (_m, name: string, plus: string) => {
    names.push(name);
    return plus ? "(.+)" : "([^/]+)";
  });
  return { regex: new RegExp(`^${source}/?$`), names };
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  private readonly app: typeof APP;
  /** Every request in arrival order, including failed and unknown ones. */
  requests: RecordedRequest[] = [];
  /** Requests that counted against the rate limit (every answer but a 304). */
  rateLimitUsed = 0;
  /** 304 answers to conditional requests. */
  notModified = 0;
  /** How long every answer waits, like a real network hop to GitHub (0 by default). */
  latencyMs = 0;
  /** Called with each request once recorded, before it is answered: lets a test change state mid-evaluation. */
  beforeReply?: (request: RecordedRequest) => void;

  private server?: Server;
  private address?: { port: number; url: string };
  private nextId = 1000;
  private clock = Date.parse("2024-01-01T00:00:00Z");
  private defaultBranch = "main";
  private pulls = new Map<number, FakePullRequest & { created_at: string }>();
  private reviews = new Map<number, StoredReview[]>();
  private events = new Map<number, LabelEvent[]>();
  private activity: Activity[] = []; // newest last
  private labels = new Map<string, FakeLabel>(); // lower-cased name -> label
  private files = new Map<string, string>(); // "owner/repo\0ref\0path" (repo lower-cased) -> text
  private teams = new Map<string, Map<string, string>>(); // "org/slug" lower-cased -> lower-cased login -> login
  private readonly tokens = new Map<string, TokenGrant>();
  private readonly installation: TokenGrant;
  private runs: FakeCheckRun[] = [];
  private failures: Failure[] = [];
  /** What GET /repos/{owner}/{repo} says the token's user may do (GitHub sends it to user tokens only). */
  private repoPermissions?: { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean };

  private readonly routes: Array<{ method: string; regex: RegExp; names: string[]; handler: Handler; requires?: string }> = [];

  /**
   * `appId` (default 1) is what GET /app and every check run's `app.id` report. `installation` is
   * what the app's installation tokens carry: by default exactly app.yml's `default_permissions`
   * on every repository. Other tokens (a workflow's GITHUB_TOKEN) are registered with addToken.
   */
  constructor(options: { owner?: string; repo?: string; appId?: number; installation?: Partial<TokenGrant> } = {}) {
    this.owner = options.owner ?? "acme";
    this.repo = options.repo ?? "web";
    this.app = { ...APP, id: options.appId ?? APP.id };
    this.installation = { kind: "installation", ...options.installation, permissions: options.installation?.permissions ?? appManifestPermissions() };
    const r = "/repos/:owner/:repo";
    // Permissions as GitHub's "Permissions required for GitHub Apps" lists them (x-accepted-github-permissions).
    const prRead = "pull_requests=read";
    const labelsRead = "issues=read; pull_requests=read";
    const labelsWrite = "issues=write; pull_requests=write";
    this.route("POST", "/app/installations/:id/access_tokens", this.createToken, "jwt");
    this.route("GET", "/app", () => [200, { ...this.app, node_id: "A_1", owner: user(this.owner, "Organization"), html_url: `https://github.com/apps/${APP.slug}` }], "jwt");
    this.route("GET", `${r}/installation`, this.getInstallation, "jwt");
    this.route("GET", r, this.getRepo, "metadata=read");
    this.route("GET", `${r}/pulls`, this.listPulls, prRead);
    this.route("GET", `${r}/pulls/:number`, this.getPull, prRead);
    this.route("GET", `${r}/pulls/:number/files`, this.listFiles, prRead);
    this.route("GET", `${r}/pulls/:number/reviews`, this.listReviews, prRead);
    this.route("GET", `${r}/pulls/:number/requested_reviewers`, this.getRequestedReviewers, prRead);
    this.route("POST", `${r}/pulls/:number/requested_reviewers`, this.requestReviewers, "pull_requests=write");
    this.route("DELETE", `${r}/pulls/:number/requested_reviewers`, this.removeRequestedReviewers, "pull_requests=write");
    this.route("GET", `${r}/contents/:path+`, this.getContents, "contents=read");
    this.route("GET", `${r}/labels`, (c) => this.mainRepo(c) ?? this.paginate(c, [...this.labels.values()].map((l) => this.labelJson(l))), labelsRead);
    this.route("GET", `${r}/labels/:name`, this.getLabel, labelsRead);
    this.route("POST", `${r}/labels`, this.createLabel, "issues=write");
    this.route("PATCH", `${r}/labels/:name`, this.updateLabel, "issues=write");
    this.route("GET", `${r}/issues/:number/labels`, (c) => this.withPull(c, (pr) => this.paginate(c, this.prLabels(pr))), labelsRead);
    this.route("POST", `${r}/issues/:number/labels`, (c) => this.setIssueLabels(c, false), labelsWrite);
    this.route("PUT", `${r}/issues/:number/labels`, (c) => this.setIssueLabels(c, true), labelsWrite);
    this.route("DELETE", `${r}/issues/:number/labels/:name`, this.removeIssueLabel, labelsWrite);
    this.route("GET", `${r}/issues/:number/events`, this.listEvents, labelsRead);
    this.route("GET", `${r}/activity`, this.listActivity, "contents=read");
    this.route("GET", `${r}/commits/:sha/pulls`, this.listPullsForCommit, "contents=read; pull_requests=read");
    this.route("GET", `${r}/commits/:ref/check-runs`, this.listCheckRuns, "checks=read");
    this.route("POST", `${r}/check-runs`, this.createCheckRun, "checks=write");
    this.route("GET", `${r}/check-runs/:id`, (c) => this.withRun(c, (run) => [200, this.runJson(run)]), "checks=read");
    this.route("PATCH", `${r}/check-runs/:id`, this.updateCheckRun, "checks=write");
    this.route("GET", "/orgs/:org/teams/:slug", this.getTeam, "members=read");
    this.route("GET", "/orgs/:org/teams/:slug/memberships/:user", this.getMembership, "members=read");
    this.route("GET", "/orgs/:org/teams/:slug/members", this.listTeamMembers, "members=read");
  }

  // ---------------------------------------------------------------- lifecycle

  async start(): Promise<{ port: number; url: string }> {
    if (this.address) return this.address;
    const server = createServer((req, res) => {
      this.handle(req, res).catch(() => res.destroy()); // an aborted upload: drop the socket
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", resolve);
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.address = { port, url: `http://127.0.0.1:${port}` };
    return this.address;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.address = undefined;
    // fetch/undici keeps sockets alive; close them or Jest waits for them.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- state setup

  /** The PR's head branch is recorded as created by its author (or `pushedBy`) when it is added. */
  addPullRequest(pr: FakePullRequest, options: { pushedBy?: string } = {}): void {
    const copy = structuredClone(pr);
    for (const name of copy.labels ?? []) this.ensureLabel(name);
    this.pulls.set(pr.number, { ...copy, labels: this.canonicalLabelNames(copy.labels ?? []), created_at: this.tick() });
    if (!copy.head.repoFullName) this.recordActivity("branch_creation", copy.head.ref, "0".repeat(40), copy.head.sha, options.pushedBy ?? copy.user);
  }

  /** `pusher` pushes `sha` onto the PR's head branch; the PR then shows `files` (default: unchanged). */
  push(prNumber: number, pusher: string, sha: string, files?: FakePullRequest["files"]): void {
    const pr = this.pulls.get(prNumber);
    if (!pr) throw new Error(`FakeGitHub: no pull request #${prNumber}`);
    this.recordActivity("push", pr.head.ref, pr.head.sha, sha, pusher);
    pr.head = { ...pr.head, sha };
    if (files) pr.files = structuredClone(files);
  }

  addReview(prNumber: number, review: FakeReview): void {
    const list = this.reviews.get(prNumber) ?? [];
    list.push({
      id: review.id ?? this.newId(), user: review.user, userType: review.userType ?? (review.user.endsWith("[bot]") ? "Bot" : "User"),
      state: review.state, commit_id: review.commit_id, submitted_at: this.tick(),
    });
    this.reviews.set(prNumber, list);
    // Like GitHub, submitting a review satisfies that user's pending review request.
    const pr = this.pulls.get(prNumber);
    if (pr?.requestedReviewers) pr.requestedReviewers = pr.requestedReviewers.filter((u) => !same(u, review.user));
  }

  setFile(ref: string, path: string, text: string, repo = `${this.owner}/${this.repo}`): void {
    this.files.set(this.fileKey(repo, ref, path), text);
  }

  setRepoPermissions(permissions: { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean }): void {
    this.repoPermissions = permissions;
  }

  setDefaultBranch(name: string): void {
    this.defaultBranch = name;
  }

  addRepoLabel(name: string, color = "ededed", description?: string): void {
    this.labels.set(name.toLowerCase(), { id: this.newId(), name, color, description: description ?? null });
  }

  /** A token the API accepts, with what it may do. Requests with an unknown token get 401. */
  addToken(token: string, grant: TokenGrant): void {
    this.tokens.set(token, structuredClone(grant));
  }

  /** An organisation team; `addTeamMember` creates it too. */
  addTeam(org: string, teamSlug: string): void {
    const key = `${org}/${teamSlug}`.toLowerCase();
    if (!this.teams.has(key)) this.teams.set(key, new Map<string, string>());
  }

  addTeamMember(org: string, teamSlug: string, login: string): void {
    this.addTeam(org, teamSlug);
    this.teams.get(`${org}/${teamSlug}`.toLowerCase())!.set(login.toLowerCase(), login);
  }

  addLabelEvent(prNumber: number, label: string, actor: string): void {
    const pr = this.pulls.get(prNumber);
    if (!pr) throw new Error(`FakeGitHub: no pull request #${prNumber}`);
    this.applyLabel(pr, label, actor);
  }

  /** `actor` removes the label from the PR (an "unlabeled" event in its name). */
  removeLabelAs(prNumber: number, label: string, actor: string): void {
    const pr = this.pulls.get(prNumber);
    if (!pr) throw new Error(`FakeGitHub: no pull request #${prNumber}`);
    this.dropLabel(pr, label, actor);
  }

  /** The next `times` requests matching method (or "*") and path (prefix/query stripped) fail with `status`. */
  failNext(method: string, pathPattern: RegExp, status: number, times = 1, options: FailureOptions = {}): void {
    // Drop a /g or /y flag: RegExp.test would otherwise carry lastIndex between requests.
    const pattern = new RegExp(pathPattern.source, pathPattern.flags.replace(/[gy]/g, ""));
    this.failures.push({ method: method.toUpperCase(), pattern, status, times, options });
  }

  // ---------------------------------------------------------------- inspection

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET");
  }

  clearRequests(): void {
    this.requests.length = 0; // in place, so a reference a test kept to `requests` stays live
  }

  labelsOf(prNumber: number): string[] {
    return [...(this.pulls.get(prNumber)?.labels ?? [])];
  }

  repoLabels(): Array<{ name: string; color: string; description: string | null }> {
    return [...this.labels.values()].map(({ name, color, description }) => ({ name, color, description }));
  }

  checkRuns(): FakeCheckRun[] {
    return structuredClone(this.runs);
  }

  requestedReviewers(prNumber: number): { users: string[]; teams: string[] } {
    const pr = this.pulls.get(prNumber);
    return { users: [...(pr?.requestedReviewers ?? [])], teams: [...(pr?.requestedTeams ?? [])] };
  }

  // ---------------------------------------------------------------- request plumbing

  /**
   * Registers an endpoint. Public so that endpoint groups can live in their own modules.
   * `requires` is the permission GitHub names in `x-accepted-github-permissions` for it,
   * e.g. "issues=write" or "administration=read" (several alternatives joined by "; ").
   */
  route(method: string, template: string, handler: Handler, requires?: string): void {
    this.routes.push({ method, ...compile(template), handler: handler.bind(this), requires });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // GHE clients call /api/v3/...; github.com-style clients call the bare path. Handle both the same.
    const prefix = url.pathname.startsWith("/api/v3/") || url.pathname === "/api/v3" ? "/api/v3" : "";
    const path = url.pathname.slice(prefix.length) || "/";
    const query = Object.fromEntries(url.searchParams);
    const method = (req.method ?? "GET").toUpperCase();
    const raw = await readBody(req);
    let body: unknown = undefined;
    let badJson = false;
    if (raw.length) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = true;
      }
    }
    this.requests.push({ method, path, query, body });
    this.beforeReply?.(this.requests[this.requests.length - 1]);
    // GitHub is not on loopback: benchmarks and fleet tests ask for its latency.
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));

    let reply: Reply;
    const failure = this.failures.find((f) => (f.method === "*" || f.method === method) && f.pattern.test(path));
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      for (const [k, v] of Object.entries(failure.options.headers ?? {})) res.setHeader(k, v);
      reply = [failure.status, { message: failure.options.message ?? failureMessage(failure.status), documentation_url: DOCS }];
    } else if (badJson) {
      reply = [400, { message: "Problems parsing JSON", documentation_url: DOCS }];
    } else {
      reply = notFound();
      for (const r of this.routes) {
        const m = r.method === method ? r.regex.exec(path) : null;
        if (!m) continue;
        try {
          const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
          const auth = this.authorize(req, res, r.requires, params);
          reply = "reply" in auth ? auth.reply : r.handler({ req, res, params, query, body, prefix, path, token: auth.token });
        } catch (error) {
          // A bug in the fake should fail the test loudly, not hang the client.
          reply = [500, { message: `FakeGitHub handler error: ${String(error)}`, documentation_url: DOCS }];
        }
        break;
      }
    }
    this.send(req, res, reply);
  }

  /**
   * GitHub's permission model: who is calling (401 otherwise), whether the token can see the
   * repository (404 otherwise, as GitHub hides what a token cannot see), whether a workflow token
   * asks about an organisation's teams (404: GitHub never shows them to GITHUB_TOKEN), and whether
   * the token holds one of the permission sets the route accepts (403 with GitHub's body and the
   * `x-accepted-github-permissions` header otherwise).
   */
  private authorize(req: IncomingMessage, res: ServerResponse, requires: string | undefined, params: Record<string, string>): { token: TokenGrant } | { reply: Reply } {
    if (requires === "none") return { token: { permissions: {} } }; // endpoints that need no credentials
    const credential = /^(?:token|bearer)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ""))?.[1];
    if (!credential) return { reply: [401, { message: "Requires authentication", documentation_url: DOCS }] };
    if (requires === "jwt") {
      return isJwt(credential) ? { token: this.installation } : { reply: [401, { message: "A JSON web token could not be decoded", documentation_url: DOCS }] };
    }
    const token = this.tokens.get(credential);
    if (!token) return { reply: [401, { message: "Bad credentials", documentation_url: DOCS }] };
    if (params.owner && params.repo && token.repositories && !token.repositories.some((r) => same(r, `${params.owner}/${params.repo}`))) {
      return { reply: notFound() };
    }
    if (params.org && token.kind === "workflow") return { reply: notFound() };
    if (requires && !satisfies(token.permissions, requires)) {
      res.setHeader("x-accepted-github-permissions", requires);
      // GitHub names the kind of credential: an app's or a workflow's token, or a person's.
      const by = token.kind || credential.startsWith("ghs_") ? "integration" : "personal access token";
      return { reply: [403, { message: `Resource not accessible by ${by}`, documentation_url: DOCS }] };
    }
    return { token };
  }

  /**
   * Conditional requests as GitHub answers them: every GET answer carries an ETag, and a request
   * whose If-None-Match names the current one gets a bodiless 304 that does not count against the
   * rate limit.
   */
  private send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
    const text = Array.isArray(reply) ? JSON.stringify(reply[1]) : reply.text;
    const status = Array.isArray(reply) ? reply[0] : reply.status;
    if ((req.method ?? "GET").toUpperCase() === "GET" && status === 200) {
      const etag = `W/"${createHash("sha1").update(text).digest("hex")}"`;
      res.setHeader("etag", etag);
      if (req.headers["if-none-match"] === etag) {
        this.notModified++;
        this.setRateLimitHeaders(res);
        res.writeHead(304);
        res.end();
        return;
      }
    }
    this.rateLimitUsed++;
    this.setRateLimitHeaders(res);
    if (Array.isArray(reply)) {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(text);
    } else {
      res.writeHead(status, { "content-type": reply.contentType });
      res.end(text);
    }
  }

  private setRateLimitHeaders(res: ServerResponse): void {
    res.setHeader("x-github-request-id", `FAKE:${randomBytes(4).toString("hex").toUpperCase()}:${this.requests.length}`);
    res.setHeader("x-github-media-type", "github.v3; format=json");
    res.setHeader("x-github-api-version-selected", "2022-11-28");
    // Generous limits so Octokit's throttling plugin never waits on us.
    res.setHeader("x-ratelimit-limit", "15000");
    res.setHeader("x-ratelimit-remaining", String(15000 - Math.min(this.rateLimitUsed, 14000)));
    res.setHeader("x-ratelimit-used", String(Math.min(this.rateLimitUsed, 14000)));
    res.setHeader("x-ratelimit-reset", String(Math.floor(Date.now() / 1000) + 3600));
    res.setHeader("x-ratelimit-resource", "core");
  }

  /** Slice `items` like GitHub (per_page default 30, max 100) and set a Link header pointing back at this server. */
  private paginate<T>(c: Ctx, items: T[]): [number, T[]] {
    const perPage = Math.min(Math.max(Number.parseInt(c.query.per_page ?? "", 10) || 30, 1), 100);
    const page = Math.max(Number.parseInt(c.query.page ?? "", 10) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    if (last > 1) {
      // Absolute URLs with the same prefix, so Octokit's paginate can follow them verbatim.
      const link = (p: number, rel: string) => {
        const u = new URL(`http://${c.req.headers.host ?? "127.0.0.1"}${c.prefix}${c.path}`);
        for (const [k, v] of Object.entries({ ...c.query, page: String(p) })) u.searchParams.set(k, v);
        return `<${u.href}>; rel="${rel}"`;
      };
      const parts: string[] = [];
      if (page > 1) parts.push(link(Math.min(page - 1, last), "prev"));
      if (page < last) parts.push(link(page + 1, "next"), link(last, "last"));
      if (page > 1) parts.push(link(1, "first"));
      c.res.setHeader("link", parts.join(", "));
    }
    return [200, items.slice((page - 1) * perPage, page * perPage)];
  }

  private newId(): number {
    return ++this.nextId;
  }

  /** A deterministic clock for created_at/submitted_at, one minute per event, so ordering is stable. */
  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  /** Returns a 404 reply unless the request targets the repository this fake serves. */
  private mainRepo(c: Ctx): Reply | undefined {
    return same(c.params.owner, this.owner) && same(c.params.repo, this.repo) ? undefined : notFound();
  }

  private withPull(c: Ctx, fn: (pr: FakePullRequest & { created_at: string }) => Reply): Reply {
    const pr = this.mainRepo(c) ? undefined : this.pulls.get(Number(c.params.number));
    return pr ? fn(pr) : notFound();
  }

  private withRun(c: Ctx, fn: (run: FakeCheckRun) => Reply): Reply {
    const run = this.mainRepo(c) ? undefined : this.runs.find((r) => r.id === Number(c.params.id));
    return run ? fn(run) : notFound();
  }

  // ---------------------------------------------------------------- JSON shapes

  private repoJson(fullName: string) {
    const [owner, name] = fullName.split("/");
    const id = numericId(fullName);
    return {
      id, node_id: `R_${id}`, name, full_name: fullName, private: false, owner: user(owner, "Organization"),
      fork: !same(fullName, `${this.owner}/${this.repo}`), html_url: `https://github.com/${fullName}`,
      url: `https://api.github.com/repos/${fullName}`, default_branch: this.defaultBranch,
    };
  }

  private labelJson(l: FakeLabel) {
    return {
      id: l.id, node_id: `LA_${l.id}`, url: `https://api.github.com/repos/${this.owner}/${this.repo}/labels/${encodeURIComponent(l.name)}`,
      name: l.name, color: l.color, default: false, description: l.description,
    };
  }

  private teamJson(org: string, slug: string) {
    const id = numericId(`${org}/${slug}`);
    return { id, node_id: `T_${id}`, slug, name: slug, privacy: "closed", permission: "pull", html_url: `https://github.com/orgs/${org}/teams/${slug}` };
  }

  /** Full pull request object (GET one); the list endpoint omits the diff stats, as GitHub does. */
  private pullJson(pr: FakePullRequest & { created_at: string }, full = true) {
    const main = `${this.owner}/${this.repo}`;
    const headRepo = pr.head.repoFullName ?? main;
    const html = `https://github.com/${main}/pull/${pr.number}`;
    const id = numericId(`${main}#${pr.number}`);
    const simple = {
      id, node_id: `PR_${id}`, number: pr.number, state: pr.state ?? "open", locked: false, title: pr.title ?? `PR #${pr.number}`,
      body: null, user: user(pr.user), html_url: html, url: `https://api.github.com/repos/${main}/pulls/${pr.number}`,
      diff_url: `${html}.diff`, patch_url: `${html}.patch`, draft: pr.draft ?? false,
      labels: this.prLabels(pr), requested_reviewers: (pr.requestedReviewers ?? []).map((u) => user(u)),
      requested_teams: (pr.requestedTeams ?? []).map((t) => this.teamJson(this.owner, t)),
      head: { label: `${headRepo.split("/")[0]}:${pr.head.ref}`, ref: pr.head.ref, sha: pr.head.sha, user: user(headRepo.split("/")[0]), repo: this.repoJson(headRepo) },
      base: { label: `${this.owner}:${pr.base.ref}`, ref: pr.base.ref, sha: this.baseSha(pr), user: user(this.owner, "Organization"), repo: this.repoJson(main) },
      created_at: pr.created_at, updated_at: pr.created_at, closed_at: null, merged_at: null, merge_commit_sha: null,
      author_association: "MEMBER",
    };
    if (!full) return simple;
    const sum = (k: "additions" | "deletions") => pr.files.reduce((n, f) => n + (f[k] ?? 0), 0);
    return {
      ...simple, merged: false, mergeable: true, mergeable_state: "clean", comments: 0, review_comments: 0, commits: 1,
      additions: sum("additions"), deletions: sum("deletions"), changed_files: pr.changedFiles ?? pr.files.length,
    };
  }

  private runJson(run: FakeCheckRun) {
    const main = `${this.owner}/${this.repo}`;
    const { output, ...rest } = run;
    return {
      ...rest, node_id: `CR_${run.id}`, external_id: run.external_id ?? "", details_url: run.details_url ?? null,
      url: `https://api.github.com/repos/${main}/check-runs/${run.id}`, html_url: `https://github.com/${main}/runs/${run.id}`,
      output: { title: output.title, summary: output.summary, text: output.text ?? null, annotations_count: output.annotations_count,
        annotations_url: `https://api.github.com/repos/${main}/check-runs/${run.id}/annotations` },
      check_suite: { id: numericId(`suite:${run.head_sha}`) }, app: { ...this.app, owner: user(this.owner, "Organization") }, pull_requests: [],
    };
  }

  // ---------------------------------------------------------------- label helpers

  private ensureLabel(name: string): FakeLabel {
    // GitHub creates unknown labels (colour ededed) when they are added to an issue.
    if (!this.labels.has(name.toLowerCase())) this.addRepoLabel(name);
    return this.labels.get(name.toLowerCase())!;
  }

  private canonicalLabelNames(names: string[]): string[] {
    const out: string[] = [];
    for (const n of names) {
      const name = this.ensureLabel(n).name;
      if (!out.includes(name)) out.push(name);
    }
    return out;
  }

  private prLabels(pr: FakePullRequest) {
    return (pr.labels ?? []).map((n) => this.labelJson(this.ensureLabel(n)));
  }

  private applyLabel(pr: FakePullRequest, name: string, actor: string): void {
    const label = this.ensureLabel(name);
    pr.labels = pr.labels ?? [];
    if (pr.labels.some((n) => same(n, name))) return; // GitHub records no event for a no-op add.
    pr.labels.push(label.name);
    this.recordEvent(pr.number, "labeled", label.name, actor);
  }

  private recordActivity(type: Activity["activity_type"], branch: string, before: string, after: string, actor: string): void {
    this.activity.push({ id: this.newId(), before, after, ref: `refs/heads/${branch}`, timestamp: this.tick(), activity_type: type, actor });
  }

  /** Newest first, like GitHub; `ref` may be a branch name or refs/heads/<name>. */
  private listActivity(c: Ctx): Reply {
    const ref = c.query.ref ? (c.query.ref.startsWith("refs/") ? c.query.ref : `refs/heads/${c.query.ref}`) : undefined;
    const list = this.activity.filter((a) => !ref || a.ref === ref).filter((a) => !c.query.activity_type || a.activity_type === c.query.activity_type).reverse();
    const perPage = Math.min(Math.max(Number.parseInt(c.query.per_page ?? "", 10) || 30, 1), 100);
    return this.mainRepo(c) ?? [200, list.slice(0, perPage).map((a) => ({
      id: a.id, node_id: `RA_${a.id}`, before: a.before, after: a.after, ref: a.ref, timestamp: a.timestamp,
      activity_type: a.activity_type, actor: user(a.actor),
    }))];
  }

  private recordEvent(prNumber: number, event: "labeled" | "unlabeled", label: string, actor: string): void {
    const list = this.events.get(prNumber) ?? [];
    list.push({ id: this.newId(), event, label, actor, created_at: this.tick() });
    this.events.set(prNumber, list);
  }

  private baseSha(pr: FakePullRequest): string {
    return pr.base.sha ?? fakeSha(`base:${pr.base.ref}`);
  }

  private fileKey(repo: string, ref: string, path: string): string {
    return `${repo.toLowerCase()}\0${ref.replace(/^refs\/heads\//, "")}\0${path.replace(/^\/+/, "")}`;
  }

  // ---------------------------------------------------------------- handlers: app & repo

  /**
   * An installation token with the installation's permissions and repositories. Like GitHub (and
   * actions/create-github-app-token), a body may narrow them; asking for more than the
   * installation has is refused.
   */
  private createToken(c: Ctx): Reply {
    const expires = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const b = (c.body ?? {}) as { permissions?: Permissions; repositories?: string[] };
    const permissions = b.permissions ?? this.installation.permissions;
    for (const [name, access] of Object.entries(permissions)) {
      if (!satisfies(this.installation.permissions, `${name}=${access}`)) {
        return invalid(`The permissions requested are not granted to this installation.`);
      }
    }
    const repositories = b.repositories?.map((r) => `${this.owner}/${r}`) ?? this.installation.repositories;
    const token = `ghs_installation_${this.newId()}`;
    this.addToken(token, { kind: "installation", permissions, repositories });
    return [201, { token, expires_at: expires, permissions, repository_selection: repositories ? "selected" : "all" }];
  }

  private getInstallation(c: Ctx): Reply {
    const fullName = `${c.params.owner}/${c.params.repo}`;
    if (this.installation.repositories && !this.installation.repositories.some((r) => same(r, fullName))) return notFound();
    return [200, {
      id: 1, account: user(c.params.owner, "Organization"), app_id: this.app.id, app_slug: APP.slug, target_type: "Organization",
      repository_selection: this.installation.repositories ? "selected" : "all", permissions: this.installation.permissions, events: [],
      access_tokens_url: "https://api.github.com/app/installations/1/access_tokens",
    }];
  }

  /** The served repository, or another one that has files (e.g. the organisation's `.github`). */
  private getRepo(c: Ctx): Reply {
    const fullName = `${c.params.owner}/${c.params.repo}`;
    if (same(fullName, `${this.owner}/${this.repo}`)) return [200, { ...this.repoJson(fullName), ...(this.repoPermissions ? { permissions: this.repoPermissions } : {}) }];
    const prefix = `${fullName.toLowerCase()}\0`;
    return [...this.files.keys()].some((k) => k.startsWith(prefix)) ? [200, this.repoJson(fullName)] : notFound();
  }

  // ---------------------------------------------------------------- handlers: pulls

  private listPulls(c: Ctx): Reply {
    const state = c.query.state ?? "open";
    const list = [...this.pulls.values()]
      .filter((p) => state === "all" || (p.state ?? "open") === state)
      .filter((p) => !c.query.base || p.base.ref === c.query.base)
      .filter((p) => !c.query.head || `${(p.head.repoFullName ?? this.owner).split("/")[0]}:${p.head.ref}` === c.query.head)
      .sort((a, b) => (c.query.direction === "asc" ? a.number - b.number : b.number - a.number)); // GitHub: newest first
    return this.mainRepo(c) ?? this.paginate(c, list.map((p) => this.pullJson(p, false)));
  }

  /** PRs whose head is the commit (GitHub also lists the merged PR that introduced it; we have no history). */
  private listPullsForCommit(c: Ctx): Reply {
    const list = [...this.pulls.values()].filter((p) => p.head.sha === c.params.sha).sort((a, b) => b.number - a.number);
    return this.mainRepo(c) ?? this.paginate(c, list.map((p) => this.pullJson(p, false)));
  }

  private getPull(c: Ctx): Reply {
    return this.withPull(c, (pr) => [200, this.pullJson(pr)]);
  }

  private listFiles(c: Ctx): Reply {
    return this.withPull(c, (pr) => {
      const files = pr.files.slice(0, MAX_FILES).map((f) => {
        const additions = f.additions ?? 0;
        const deletions = f.deletions ?? 0;
        const sha = fakeSha(`${pr.head.sha}:${f.filename}`);
        return {
          sha, filename: f.filename, status: f.status ?? "modified", additions, deletions, changes: additions + deletions,
          blob_url: `https://github.com/${this.owner}/${this.repo}/blob/${pr.head.sha}/${f.filename}`,
          raw_url: `https://github.com/${this.owner}/${this.repo}/raw/${pr.head.sha}/${f.filename}`,
          contents_url: `https://api.github.com/repos/${this.owner}/${this.repo}/contents/${f.filename}?ref=${pr.head.sha}`,
          ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
        };
      });
      return this.paginate(c, files);
    });
  }

  private listReviews(c: Ctx): Reply {
    return this.withPull(c, (pr) => this.paginate(c, (this.reviews.get(pr.number) ?? []).map((r) => ({
      id: r.id, node_id: `PRR_${r.id}`, user: user(r.user, r.userType), body: "", state: r.state, commit_id: r.commit_id,
      submitted_at: r.submitted_at, author_association: "MEMBER",
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}#pullrequestreview-${r.id}`,
    }))));
  }

  private getRequestedReviewers(c: Ctx): Reply {
    return this.withPull(c, (pr) => {
      const j = this.pullJson(pr);
      return [200, { users: j.requested_reviewers, teams: j.requested_teams }];
    });
  }

  private requestReviewers(c: Ctx): Reply {
    return this.withPull(c, (pr) => {
      const b = (c.body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] };
      const users = b.reviewers ?? [];
      const teams = b.team_reviewers ?? [];
      if (!Array.isArray(users) || !Array.isArray(teams)) return invalid("Invalid request.");
      if (users.some((u) => same(u, pr.user))) return invalid("Review cannot be requested from pull request author.");
      // A token that cannot see the organisation's teams (a workflow's GITHUB_TOKEN) gets the same
      // answer as for a team that does not exist or has no access to the repository.
      const canSeeTeams = c.token.kind !== "workflow" && satisfies(c.token.permissions, "members=read");
      if (teams.some((t) => !canSeeTeams || !this.teams.has(`${this.owner}/${t}`.toLowerCase()))) {
        return invalid(`Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the ${this.owner}/${this.repo} repository.`);
      }
      pr.requestedReviewers = [...(pr.requestedReviewers ?? [])];
      pr.requestedTeams = [...(pr.requestedTeams ?? [])];
      for (const u of users) if (!pr.requestedReviewers.some((x) => same(x, u))) pr.requestedReviewers.push(u);
      for (const t of teams) if (!pr.requestedTeams.some((x) => same(x, t))) pr.requestedTeams.push(t);
      return [201, this.pullJson(pr)];
    });
  }

  private removeRequestedReviewers(c: Ctx): Reply {
    return this.withPull(c, (pr) => {
      const b = (c.body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] };
      pr.requestedReviewers = (pr.requestedReviewers ?? []).filter((u) => !(b.reviewers ?? []).some((x) => same(x, u)));
      pr.requestedTeams = (pr.requestedTeams ?? []).filter((t) => !(b.team_reviewers ?? []).some((x) => same(x, t)));
      return [200, this.pullJson(pr)];
    });
  }

  // ---------------------------------------------------------------- handlers: contents

  private getContents(c: Ctx): Reply {
    const repo = `${c.params.owner}/${c.params.repo}`;
    const path = c.params.path.replace(/\/+$/, "");
    // A head/base sha resolves to that branch, since tests set files per branch name.
    let ref = c.query.ref ?? this.defaultBranch;
    // Like git, a bare name that is also a tag resolves to the tag (refs/tags/ before refs/heads/):
    // files set under "refs/tags/<name>" model a tag. A full ref is never ambiguous.
    if (!ref.startsWith("refs/") && [...this.files.keys()].some((k) => k.startsWith(this.fileKey(repo, `refs/tags/${ref}`, "")))) ref = `refs/tags/${ref}`;
    for (const pr of this.pulls.values()) {
      if (ref === pr.head.sha) ref = pr.head.ref;
      else if (ref === this.baseSha(pr)) ref = pr.base.ref;
    }
    const text = this.files.get(this.fileKey(repo, ref, path));
    const accept = String(c.req.headers.accept ?? "");
    const wantsRaw = /application\/vnd\.github(\.v3)?\.raw/.test(accept) || c.query.format === "raw";
    const entry = (p: string, type: string, body?: string) => ({
      type, name: p.split("/").pop(), path: p, sha: body === undefined ? fakeSha(`tree:${p}`) : gitBlobSha(body),
      size: body === undefined ? 0 : Buffer.byteLength(body),
      url: `https://api.github.com/repos/${repo}/contents/${p}?ref=${ref}`, html_url: `https://github.com/${repo}/blob/${ref}/${p}`,
      download_url: body === undefined ? null : `https://raw.githubusercontent.com/${repo}/${ref}/${p}`,
    });
    if (text !== undefined) {
      if (wantsRaw) return { status: 200, text, contentType: "text/plain; charset=utf-8" };
      // GitHub wraps base64 at 60 characters per line.
      const content = Buffer.from(text).toString("base64").replace(/.{60}/g, "$&\n");
      return [200, { ...entry(path, "file", text), encoding: "base64", content }];
    }
    // A directory answers with a JSON listing even for raw requests (Probot's config plugin relies on that).
    const dirPrefix = this.fileKey(repo, ref, path ? `${path}/` : "");
    const children = new Map<string, ReturnType<typeof entry>>();
    for (const [key, body] of this.files) {
      if (!key.startsWith(dirPrefix)) continue;
      const rest = key.slice(dirPrefix.length);
      const name = rest.split("/")[0];
      const childPath = path ? `${path}/${name}` : name;
      children.set(name, rest.includes("/") ? entry(childPath, "dir") : entry(childPath, "file", body));
    }
    return children.size ? [200, [...children.values()]] : notFound();
  }

  // ---------------------------------------------------------------- handlers: labels

  private getLabel(c: Ctx): Reply {
    const label = this.labels.get(c.params.name.toLowerCase());
    return this.mainRepo(c) ?? (label ? [200, this.labelJson(label)] : notFound());
  }

  private createLabel(c: Ctx): Reply {
    const b = (c.body ?? {}) as { name?: string; color?: string; description?: string };
    if (this.mainRepo(c)) return notFound();
    if (!b.name) return invalid("Validation Failed", [{ resource: "Label", code: "missing_field", field: "name" }]);
    if (b.color !== undefined && !/^#?[0-9a-f]{6}$/i.test(b.color)) {
      return invalid("Validation Failed", [{ resource: "Label", code: "invalid", field: "color" }]);
    }
    if (this.labels.has(b.name.toLowerCase())) {
      return invalid("Validation Failed", [{ resource: "Label", code: "already_exists", field: "name" }]);
    }
    this.addRepoLabel(b.name, (b.color ?? "ededed").replace(/^#/, ""), b.description);
    return [201, this.labelJson(this.labels.get(b.name.toLowerCase())!)];
  }

  private updateLabel(c: Ctx): Reply {
    const label = this.mainRepo(c) ? undefined : this.labels.get(c.params.name.toLowerCase());
    if (!label) return notFound();
    const b = (c.body ?? {}) as { new_name?: string; color?: string; description?: string };
    if (b.color !== undefined) label.color = b.color.replace(/^#/, "");
    if (b.description !== undefined) label.description = b.description;
    if (b.new_name && !same(b.new_name, label.name)) {
      this.labels.delete(label.name.toLowerCase());
      for (const pr of this.pulls.values()) pr.labels = pr.labels?.map((n) => (same(n, label.name) ? b.new_name! : n));
      label.name = b.new_name;
      this.labels.set(label.name.toLowerCase(), label);
    }
    return [200, this.labelJson(label)];
  }

  /** POST adds, PUT replaces. GitHub accepts `{labels: [...]}` or a bare array, of names or `{name}` objects. */
  private setIssueLabels(c: Ctx, replace: boolean): Reply {
    return this.withPull(c, (pr) => {
      const raw = Array.isArray(c.body) ? c.body : (c.body as { labels?: unknown } | undefined)?.labels;
      if (!Array.isArray(raw)) return invalid("Invalid request.\n\nFor 'links/0/schema', nil is not an array.");
      const names = raw.map((l) => (typeof l === "string" ? l : (l as { name?: string })?.name)).filter((n): n is string => !!n);
      // Since 2025 adding a label the repository does not have creates it only with issues: write.
      if (names.some((n) => !this.labels.has(n.toLowerCase())) && !satisfies(c.token.permissions, "issues=write")) {
        c.res.setHeader("x-accepted-github-permissions", "issues=write");
        return [403, {
          message: "You do not have permission to create labels on this repository.",
          errors: [{ resource: "Repository", field: "label", code: "unauthorized" }],
          documentation_url: "https://docs.github.com/rest/issues/labels#add-labels-to-an-issue",
        }];
      }
      if (replace) {
        for (const n of [...(pr.labels ?? [])]) {
          if (!names.some((x) => same(x, n))) this.dropLabel(pr, n);
        }
      }
      for (const n of names) this.applyLabel(pr, n, APP_BOT);
      return [200, this.prLabels(pr)];
    });
  }

  private removeIssueLabel(c: Ctx): Reply {
    return this.withPull(c, (pr) => {
      if (!(pr.labels ?? []).some((n) => same(n, c.params.name))) return [404, { message: "Label does not exist", documentation_url: DOCS }];
      this.dropLabel(pr, c.params.name);
      return [200, this.prLabels(pr)];
    });
  }

  private dropLabel(pr: FakePullRequest, name: string, actor = APP_BOT): void {
    const existing = (pr.labels ?? []).find((n) => same(n, name));
    if (!existing) return;
    pr.labels = (pr.labels ?? []).filter((n) => n !== existing);
    this.recordEvent(pr.number, "unlabeled", existing, actor);
  }

  private listEvents(c: Ctx): Reply {
    return this.withPull(c, (pr) => this.paginate(c, (this.events.get(pr.number) ?? []).map((e) => {
      const label = this.labels.get(e.label.toLowerCase());
      return {
        id: e.id, node_id: `LE_${e.id}`, url: `https://api.github.com/repos/${this.owner}/${this.repo}/issues/events/${e.id}`,
        actor: user(e.actor), event: e.event, commit_id: null, commit_url: null, created_at: e.created_at,
        label: { name: e.label, color: label?.color ?? "ededed" },
        performed_via_github_app: e.actor === APP_BOT ? this.app : null,
      };
    })));
  }

  // ---------------------------------------------------------------- handlers: check runs

  private listCheckRuns(c: Ctx): Reply {
    if (this.mainRepo(c)) return notFound();
    // The ref may be a sha or a branch; a branch resolves to the head sha of a PR from it.
    const ref = c.params.ref.replace(/^(refs\/)?heads\//, "");
    const shas = new Set([ref, ...[...this.pulls.values()].filter((p) => p.head.ref === ref).map((p) => p.head.sha)]);
    let runs = this.runs.filter((r) => shas.has(r.head_sha))
      .filter((r) => !c.query.check_name || r.name === c.query.check_name)
      .filter((r) => !c.query.status || r.status === c.query.status)
      .sort((a, b) => b.id - a.id);
    // filter=latest (the default) keeps only the most recent run per name.
    if (c.query.filter !== "all") runs = runs.filter((r, i) => runs.findIndex((x) => x.name === r.name) === i);
    const [status, page] = this.paginate(c, runs.map((r) => this.runJson(r)));
    return [status, { total_count: runs.length, check_runs: page }];
  }

  /** Validation shared by create and update; returns a 422 reply or undefined. */
  private validateRun(b: Record<string, unknown>): Reply | undefined {
    const missing = (field: string) => invalid("Invalid request.", [{ resource: "CheckRun", code: "missing_field", field }]);
    if (b.status !== undefined && !CHECK_STATUSES.includes(String(b.status))) return invalid(`Invalid request.\n\n"${b.status}" is not a valid status.`);
    if (b.conclusion !== undefined && b.conclusion !== null && !CONCLUSIONS.includes(String(b.conclusion))) {
      return invalid(`Invalid request.\n\n"${b.conclusion}" is not a valid conclusion.`);
    }
    const output = b.output as Record<string, unknown> | undefined;
    if (output !== undefined) {
      if (typeof output.title !== "string") return missing("output.title");
      if (typeof output.summary !== "string") return missing("output.summary");
      for (const field of ["summary", "text"]) {
        const v = output[field];
        if (typeof v === "string" && v.length > MAX_OUTPUT) {
          return invalid("Invalid request.", [{ resource: "CheckRun", code: "custom", field: `output.${field}`, message: `output.${field} is too long (maximum is ${MAX_OUTPUT} characters)` }]);
        }
      }
      if (Array.isArray(output.annotations) && output.annotations.length > 50) return invalid("Invalid request.\n\nOnly 50 annotations are allowed per request.");
    }
    return undefined;
  }

  private createCheckRun(c: Ctx): Reply {
    if (this.mainRepo(c)) return notFound();
    const b = (c.body ?? {}) as Record<string, unknown>;
    if (typeof b.name !== "string" || !b.name) return invalid("Invalid request.\n\nNo subschema in \"anyOf\" matched.", [{ field: "name", code: "missing_field" }]);
    if (typeof b.head_sha !== "string" || !b.head_sha) return invalid("Invalid request.", [{ field: "head_sha", code: "missing_field" }]);
    const error = this.validateRun(b);
    if (error) return error;
    const now = this.tick();
    const run: FakeCheckRun = {
      id: this.newId(), name: b.name, head_sha: b.head_sha, status: "queued", conclusion: null,
      output: { title: null, summary: null, text: null, annotations_count: 0 },
      started_at: typeof b.started_at === "string" ? b.started_at : now, completed_at: null,
    };
    const rejected = this.applyRunUpdate(run, b, now);
    if (rejected) return rejected;
    this.runs.push(run);
    return [201, this.runJson(run)];
  }

  private updateCheckRun(c: Ctx): Reply {
    return this.withRun(c, (run) => {
      const b = (c.body ?? {}) as Record<string, unknown>;
      const error = this.validateRun(b);
      if (error) return error;
      // Validate on a copy so a rejected PATCH leaves the stored run untouched.
      const next = structuredClone(run);
      const rejected = this.applyRunUpdate(next, b, this.tick());
      if (rejected) return rejected;
      Object.assign(run, next);
      return [200, this.runJson(run)];
    });
  }

  /** Merge writable fields; a conclusion implies status "completed", as on GitHub. */
  private applyRunUpdate(run: FakeCheckRun, b: Record<string, unknown>, now: string): Reply | undefined {
    if (typeof b.name === "string") run.name = b.name;
    if (typeof b.details_url === "string") run.details_url = b.details_url;
    if (typeof b.external_id === "string") run.external_id = b.external_id;
    if (typeof b.status === "string") run.status = b.status;
    if (typeof b.conclusion === "string") {
      run.conclusion = b.conclusion;
      run.status = "completed";
    }
    if (run.status === "completed" && !run.conclusion) {
      return invalid("Invalid request.\n\n\"conclusion\" wasn't supplied.", [{ field: "conclusion", code: "missing_field" }]);
    }
    if (run.status === "completed") run.completed_at = typeof b.completed_at === "string" ? b.completed_at : (run.completed_at ?? now);
    const output = b.output as { title: string; summary: string; text?: string; annotations?: unknown[] } | undefined;
    if (output) {
      run.output = {
        title: output.title, summary: output.summary, text: output.text ?? run.output.text ?? null,
        // Annotations accumulate across updates on GitHub.
        annotations_count: run.output.annotations_count + (output.annotations?.length ?? 0),
      };
    }
    return undefined;
  }

  // ---------------------------------------------------------------- handlers: teams

  private getTeam(c: Ctx): Reply {
    return this.teams.has(`${c.params.org}/${c.params.slug}`.toLowerCase()) ? [200, this.teamJson(c.params.org, c.params.slug)] : notFound();
  }

  private getMembership(c: Ctx): Reply {
    const { org, slug, user: login } = c.params;
    if (!this.teams.get(`${org}/${slug}`.toLowerCase())?.has(login.toLowerCase())) return notFound();
    return [200, { url: `https://api.github.com/teams/${numericId(`${org}/${slug}`)}/memberships/${login}`, role: "member", state: "active" }];
  }

  private listTeamMembers(c: Ctx): Reply {
    const members = this.teams.get(`${c.params.org}/${c.params.slug}`.toLowerCase());
    return members ? this.paginate(c, [...members.values()].map((m) => user(m))) : notFound();
  }
}

/** Whether `permissions` hold one of the `;`-separated sets in `accepted` (each `name=access,…`). */
function satisfies(permissions: Permissions, accepted: string): boolean {
  const held = (name: string, access: string) => {
    const has = name === "metadata" ? "read" : permissions[name]; // every token can read metadata
    return has === access || (has === "write" && access === "read");
  };
  return accepted.split(";").some((set) => set.split(",").every((p) => {
    const [name, access] = p.trim().split("=");
    return held(name, access);
  }));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Messages GitHub actually sends for these statuses (for an app token). */
function failureMessage(status: number): string {
  const known: Record<number, string> = {
    401: "Bad credentials", 403: "Resource not accessible by integration", 404: "Not Found", 409: "Git Repository is empty.",
    422: "Validation Failed", 429: "API rate limit exceeded", 500: "Server Error", 502: "Server Error", 503: "Service Unavailable",
  };
  return known[status] ?? STATUS_CODES[status] ?? "Error";
}
