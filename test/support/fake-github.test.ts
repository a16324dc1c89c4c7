/** Exercises the loopback GitHub stand-in with plain fetch, the way Octokit would talk to it. */
import { ALL_PERMISSIONS, FakeGitHub, type FakePullRequest } from "./fake-github.js";
import { appManifestPermissions, exampleWorkflowPermissions } from "./permissions.js";

const HEAD = "a".repeat(40);
const AUTH = { headers: { authorization: "token ghs_test" } };

function pr(overrides: Partial<FakePullRequest> = {}): FakePullRequest {
  return {
    number: 7, title: "Touch the payments service", user: "octocat",
    head: { sha: HEAD, ref: "feature/pay" }, base: { ref: "main" },
    files: [{ filename: "src/pay.ts", additions: 3, deletions: 1 }],
    ...overrides,
  };
}

function manyFiles(n: number): FakePullRequest["files"] {
  return Array.from({ length: n }, (_, i) => ({ filename: `src/file-${i}.ts`, additions: 1, deletions: 0 }));
}

/** Parse a Link header into { rel: url }. */
function links(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (header ?? "").matchAll(/<([^>]+)>;\s*rel="(\w+)"/g)) out[m[2]] = m[1];
  return out;
}

describe("FakeGitHub", () => {
  let gh: FakeGitHub;
  let base: string;

  const api = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    return fetch(`${base}${path}`, {
      ...rest,
      headers: { accept: "application/vnd.github+json", authorization: "token ghs_test", ...(json !== undefined ? { "content-type": "application/json" } : {}), ...(rest.headers ?? {}) },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  };

  beforeEach(async () => {
    gh = new FakeGitHub();
    gh.addToken("ghs_test", { permissions: ALL_PERMISSIONS });
    base = (await gh.start()).url;
  });
  afterEach(() => gh.stop());

  test("start() serves on loopback and stop() is idempotent", async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const again = await gh.start();
    expect(again.url).toBe(base);
    await gh.stop();
    await gh.stop();
    await expect(fetch(`${base}/app`)).rejects.toThrow();
    base = (await gh.start()).url; // afterEach stops it again
  });

  test("unknown endpoints answer 404 with GitHub's body, and are recorded", async () => {
    const res = await api("/repos/acme/web/deployments?per_page=5");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await res.json()).toEqual({ message: "Not Found", documentation_url: expect.stringContaining("docs.github.com") });
    expect(gh.requests).toEqual([{ method: "GET", path: "/repos/acme/web/deployments", query: { per_page: "5" }, body: undefined }]);
  });

  test("every response carries a request id and generous rate-limit headers", async () => {
    const res = await api("/app");
    expect(res.headers.get("x-github-request-id")).toMatch(/\S+/);
    expect(Number(res.headers.get("x-ratelimit-limit"))).toBeGreaterThanOrEqual(5000);
    expect(Number(res.headers.get("x-ratelimit-remaining"))).toBeGreaterThan(1000);
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
  });

  test("the /api/v3 prefix is accepted and stripped from the log", async () => {
    gh.addPullRequest(pr());
    const viaGhe = await api("/api/v3/repos/acme/web/pulls/7");
    const plain = await api("/repos/acme/web/pulls/7");
    expect(viaGhe.status).toBe(200);
    expect(plain.status).toBe(200);
    expect(gh.requests.map((r) => r.path)).toEqual(["/repos/acme/web/pulls/7", "/repos/acme/web/pulls/7"]);
  });

  describe("app authentication", () => {
    test("installation tokens are minted for any JWT", async () => {
      const res = await api("/api/v3/app/installations/42/access_tokens", { method: "POST", headers: { authorization: "Bearer whatever.jwt.here" } });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { token: string; expires_at: string; repository_selection: string };
      expect(body.token).toMatch(/^ghs_/);
      expect(body.repository_selection).toBe("all");
      const ttl = Date.parse(body.expires_at) - Date.now();
      expect(ttl).toBeGreaterThan(55 * 60_000);
      expect(ttl).toBeLessThanOrEqual(60 * 60_000);
    });

    test("installation and app lookups", async () => {
      const jwt = { headers: { authorization: "Bearer app.jwt.here" } };
      expect(await (await api("/repos/acme/web/installation", jwt)).json()).toMatchObject({ id: 1, account: { login: "acme" } });
      expect(await (await api("/app", jwt)).json()).toMatchObject({ id: 1, slug: "blast-radius", name: "Blast Radius" });
    });
  });

  describe("pull requests", () => {
    test("GET one returns a realistic object; missing ones 404", async () => {
      gh.addPullRequest(pr({ labels: ["risk:low"], requestedReviewers: ["hubot"], requestedTeams: ["payments"], draft: true }));
      const body = (await (await api("/repos/acme/web/pulls/7")).json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        number: 7, state: "open", draft: true, title: "Touch the payments service",
        user: { login: "octocat", type: "User" },
        head: { sha: HEAD, ref: "feature/pay", repo: { full_name: "acme/web", fork: false } },
        base: { ref: "main", repo: { full_name: "acme/web" } },
        labels: [{ name: "risk:low", color: "ededed" }],
        requested_reviewers: [{ login: "hubot" }],
        requested_teams: [{ slug: "payments", name: "payments" }],
        changed_files: 1, additions: 3, deletions: 1,
        html_url: "https://github.com/acme/web/pull/7",
      });
      expect(typeof (body.base as { sha: unknown }).sha).toBe("string");
      expect((await api("/repos/acme/web/pulls/8")).status).toBe(404);
      expect((await api("/repos/other/web/pulls/7")).status).toBe(404);
    });

    test("fork heads are flagged", async () => {
      gh.addPullRequest(pr({ head: { sha: HEAD, ref: "patch-1", repoFullName: "stranger/web" } }));
      const body = (await (await api("/repos/acme/web/pulls/7")).json()) as { head: { repo: { full_name: string; fork: boolean } } };
      expect(body.head.repo).toMatchObject({ full_name: "stranger/web", fork: true });
    });

    test("listing filters by state and base and paginates", async () => {
      for (let n = 1; n <= 5; n++) gh.addPullRequest(pr({ number: n, base: { ref: n % 2 ? "main" : "release" } }));
      gh.addPullRequest(pr({ number: 6, state: "closed" }));
      const first = await api("/repos/acme/web/pulls?state=open&base=main&per_page=2");
      expect(((await first.json()) as Array<{ number: number }>).map((p) => p.number)).toEqual([5, 3]);
      const rel = links(first.headers.get("link"));
      expect(rel.next).toBe(`${base}/repos/acme/web/pulls?state=open&base=main&per_page=2&page=2`);
      expect(rel.last).toContain("page=2");
      const second = await fetch(rel.next, AUTH);
      expect(((await second.json()) as Array<{ number: number }>).map((p) => p.number)).toEqual([1]);
      expect(links(second.headers.get("link")).next).toBeUndefined();
    });
  });

  test("pull requests for a commit are those whose head it is", async () => {
    gh.addPullRequest(pr());
    gh.addPullRequest(pr({ number: 8, head: { sha: "c".repeat(40), ref: "other" } }));
    const list = (await (await api(`/repos/acme/web/commits/${HEAD}/pulls`)).json()) as Array<{ number: number; state: string; head: { sha: string } }>;
    expect(list).toEqual([expect.objectContaining({ number: 7, state: "open", head: expect.objectContaining({ sha: HEAD }) })]);
  });

  describe("pull request files", () => {
    test("250 files paginate in pages of 100 with Link headers", async () => {
      gh.addPullRequest(pr({ files: manyFiles(250) }));
      const seen: string[] = [];
      let url: string | undefined = `${base}/repos/acme/web/pulls/7/files?per_page=100`;
      const sizes: number[] = [];
      while (url) {
        const res: Response = await fetch(url, AUTH);
        const page = (await res.json()) as Array<{ filename: string; changes: number; sha: string; status: string }>;
        sizes.push(page.length);
        seen.push(...page.map((f) => f.filename));
        if (sizes.length === 1) {
          expect(links(res.headers.get("link")).last).toContain("page=3");
          expect(page[0]).toMatchObject({ filename: "src/file-0.ts", status: "modified", additions: 1, deletions: 0, changes: 1 });
          expect(page[0].sha).toMatch(/^[0-9a-f]{40}$/);
        }
        url = links(res.headers.get("link")).next;
      }
      expect(sizes).toEqual([100, 100, 50]);
      expect(new Set(seen).size).toBe(250);
    });

    test("per_page is capped at 100 and defaults to 30", async () => {
      gh.addPullRequest(pr({ files: manyFiles(250) }));
      expect(((await (await api("/repos/acme/web/pulls/7/files?per_page=500")).json()) as unknown[]).length).toBe(100);
      expect(((await (await api("/repos/acme/web/pulls/7/files")).json()) as unknown[]).length).toBe(30);
    });

    test("Link URLs keep the /api/v3 prefix so Octokit can follow them", async () => {
      gh.addPullRequest(pr({ files: manyFiles(150) }));
      const res = await api("/api/v3/repos/acme/web/pulls/7/files?per_page=100");
      expect(links(res.headers.get("link")).next).toBe(`${base}/api/v3/repos/acme/web/pulls/7/files?per_page=100&page=2`);
    });

    test("never more than 3,000 files, even when the PR has more", async () => {
      gh.addPullRequest(pr({ files: manyFiles(3500) }));
      const pull = (await (await api("/repos/acme/web/pulls/7")).json()) as { changed_files: number };
      expect(pull.changed_files).toBe(3500);
      const p30 = await api("/repos/acme/web/pulls/7/files?per_page=100&page=30");
      expect(((await p30.json()) as unknown[]).length).toBe(100);
      const rel = links(p30.headers.get("link"));
      expect(rel.next).toBeUndefined();
      expect(rel.prev).toContain("page=29");
      expect(await (await api("/repos/acme/web/pulls/7/files?per_page=100&page=31")).json()).toEqual([]);
    });

    test("changedFiles models a truncated list; renames keep previous_filename", async () => {
      gh.addPullRequest(pr({ changedFiles: 4000, files: [{ filename: "b.ts", status: "renamed", previous_filename: "a.ts" }] }));
      expect(await (await api("/repos/acme/web/pulls/7")).json()).toMatchObject({ changed_files: 4000 });
      expect(await (await api("/repos/acme/web/pulls/7/files")).json()).toEqual([
        expect.objectContaining({ filename: "b.ts", status: "renamed", previous_filename: "a.ts" }),
      ]);
    });
  });

  test("reviews are listed oldest first and paginated", async () => {
    gh.addPullRequest(pr({ requestedReviewers: ["alice", "bob"] }));
    gh.addReview(7, { user: "alice", state: "CHANGES_REQUESTED", commit_id: "old" });
    gh.addReview(7, { user: "alice", state: "APPROVED", commit_id: HEAD });
    gh.addReview(7, { id: 99, user: "renovate[bot]", state: "COMMENTED", commit_id: HEAD });
    const res = await api("/repos/acme/web/pulls/7/reviews?per_page=2");
    const page = (await res.json()) as Array<{ id: number; state: string; submitted_at: string; user: { login: string; type: string } }>;
    expect(page.map((r) => r.state)).toEqual(["CHANGES_REQUESTED", "APPROVED"]);
    expect(page[0].user).toMatchObject({ login: "alice", type: "User" });
    expect(Date.parse(page[0].submitted_at)).toBeLessThan(Date.parse(page[1].submitted_at));
    const rest = (await (await fetch(links(res.headers.get("link")).next, AUTH)).json()) as typeof page;
    expect(rest).toEqual([expect.objectContaining({ id: 99, user: expect.objectContaining({ type: "Bot" }) })]);
    // Submitting a review fulfils the request, as on GitHub.
    expect(gh.requestedReviewers(7).users).toEqual(["bob"]);
  });

  describe("contents", () => {
    beforeEach(() => {
      gh.setFile("main", ".github/blast-radius.yml", "rules: []\n");
      gh.setFile("feature/pay", ".github/blast-radius.yml", "rules: [feature]\n");
      gh.setFile("main", ".github/blast-radius.yml", "org: true\n", "acme/.github");
    });

    test("raw media type returns the text as text/plain", async () => {
      for (const accept of ["application/vnd.github.raw", "application/vnd.github.v3.raw", "application/vnd.github.raw+json"]) {
        const res = await api("/repos/acme/web/contents/.github/blast-radius.yml?ref=main", { headers: { accept } });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
        expect(await res.text()).toBe("rules: []\n");
      }
    });

    test("JSON form is base64 with a git blob sha", async () => {
      const body = (await (await api("/repos/acme/web/contents/.github/blast-radius.yml?ref=feature/pay")).json()) as Record<string, string>;
      expect(body).toMatchObject({ type: "file", encoding: "base64", path: ".github/blast-radius.yml", name: "blast-radius.yml", size: 17 });
      expect(Buffer.from(body.content, "base64").toString()).toBe("rules: [feature]\n");
      expect(body.sha).toMatch(/^[0-9a-f]{40}$/);
    });

    test("no ref means the default branch; a PR head sha means its branch", async () => {
      const raw = { accept: "application/vnd.github.raw" };
      expect(await (await api("/repos/acme/web/contents/.github/blast-radius.yml", { headers: raw })).text()).toBe("rules: []\n");
      gh.addPullRequest(pr());
      expect(await (await api(`/repos/acme/web/contents/.github/blast-radius.yml?ref=${HEAD}`, { headers: raw })).text()).toBe("rules: [feature]\n");
      gh.setDefaultBranch("trunk");
      expect((await api("/repos/acme/web/contents/.github/blast-radius.yml", { headers: raw })).status).toBe(404);
    });

    test("other repositories and missing files", async () => {
      const raw = { accept: "application/vnd.github.raw" };
      expect(await (await api("/api/v3/repos/acme/.github/contents/.github/blast-radius.yml", { headers: raw })).text()).toBe("org: true\n");
      const missing = await api("/repos/acme/web/contents/nope.yml", { headers: raw });
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ message: "Not Found" });
    });

    test("a directory lists its entries as JSON", async () => {
      const res = await api("/repos/acme/web/contents/.github", { headers: { accept: "application/vnd.github.raw" } });
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await res.json()).toEqual([expect.objectContaining({ type: "file", name: "blast-radius.yml", path: ".github/blast-radius.yml" })]);
    });
  });

  describe("labels", () => {
    test("create, conflict and case-insensitive lookup", async () => {
      const created = await api("/repos/acme/web/labels", { method: "POST", json: { name: "risk: high", color: "b60205", description: "Risky" } });
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({ name: "risk: high", color: "b60205", description: "Risky", id: expect.any(Number) });
      const dup = await api("/repos/acme/web/labels", { method: "POST", json: { name: "RISK: HIGH", color: "000000" } });
      expect(dup.status).toBe(422);
      expect(await dup.json()).toMatchObject({ message: "Validation Failed", errors: [{ code: "already_exists" }] });
      expect(await (await api("/repos/acme/web/labels/Risk%3A%20High")).json()).toMatchObject({ name: "risk: high" });
      expect((await api("/repos/acme/web/labels/nope")).status).toBe(404);
      expect(gh.repoLabels()).toEqual([{ name: "risk: high", color: "b60205", description: "Risky" }]);
    });

    test("adding to a PR returns its full list and auto-creates repo labels", async () => {
      gh.addRepoLabel("risk:low", "0e8a16");
      gh.addPullRequest(pr({ labels: ["risk:low"] }));
      const res = await api("/repos/acme/web/issues/7/labels", { method: "POST", json: { labels: ["risk:high", "area:pay"] } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Array<{ name: string }>).map((l) => l.name)).toEqual(["risk:low", "risk:high", "area:pay"]);
      expect(gh.labelsOf(7)).toEqual(["risk:low", "risk:high", "area:pay"]);
      expect(gh.repoLabels().map((l) => l.name)).toEqual(["risk:low", "risk:high", "area:pay"]);
      expect(((await (await api("/repos/acme/web/issues/7/labels")).json()) as unknown[]).length).toBe(3);
    });

    test("removing a label returns the rest; removing an absent one 404s", async () => {
      gh.addPullRequest(pr({ labels: ["risk:low", "risk:high"] }));
      const res = await api("/repos/acme/web/issues/7/labels/risk%3Alow", { method: "DELETE" });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual([expect.objectContaining({ name: "risk:high" })]);
      expect((await api("/repos/acme/web/issues/7/labels/risk%3Alow", { method: "DELETE" })).status).toBe(404);
      expect(gh.labelsOf(7)).toEqual(["risk:high"]);
    });

    test("PATCH restyles a label (GitHub creates implicit ones grey)", async () => {
      gh.addPullRequest(pr());
      const added = (await (await api("/repos/acme/web/issues/7/labels", { method: "POST", json: { labels: ["risk:high"] } })).json()) as Array<{ color: string; description: string | null }>;
      expect(added).toEqual([expect.objectContaining({ color: "ededed", description: null })]);
      const res = await api("/repos/acme/web/labels/risk%3Ahigh", { method: "PATCH", json: { color: "b60205", description: "High risk" } });
      expect(res.status).toBe(200);
      expect(gh.repoLabels()).toEqual([{ name: "risk:high", color: "b60205", description: "High risk" }]);
      expect((await api("/repos/acme/web/labels/absent", { method: "PATCH", json: { color: "000000" } })).status).toBe(404);
    });

    test("label events: seeded ones and the app's own, paginated", async () => {
      gh.addPullRequest(pr());
      gh.addLabelEvent(7, "risk:high", "maintainer");
      expect(gh.labelsOf(7)).toEqual(["risk:high"]);
      await api("/repos/acme/web/issues/7/labels/risk%3Ahigh", { method: "DELETE" });
      const res = await api("/repos/acme/web/issues/7/events?per_page=1");
      expect(await res.json()).toEqual([expect.objectContaining({ event: "labeled", label: expect.objectContaining({ name: "risk:high" }), actor: expect.objectContaining({ login: "maintainer", type: "User" }) })]);
      const next = (await (await fetch(links(res.headers.get("link")).next, AUTH)).json()) as Array<Record<string, unknown>>;
      expect(next).toEqual([expect.objectContaining({ event: "unlabeled", actor: expect.objectContaining({ login: "blast-radius[bot]", type: "Bot" }) })]);
    });
  });

  describe("check runs", () => {
    test("create, list by ref and name, update to completed", async () => {
      const created = await api("/repos/acme/web/check-runs", {
        method: "POST", json: { name: "Blast Radius", head_sha: HEAD, status: "in_progress", output: { title: "Evaluating", summary: "…" } },
      });
      expect(created.status).toBe(201);
      const run = (await created.json()) as { id: number; status: string; conclusion: string | null };
      expect(run).toMatchObject({ name: "Blast Radius", head_sha: HEAD, status: "in_progress", conclusion: null });
      await api("/repos/acme/web/check-runs", { method: "POST", json: { name: "Other", head_sha: HEAD } });
      await api("/repos/acme/web/check-runs", { method: "POST", json: { name: "Blast Radius", head_sha: "b".repeat(40) } });

      const listed = (await (await api(`/repos/acme/web/commits/${HEAD}/check-runs?check_name=Blast%20Radius`)).json()) as { total_count: number; check_runs: Array<{ id: number }> };
      expect(listed.total_count).toBe(1);
      expect(listed.check_runs[0].id).toBe(run.id);

      const patched = await api(`/repos/acme/web/check-runs/${run.id}`, {
        method: "PATCH", json: { conclusion: "failure", output: { title: "High risk", summary: "2 rules", text: "details" }, details_url: "https://example.test/r" },
      });
      expect(patched.status).toBe(200);
      expect(await patched.json()).toMatchObject({ status: "completed", conclusion: "failure", completed_at: expect.any(String), output: { title: "High risk", summary: "2 rules", text: "details" } });
      expect(gh.checkRuns().find((r) => r.id === run.id)).toMatchObject({ status: "completed", conclusion: "failure", details_url: "https://example.test/r" });
      expect(gh.checkRuns()).toHaveLength(3);
    });

    test("validates like GitHub", async () => {
      const post = (json: unknown) => api("/repos/acme/web/check-runs", { method: "POST", json });
      expect((await post({ name: "x", head_sha: HEAD, output: { title: "t", summary: "s".repeat(65536) } })).status).toBe(422);
      expect((await post({ name: "x", head_sha: HEAD, output: { summary: "s" } })).status).toBe(422);
      expect((await post({ name: "x", head_sha: HEAD, status: "completed" })).status).toBe(422);
      expect((await post({ head_sha: HEAD })).status).toBe(422);
      expect((await post({ name: "x", head_sha: HEAD, output: { title: "t", summary: "s".repeat(65535) } })).status).toBe(201);
      const [run] = gh.checkRuns();
      const bad = await api(`/repos/acme/web/check-runs/${run.id}`, { method: "PATCH", json: { conclusion: "success", output: { title: "t", summary: "s".repeat(70000) } } });
      expect(bad.status).toBe(422);
      expect(gh.checkRuns()[0].conclusion).toBeNull(); // a rejected update changes nothing
      expect((await api("/repos/acme/web/check-runs/123456", { method: "PATCH", json: {} })).status).toBe(404);
    });

    test("check runs report the configured app id", async () => {
      const other = new FakeGitHub({ appId: 4242 });
      other.addToken("ghs_test", { permissions: ALL_PERMISSIONS });
      const { url } = await other.start();
      try {
        const res = await fetch(`${url}/repos/acme/web/check-runs`, { method: "POST", ...AUTH, body: JSON.stringify({ name: "x", head_sha: HEAD }) });
        expect(await res.json()).toMatchObject({ app: { id: 4242, slug: "blast-radius" } });
      } finally {
        await other.stop();
      }
    });

    test("filter=latest keeps only the newest run per name", async () => {
      for (const summary of ["one", "two"]) {
        await api("/repos/acme/web/check-runs", { method: "POST", json: { name: "Blast Radius", head_sha: HEAD, output: { title: "t", summary } } });
      }
      const latest = (await (await api(`/repos/acme/web/commits/${HEAD}/check-runs`)).json()) as { check_runs: Array<{ output: { summary: string } }> };
      expect(latest.check_runs.map((r) => r.output.summary)).toEqual(["two"]);
      const all = (await (await api(`/repos/acme/web/commits/${HEAD}/check-runs?filter=all`)).json()) as { total_count: number };
      expect(all.total_count).toBe(2);
    });
  });

  describe("review requests and teams", () => {
    test("requests users and teams; refuses the author", async () => {
      gh.addPullRequest(pr());
      gh.addTeam("acme", "payments");
      const res = await api("/repos/acme/web/pulls/7/requested_reviewers", { method: "POST", json: { reviewers: ["alice"], team_reviewers: ["payments"] } });
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ number: 7, requested_reviewers: [{ login: "alice" }], requested_teams: [{ slug: "payments" }] });
      const self = await api("/repos/acme/web/pulls/7/requested_reviewers", { method: "POST", json: { reviewers: ["OctoCat"] } });
      expect(self.status).toBe(422);
      expect(await self.json()).toMatchObject({ message: "Review cannot be requested from pull request author." });
      expect(gh.requestedReviewers(7)).toEqual({ users: ["alice"], teams: ["payments"] });
      await api("/repos/acme/web/pulls/7/requested_reviewers", { method: "DELETE", json: { reviewers: ["alice"] } });
      expect(gh.requestedReviewers(7)).toEqual({ users: [], teams: ["payments"] });
    });

    test("team membership", async () => {
      gh.addTeamMember("acme", "payments", "Alice");
      const res = await api("/orgs/acme/teams/payments/memberships/alice");
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ state: "active", role: "member", url: expect.any(String) });
      expect((await api("/orgs/acme/teams/payments/memberships/bob")).status).toBe(404);
      expect((await api("/orgs/acme/teams/ghosts/memberships/alice")).status).toBe(404);
    });
  });

  describe("failure injection and the request log", () => {
    test("failNext fails matching requests `times` times, then succeeds", async () => {
      gh.addPullRequest(pr());
      gh.failNext("GET", /\/pulls\/7\/files$/, 502, 2);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await api("/api/v3/repos/acme/web/pulls/7/files")).status);
      expect(statuses).toEqual([502, 502, 200]);
      expect((await api("/repos/acme/web/pulls/7")).status).toBe(200); // different path, untouched
    });

    test("failures match the method, carry a GitHub-like body and do not change state", async () => {
      gh.addPullRequest(pr());
      gh.failNext("POST", /labels$/, 403);
      expect((await api("/repos/acme/web/issues/7/labels")).status).toBe(200); // GET is not matched
      const res = await api("/repos/acme/web/issues/7/labels", { method: "POST", json: { labels: ["x"] } });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ message: "Resource not accessible by integration", documentation_url: expect.any(String) });
      expect(gh.labelsOf(7)).toEqual([]);
    });

    test("extra headers and messages, e.g. a secondary rate limit", async () => {
      gh.failNext("*", /.*/, 403, 1, { message: "You have exceeded a secondary rate limit.", headers: { "retry-after": "1" } });
      const res = await api("/app");
      expect(res.headers.get("retry-after")).toBe("1");
      expect(await res.json()).toMatchObject({ message: "You have exceeded a secondary rate limit." });
    });

    test("writes() keeps non-GET requests with parsed bodies; clearRequests() empties the log", async () => {
      gh.addPullRequest(pr());
      await api("/repos/acme/web/pulls/7");
      await api("/api/v3/repos/acme/web/issues/7/labels", { method: "POST", json: { labels: ["a"] } });
      expect(gh.writes()).toEqual([{ method: "POST", path: "/repos/acme/web/issues/7/labels", query: {}, body: { labels: ["a"] } }]);
      const log = gh.requests;
      expect(log).toHaveLength(2);
      gh.clearRequests();
      expect(log).toEqual([]);
      await api("/app");
      expect(log).toHaveLength(1); // the same array keeps recording
    });

    test("malformed JSON bodies get GitHub's 400", async () => {
      gh.addPullRequest(pr());
      const res = await api("/repos/acme/web/issues/7/labels", { method: "POST", body: "{nope", headers: { "content-type": "application/json" } });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ message: "Problems parsing JSON" });
    });
  });
});

