/**
 * `blast-radius doctor` against the loopback GitHub stand-in (rulesets, branch protection, labels,
 * the policy and its `_extends` base, app installations, 403s with x-accepted-github-permissions).
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { chmodSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { APP_ID, APP_PERMISSIONS, healthyRepository, startStand, type Stand } from "./github-setup.js";
import { ROOT, tempDir } from "./helpers.js";

let stand: Stand;
beforeEach(async () => {
  stand = await startStand();
});
afterEach(() => stand.fake.stop());

const doctor = (...args: string[]) => stand.run(["doctor", "--repo", "acme/web", ...args]);
const requireFromApp = () => stand.rules.addRuleset({ name: "Blast Radius: main", include: ["refs/heads/main"], checks: [{ context: "blast-radius: main", integration_id: APP_ID }] });

describe("doctor: is the check required?", () => {
  it("enforced by a ruleset that takes the check only from the app: exit 0, every finding ok", async () => {
    healthyRepository(stand);
    const id = requireFromApp();
    const result = await doctor();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Blast Radius doctor: acme/web, branch main (check "blast-radius: main")');
    expect(result.stdout).toMatch(/\[ok {2}\] required check +"blast-radius: main" is required on main, from app 1\n/);
    expect(result.stdout).toContain(`required by ruleset ${id} (repository acme/web), from app 1`);
    expect(result.stdout).toMatch(/\[ok {2}\] policy +\.github\/blast-radius\.yml on main is valid \(mode enforce\)/);
    expect(result.stdout).toMatch(/\[ok {2}\] labels +all 5 labels exist with their colours/);
    expect(result.stdout).toMatch(/\[ok {2}\] app +app blast-radius \(id 1\) has contents: read, pull_requests: write, checks: write, issues: write, members: read/);
    expect(result.stdout).toMatch(/\[ok {2}\] token +the token's user has admin access to acme\/web/);
    expect(result.stdout).toContain('Enforced: "blast-radius: main" is required on main.');
    expect(result.stdout).not.toMatch(/FAIL|warn/);
  });

  it("an organisation ruleset the repository inherits counts, and says where it comes from", async () => {
    healthyRepository(stand);
    const id = stand.rules.addRuleset({ name: "org guardrails", include: ["~DEFAULT_BRANCH"], checks: [{ context: "blast-radius: main", integration_id: APP_ID }], organization: true });
    const result = await doctor();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`required by ruleset ${id} (organization acme), from app 1`);
  });

  it("a ruleset without the app as the source: enforced (exit 0) with a warning and the fix", async () => {
    healthyRepository(stand);
    stand.rules.addRuleset({ name: "checks", include: ["refs/heads/main"], checks: [{ context: "blast-radius: main" }] });
    const result = await doctor();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\[warn\] required check +"blast-radius: main" is required on main, but from any source: another app or a workflow could post a passing check of that name/);
    expect(result.stdout).toContain("fix: blast-radius protect --repo acme/web --branch main --app-id <the Blast Radius app's id>");
  });

  it("classic branch protection only: from the app is ok, without a source is a warning", async () => {
    healthyRepository(stand);
    stand.rules.setClassicProtection("main", [{ context: "blast-radius: main", app_id: APP_ID }]);
    const fromApp = await doctor();
    expect(fromApp.status).toBe(0);
    expect(fromApp.stdout).toContain("required by branch protection of main, from app 1");
    expect(fromApp.stdout).toMatch(/\[ok {2}\] required check/);

    stand.rules.setClassicProtection("main", [{ context: "blast-radius: main", app_id: null }]);
    const anySource = await doctor();
    expect(anySource.status).toBe(0);
    expect(anySource.stdout).toContain("required by branch protection of main, from any source");
    expect(anySource.stdout).toMatch(/\[warn\] required check/);
  });

  it("a check required from GitHub Actions (the Action's source) is a warning saying what a workflow edit could do", async () => {
    healthyRepository(stand);
    stand.rules.addRuleset({ name: "checks", include: ["refs/heads/main"], checks: [{ context: "blast-radius: main", integration_id: 15368 }] });
    const result = await doctor();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\[warn\] required check +"blast-radius: main" is required on main from GitHub Actions: any workflow of this repository, including one a pull request edits, can post it/);
    expect(result.stdout).toContain("fix: protect .github/workflows/** with CODEOWNERS and required code-owner review");
    expect(result.stdout).not.toContain("app 15368 is not installed");
  });

  it("GitHub without rulesets (404 on rules for a branch) falls back to classic protection", async () => {
    healthyRepository(stand);
    stand.rules.setClassicProtection("main", [{ context: "blast-radius: main", app_id: APP_ID }]);
    stand.fake.failNext("GET", /\/rules\/branches\//, 404);
    const result = await doctor();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("required by branch protection of main, from app 1");
  });

  it("nothing requires the check (or only another branch's check, or a ruleset in evaluate mode): exit 1 with the fix", async () => {
    healthyRepository(stand);
    stand.rules.addRuleset({ name: "develop", include: ["refs/heads/develop"], checks: [{ context: "blast-radius: develop", integration_id: APP_ID }] });
    stand.rules.addRuleset({ name: "trial", include: ["refs/heads/main"], checks: [{ context: "blast-radius: main", integration_id: APP_ID }], enforcement: "evaluate" });
    stand.rules.setClassicProtection("main", [{ context: "ci", app_id: null }]);
    const result = await doctor("--app-id", "1");
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/\[FAIL\] required check +nothing requires "blast-radius: main" on main: a pull request can merge with the check failing or missing/);
    expect(result.stdout).toContain("fix: blast-radius protect --repo acme/web --branch main --app-id 1");
    expect(result.stdout).toContain("Not enforced: 1 problem to fix (marked FAIL).");
  });

  it("--branch picks another branch and its own check name", async () => {
    healthyRepository(stand);
    stand.fake.setFile("release/2.x", ".github/blast-radius.yml", "version: 1\n");
    stand.rules.addBranch("release/2.x");
    stand.rules.addRuleset({ name: "releases", include: ["refs/heads/release/*"], checks: [{ context: "blast-radius: release/2.x", integration_id: APP_ID }] });
    const result = await doctor("--branch", "release/2.x");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"blast-radius: release/2.x" is required on release/2.x, from app 1');
  });
});

describe("doctor: policy, labels and the app", () => {
  it("missing and recoloured labels are a warning with the gh commands that fix them", async () => {
    stand.fake.setFile("main", ".github/blast-radius.yml", "version: 1\nlabels: { sandbox: false }\n");
    stand.fake.addRepoLabel("risk:low", "ededed");
    stand.rules.installApp({ appId: APP_ID, slug: "blast-radius", permissions: { ...APP_PERMISSIONS } });
    requireFromApp();
    const result = await doctor();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\[warn\] labels +4 of 4 labels are missing or have other colours/);
    expect(result.stdout).toContain("missing: risk:medium, risk:high, risk:critical (created on first use only if the app or token has issues: write)");
    expect(result.stdout).toContain("risk:low is #ededed, not #0e8a16");
    expect(result.stdout).toContain("gh label create risk:medium --repo acme/web --color fbca04 --description 'Blast Radius: medium risk'");
    expect(result.stdout).toContain("fix: gh label edit risk:low --repo acme/web --color 0e8a16");
  });

  it("an invalid policy: exit 1, every problem located", async () => {
    healthyRepository(stand, "version: 1\ndefault_tier: huge\nrules: []\n");
    requireFromApp();
    const result = await doctor();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/\[FAIL\] policy +\.github\/blast-radius\.yml on main is not a valid policy: every pull request gets a failing check/);
    expect(result.stdout).toMatch(/\.github\/blast-radius\.yml:2:\d+: .*huge/);
    expect(result.stdout).toContain("fix: fix the problems above (check locally with `blast-radius validate .github/blast-radius.yml`)");
  });

  it("an `_extends` base that cannot be read: exit 1, naming it, instead of passing on half a policy", async () => {
    healthyRepository(stand, `_extends: .github\n${"version: 1\n"}`);
    requireFromApp();
    const result = await doctor();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/\[FAIL\] policy +\.github\/blast-radius\.yml on main extends a policy that cannot be read, so its rules are missing/);
    expect(result.stdout).toContain("_extends: cannot read acme/.github:.github/blast-radius.yml: not installed or no access");
    // with the base present, the same policy is fine
    stand.fake.setFile("main", ".github/blast-radius.yml", "version: 1\n", "acme/.github");
    const fixed = await doctor();
    expect(fixed.stdout).toContain("[ok  ] policy");
    expect(fixed.status).toBe(0);
  });

  it("no policy at all, or report mode: not enforced, since the check never blocks", async () => {
    healthyRepository(stand, "version: 1\nmode: report\n");
    requireFromApp();
    const report = await doctor();
    expect(report.status).toBe(1);
    expect(report.stdout).toContain("is valid but in report mode: it labels and explains, and never blocks");
    expect(report.stdout).toContain("fix: set `mode: enforce` in the policy");

    const elsewhere = await doctor("--policy-path", ".github/other.yml");
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stdout).toContain("no policy at .github/other.yml on main (nor in the organisation's .github repository): the built-in default policy applies, in report mode, which never blocks");
  });

  it("the app the check must come from lacks a permission, or is not installed: exit 1", async () => {
    stand.fake.setFile("main", ".github/blast-radius.yml", "version: 1\nlabels: { sandbox: false }\n");
    stand.rules.installApp({ appId: APP_ID, slug: "blast-radius", permissions: { contents: "read", pull_requests: "write", checks: "write" } });
    requireFromApp();
    const lacking = await doctor();
    expect(lacking.status).toBe(1);
    expect(lacking.stdout).toMatch(/\[FAIL\] app +app blast-radius \(id 1\) lacks issues: write/);
    expect(lacking.stdout).toContain("issues: write is needed to create the risk labels");
    // the policy names no team, so members: read is not asked for
    expect(lacking.stdout).not.toContain("members");

    const other = await doctor("--app-id", "77");
    expect(other.stdout).toContain("app 77 is not installed on acme: the check it must post never arrives, so every pull request stays blocked");
    expect(other.stdout).toMatch(/\[warn\] required check +"blast-radius: main" is required on main, but from app 1, not app 77/);
  });
});

describe("doctor: the token", () => {
  it("a read GitHub refuses (403 with x-accepted-github-permissions) is named with the permission, and the answer is not 'enforced' (exit 2)", async () => {
    healthyRepository(stand);
    requireFromApp();
    stand.fake.failNext("GET", /\/contents\//, 403, 1, { message: "Resource not accessible by personal access token", headers: { "x-accepted-github-permissions": "contents=read" } });
    const result = await doctor();
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/\[\?\? {2}\] token +the token cannot read the policy \.github\/blast-radius\.yml on main \(403 Resource not accessible by personal access token\)/);
    expect(result.stdout).toContain("fix: give the token the permission contents: read");
    expect(result.stdout).toContain("Could not verify: 1 check the token could not read");
  });

  it("a fine-grained token without organisation access: the rules are read, the app's permissions are a warning", async () => {
    healthyRepository(stand);
    requireFromApp();
    stand.rules.grant("github_pat_repo_only", { metadata: "read", contents: "read", issues: "read" });
    stand.fake.setRepoPermissions({ admin: false, maintain: false, push: true, triage: true, pull: true });
    const result = await stand.run(["doctor", "--repo", "acme/web", "--format", "json"], { GITHUB_TOKEN: "github_pat_repo_only" });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { enforced: boolean; exitCode: number; findings: Array<{ topic: string; status: string; summary: string; details: string[] }> };
    expect(report.enforced).toBe(true);
    expect(report.exitCode).toBe(0);
    const app = report.findings.find((f) => f.topic === "app")!;
    expect(app.status).toBe("warn");
    expect(app.summary).toBe("could not check app 1's permissions: the token cannot list acme's app installations (403 Resource not accessible by personal access token)");
    expect(app.details).toEqual(["GitHub accepts: organization_administration=read"]);
    const token = report.findings.find((f) => f.topic === "token")!;
    expect(token).toMatchObject({ status: "warn", summary: "the token's user has write access to acme/web: enough to diagnose, not to change rulesets" });
  });

  it("errors (exit 2) without a token, with bad credentials, or for an unknown repository", async () => {
    healthyRepository(stand);
    requireFromApp();
    const noToken = await stand.run(["doctor", "--repo", "acme/web"], { GITHUB_TOKEN: "" });
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toBe("blast-radius: error: no GitHub token: set GITHUB_TOKEN (the GitHub CLI (gh) is not installed)\n");

    stand.fake.failNext("GET", /^\/repos\/acme\/web$/, 401);
    const bad = await doctor();
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("GitHub rejected the token (401 Bad credentials)");

    const unknown = await stand.run(["doctor", "--repo", "acme/nope"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("acme/nope does not exist, or the token cannot see it");
  });

  it("takes the token from `gh auth token` when GITHUB_TOKEN is unset", async () => {
    healthyRepository(stand);
    requireFromApp();
    stand.rules.grant("gho_from_gh", { metadata: "read", contents: "read" }); // recognisable by its limits
    const bin = tempDir({ gh: "#!/bin/sh\n[ \"$1 $2\" = \"auth token\" ] && echo gho_from_gh\n" });
    try {
      chmodSync(bin.path("gh"), 0o755);
      const result = await stand.run(["doctor", "--repo", "acme/web", "--format", "json"], { GITHUB_TOKEN: undefined, PATH: `${bin.dir}:/usr/bin:/bin` });
      const app = (JSON.parse(result.stdout) as { findings: Array<{ topic: string; summary: string }> }).findings.find((f) => f.topic === "app");
      expect(app?.summary).toContain("the token cannot list acme's app installations");
    } finally {
      bin.cleanup();
    }
  });

  it("GitHub failing or out of reach is an error (exit 2), not a verdict", async () => {
    healthyRepository(stand);
    requireFromApp();
    stand.fake.failNext("GET", /\/rules\/branches\//, 502);
    const failing = await doctor();
    expect(failing.status).toBe(2);
    expect(failing.stdout).toBe("");
    expect(failing.stderr).toContain("GitHub answered 502 Server Error to diagnose acme/web");
    const away = await stand.run(["doctor", "--repo", "acme/web"], { GITHUB_API_URL: "http://127.0.0.1:9" });
    expect(away.status).toBe(2);
    expect(away.stderr).toMatch(/^blast-radius: error: cannot reach the GitHub API at http:\/\/127\.0\.0\.1:9 to diagnose acme\/web: /);
  });

  it("bad flags are errors (exit 2) before anything is sent", async () => {
    const missing = await stand.run(["doctor"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("missing --repo OWNER/REPO");
    const malformed = await stand.run(["doctor", "--repo", "acme"]);
    expect(malformed.stderr).toContain('--repo must be OWNER/REPO (e.g. acme/web), got "acme"');
    const typo = await stand.run(["doctor", "--repo", "acme/web", "--brnach", "main"]);
    expect(typo.stderr).toContain("unknown option --brnach");
    expect(typo.stderr).toContain("did you mean --branch?");
    expect(stand.fake.requests).toEqual([]);
  });
});

describe("the README", () => {
  it("shows what doctor really prints for a repository where nothing requires the check", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("#### Verify enforcement"));
    const command = /```sh\n(blast-radius doctor [^\n]*)\n```/.exec(section)![1];
    const shown = /```text\n([\s\S]*?)```/.exec(section)![1];
    healthyRepository(stand);
    stand.rules.installApp({ appId: 123456, slug: "blast-radius", permissions: { ...APP_PERMISSIONS } });
    const result = await stand.run(command.split(" ").slice(1));
    expect(result.status).toBe(1);
    expect(result.stdout.startsWith(shown)).toBe(true);
  });
});