/** The real client: Probot's Octokit pointed at the fake as a GHE host must page, parse and raise errors normally. */
describe("FakeGitHub with Probot's Octokit", () => {
  test("pagination, raw config and errors through /api/v3", async () => {
    const { ProbotOctokit } = await import("probot");
    const gh = new FakeGitHub();
    gh.addToken("ghs_fake", { permissions: ALL_PERMISSIONS });
    const { url } = await gh.start();
    try {
      const octokit = new ProbotOctokit({ auth: { token: "ghs_fake" }, baseUrl: `${url}/api/v3`, retry: { enabled: false }, throttle: { enabled: false } });
      gh.addPullRequest(pr({ files: manyFiles(250) }));
      gh.setFile("main", ".github/blast-radius.yml", "rules:\n  - name: pay\n");

      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: "acme", repo: "web", pull_number: 7, per_page: 100 });
      expect(files).toHaveLength(250);
      expect(gh.requests.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
      gh.clearRequests();

      const { config } = await octokit.config.get({ owner: "acme", repo: "web", path: ".github/blast-radius.yml" });
      expect(config).toEqual({ rules: [{ name: "pay" }] });

      // `_extends` on another branch pulls the org default from the `.github` repo's default branch.
      gh.setFile("release", ".github/blast-radius.yml", "_extends: .github\nlocal: true\n");
      gh.setFile("main", ".github/blast-radius.yml", "org: true\n", "acme/.github");
      const extended = await octokit.config.get({ owner: "acme", repo: "web", path: ".github/blast-radius.yml", branch: "release" });
      expect(extended.config).toEqual({ org: true, local: true });

      await octokit.rest.checks.create({ owner: "acme", repo: "web", name: "Blast Radius", head_sha: HEAD, status: "completed", conclusion: "success", output: { title: "ok", summary: "fine" } });
      const runs = await octokit.paginate(octokit.rest.checks.listForRef, { owner: "acme", repo: "web", ref: HEAD, check_name: "Blast Radius" });
      expect(runs.map((r) => r.conclusion)).toEqual(["success"]);

      await expect(octokit.rest.pulls.get({ owner: "acme", repo: "web", pull_number: 99 })).rejects.toMatchObject({ status: 404 });
    } finally {
      await gh.stop();
    }
  });
});

/** The stand-in must not be kinder than GitHub: tokens carry permissions and routes demand them. */
describe("FakeGitHub enforces GitHub's permission model", () => {
  let gh: FakeGitHub;
  let base: string;
  const call = (token: string | undefined, path: string, init: { method?: string; json?: unknown } = {}) =>
    fetch(`${base}${path}`, {
      method: init.method ?? "GET",
      headers: { ...(token ? { authorization: `token ${token}` } : {}), ...(init.json !== undefined ? { "content-type": "application/json" } : {}) },
      body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
    });

  beforeEach(async () => {
    gh = new FakeGitHub();
    base = (await gh.start()).url;
    gh.addPullRequest(pr());
  });
  afterEach(() => gh.stop());

  test("a request without a token, or with one GitHub never issued, gets 401", async () => {
    expect((await call(undefined, "/repos/acme/web/pulls/7")).status).toBe(401);
    const bad = await call("ghs_made_up", "/repos/acme/web/pulls/7");
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ message: "Bad credentials" });
  });

  test("the app's installation token carries exactly app.yml's default_permissions", async () => {
    const minted = await fetch(`${base}/app/installations/1/access_tokens`, { method: "POST", headers: { authorization: "Bearer app.jwt.sig" } });
    const { token, permissions } = (await minted.json()) as { token: string; permissions: Record<string, string> };
    expect(permissions).toEqual(appManifestPermissions());
    expect((await call(token, "/repos/acme/web/pulls/7")).status).toBe(200);
  });

  test("a token lacking the route's permission gets GitHub's 403 body and x-accepted-github-permissions", async () => {
    gh.addToken("ghs_read_only", { permissions: { pull_requests: "read" } });
    const res = await call("ghs_read_only", "/repos/acme/web/check-runs", { method: "POST", json: { name: "x", head_sha: HEAD } });
    expect(res.status).toBe(403);
    expect(res.headers.get("x-accepted-github-permissions")).toBe("checks=write");
    expect(await res.json()).toEqual({ message: "Resource not accessible by integration", documentation_url: expect.stringContaining("docs.github.com") });
    expect(gh.checkRuns()).toEqual([]);
  });

  test("adding a label the repository lacks creates it only with issues: write", async () => {
    gh.addToken("ghs_prs", { permissions: { pull_requests: "write" } });
    gh.addToken("ghs_issues", { permissions: { pull_requests: "write", issues: "write" } });
    const refused = await call("ghs_prs", "/repos/acme/web/issues/7/labels", { method: "POST", json: { labels: ["risk:high"] } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-accepted-github-permissions")).toBe("issues=write");
    expect(await refused.json()).toMatchObject({ message: "You do not have permission to create labels on this repository.", errors: [{ resource: "Repository", field: "label", code: "unauthorized" }] });
    expect(gh.repoLabels()).toEqual([]);
    expect(gh.labelsOf(7)).toEqual([]);

    expect((await call("ghs_issues", "/repos/acme/web/issues/7/labels", { method: "POST", json: { labels: ["risk:high"] } })).status).toBe(200);
    // Once the label exists, pull-requests: write is enough to add it to another PR.
    gh.addPullRequest(pr({ number: 8 }));
    expect((await call("ghs_prs", "/repos/acme/web/issues/8/labels", { method: "POST", json: { labels: ["risk:high"] } })).status).toBe(200);
    expect((await call("ghs_prs", "/repos/acme/web/labels", { method: "POST", json: { name: "risk:low", color: "0e8a16" } })).status).toBe(403);
  });

  test("team membership needs members: read; a workflow's GITHUB_TOKEN never sees teams", async () => {
    gh.addTeamMember("acme", "seniors", "sam");
    gh.addToken("ghs_app_without_members", { permissions: { pull_requests: "write" } });
    gh.addToken("ghs_app_with_members", { permissions: { pull_requests: "write", members: "read" } });
    gh.addToken("ghs_workflow", { kind: "workflow", permissions: exampleWorkflowPermissions() });
    const membership = "/orgs/acme/teams/seniors/memberships/sam";

    expect((await call("ghs_app_with_members", membership)).status).toBe(200);
    const denied = await call("ghs_app_without_members", membership);
    expect(denied.status).toBe(403);
    expect(denied.headers.get("x-accepted-github-permissions")).toBe("members=read");
    const hidden = await call("ghs_workflow", membership);
    expect(hidden.status).toBe(404);
    expect((await call("ghs_workflow", "/orgs/acme/teams/seniors")).status).toBe(404);

    const teamRequest = { method: "POST", json: { team_reviewers: ["seniors"] } };
    const refused = await call("ghs_workflow", "/repos/acme/web/pulls/7/requested_reviewers", teamRequest);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ message: expect.stringContaining("Reviews may only be requested from collaborators") });
    expect((await call("ghs_app_with_members", "/repos/acme/web/pulls/7/requested_reviewers", teamRequest)).status).toBe(201);
  });

  test("a token limited to some repositories gets 404 for the others, as GitHub hides them", async () => {
    gh.setFile("main", ".github/blast-radius.yml", "version: 1\n", "acme/.github");
    gh.addToken("ghs_web_only", { permissions: { contents: "read" }, repositories: ["acme/web"] });
    gh.addToken("ghs_everywhere", { permissions: { contents: "read" } });
    expect((await call("ghs_web_only", "/repos/acme/.github/contents/.github/blast-radius.yml")).status).toBe(404);
    expect((await call("ghs_web_only", "/repos/acme/.github")).status).toBe(404);
    expect((await call("ghs_everywhere", "/repos/acme/.github/contents/.github/blast-radius.yml")).status).toBe(200);
    expect((await call("ghs_everywhere", "/repos/acme/.github")).status).toBe(200);
  });
});

describe("the permissions admins are told to grant", () => {
  test("are read from app.yml and the README's example workflow", () => {
    expect(appManifestPermissions()).toMatchObject({ metadata: "read", pull_requests: "write", checks: "write" });
    expect(exampleWorkflowPermissions()).toMatchObject({ contents: "read", pull_requests: "write", checks: "write" });
  });

  test("the workflow's permissions come from the README's example, with hyphens as GitHub writes them", () => {
    const readme = "intro\n```yaml\non: pull_request_target\npermissions:\n  pull-requests: write\n  issues: none\njobs:\n  a:\n    steps:\n      - uses: blast-radius/blast-radius@v1\n```\n";
    expect(exampleWorkflowPermissions(readme)).toEqual({ pull_requests: "write" });
    expect(() => exampleWorkflowPermissions("no workflow here")).toThrow("expected one example workflow");
    // GitHub offers workflows no organisation permissions: a README promising `members: read` is wrong.
    expect(() => exampleWorkflowPermissions(readme.replace("issues: none", "members: read"))).toThrow("a workflow cannot grant members");
  });
});
