/**
 * The CLI's discovery commands in process (runCli), on a git repository built from the
 * deploy-workflows fixture: targets, explain, evaluate with discovered targets, and init.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCli } from "../../src/cli/cli.js";
import { loadPolicy } from "../../src/policy/load.js";

const fixture = join(import.meta.dirname, "../fixtures/deploy-workflows");

const POLICY = `version: 1
default_tier: low
targets:
  - name: api
    paths: ["services/api/**"]
    environment: production
    tier: high
never_ship: ["**/*.test.ts", "docs/"]
discover:
  workflows:
    environments: { production: critical, staging: medium }
    exclude: [broken.yml]
`;

let repo: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { cwd: repo, readStdin: async () => "" }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "blast-radius-discover-"));
  cpSync(join(fixture, ".github"), join(repo, ".github"), { recursive: true });
  write(".github/blast-radius.yml", POLICY);
  write("services/api/main.ts", "export {};\n");
  write("services/worker/job.ts", "export {};\n");
  write("docs/intro.md", "# intro\n");
  git("init", "-q", "-b", "main");
  git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qam", "base", "--allow-empty");
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "base");
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

test("targets lists written and discovered targets, with file and line, and why other workflows are not targets", async () => {
  const result = await cli("targets");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("  api -> production (high), written in the policy\n    paths: services/api/**");
  expect(result.stdout).toContain(
    "  deploy-api.yml:production -> production (critical), discovered in .github/workflows/deploy-api.yml:22\n    on.push.paths: services/api/**, packages/shared/**, !**.md\n    on.push.branches: main",
  );
  expect(result.stdout).toContain("  deploy-web.yml:deploy -> unknown (${{ matrix.environment }}) (critical), discovered in .github/workflows/deploy-web.yml:16");
  expect(result.stdout).toContain("  pages.yml:deploy -> github-pages (low), discovered in .github/workflows/pages.yml:9\n    no path filters: every changed file ships to it");
  expect(result.stdout).toContain('  .github/workflows/broken.yml: excluded by discover.workflows.exclude "broken.yml"');
  expect(result.stdout).toContain("  .github/workflows/ci.yml: no job has an environment");
  expect(result.stdout).toContain("Never ship (part of no target): **/*.test.ts, docs/");
  const json = JSON.parse((await cli("targets", "--format", "json")).stdout);
  expect(json.targets.map((t: { name: string; source: string }) => `${t.source} ${t.name}`)).toEqual([
    "policy api",
    "workflow deploy-api.yml:staging",
    "workflow deploy-api.yml:production",
    "workflow deploy-web.yml:deploy",
    "workflow deploy-worker.yml:release / deploy",
    "workflow pages.yml:deploy",
  ]);
});

test("explain names every rule, target, filter and exclusion that applies, and the tier", async () => {
  const result = await cli("explain", "services/api/main.ts", "services/api/README.md", "services/api/main.test.ts", "--base-branch", "main");
  expect(result.code).toBe(0);
  const [main, readme, testFile] = result.stdout.trim().split("\n\n");
  expect(main.split("\n")).toEqual([
    "services/api/main.ts",
    '  target api -> production (high): matches "services/api/**"',
    '  target deploy-api.yml:staging -> staging (medium), discovered in .github/workflows/deploy-api.yml:14: on.push filter "services/api/**" matches',
    '  target deploy-api.yml:production -> production (critical), discovered in .github/workflows/deploy-api.yml:22: on.push filter "services/api/**" matches',
    '  target deploy-web.yml:deploy -> unknown (${{ matrix.environment }}) (critical), discovered in .github/workflows/deploy-web.yml:16: "services/**" filters it out',
    "  target pages.yml:deploy -> github-pages (low), discovered in .github/workflows/pages.yml:9: no path filters: every file ships to it",
    "  => critical (target deploy-api.yml:production -> production (from .github/workflows/deploy-api.yml:22))",
  ]);
  expect(readme).toContain('discovered in .github/workflows/deploy-api.yml:22: "!**.md" filters it out');
  expect(readme).toContain("  => high (target api -> production)");
  expect(testFile.split("\n")).toEqual([
    "services/api/main.test.ts",
    '  never ships: never_ship "**/*.test.ts" keeps it out of every target',
    '  target api -> production (high): matches "services/api/**", but it never ships',
    '  target deploy-api.yml:staging -> staging (medium), discovered in .github/workflows/deploy-api.yml:14: on.push filter "services/api/**" matches, but it never ships',
    '  target deploy-api.yml:production -> production (critical), discovered in .github/workflows/deploy-api.yml:22: on.push filter "services/api/**" matches, but it never ships',
    '  target deploy-web.yml:deploy -> unknown (${{ matrix.environment }}) (critical), discovered in .github/workflows/deploy-web.yml:16: "services/**" filters it out',
    "  target pages.yml:deploy -> github-pages (low), discovered in .github/workflows/pages.yml:9: no path filters: every file ships to it, but it never ships",
    "  => low (no rule matches (default_tier))",
  ]);
});

test("explain --format json: the same findings as data; no path is an error", async () => {
  const result = await cli("explain", "services/api/README.md", "--format", "json");
  const [explained] = JSON.parse(result.stdout).paths;
  expect(explained.decision).toMatchObject({ path: "services/api/README.md", tier: "high" });
  expect(explained.findings).toContainEqual({
    kind: "discovered-target",
    name: "deploy-api.yml:production",
    tier: "critical",
    environment: "production",
    origin: { file: ".github/workflows/deploy-api.yml", line: 22, job: "production" },
    pattern: "!**.md",
    ignored: true,
  });
  const none = await cli("explain");
  expect(none.code).toBe(2);
  expect(none.stderr).toBe("blast-radius: error: name at least one path to explain, relative to the repository root (e.g. blast-radius explain services/api/main.go)\n");
});

test("targets --base names the commit the workflows were read at; an unknown REF is an error, not an empty list", async () => {
  const result = await cli("targets", "--base", "main");
  expect(result.stdout.split("\n")[0]).toBe("Deploy targets (policy .github/blast-radius.yml; workflows read from main):");
  expect(result.stdout).toContain("deploy-api.yml:production");
  const unknown = await cli("targets", "--base", "no-such-branch");
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/^blast-radius: error: --base no-such-branch: no such commit, branch or tag in the git repository at .*, so its workflows cannot be read\n$/);
});

test("explain with another base branch: branch filters leave the workflow's targets out", async () => {
  const result = await cli("explain", "services/worker/job.ts", "--base-branch", "develop");
  expect(result.stdout).toContain("deploy-worker.yml:release / deploy -> production (critical), discovered in .github/workflows/deploy-worker.yml:10 via .github/workflows/reusable-deploy.yml: on.push filter \"services/worker/**\" matches, but not for this base branch");
  expect(result.stdout).toContain("  => low (no rule matches (default_tier))");
});

test("evaluate --base reads the workflows at the base commit, not the pull request's edits to them", async () => {
  git("checkout", "-q", "-b", "feature");
  // the change widens nothing GitHub would run at merge time: it deletes the worker's deploy workflow
  rmSync(join(repo, ".github/workflows/deploy-worker.yml"));
  write("services/worker/job.ts", "export const x = 1;\n");
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "change");
  try {
    const result = await cli("evaluate", "--base", "main", "--base-branch", "main", "--format", "json");
    expect(result.code).toBe(0);
    const decision = JSON.parse(result.stdout);
    const targets = Object.fromEntries(decision.targets.map((t: { name: string; files: string[] }) => [t.name, t.files]));
    expect(targets["deploy-worker.yml:release / deploy"]).toEqual(["services/worker/job.ts"]);
    expect(decision.tier).toBe("critical");
    // the working tree (no --base) has the pull request's version, without that workflow
    write("files.txt", "services/worker/job.ts\n");
    const local = JSON.parse((await cli("evaluate", "--files", "files.txt", "--base-branch", "main", "--format", "json")).stdout);
    expect(local.targets.map((t: { name: string }) => t.name)).toEqual(["pages.yml:deploy"]);
    rmSync(join(repo, "files.txt"));
  } finally {
    git("checkout", "-q", "main");
  }
});

test("init writes a valid starter policy from the repository's workflows, layout and CODEOWNERS", async () => {
  write(".github/CODEOWNERS", "* @acme/platform\nservices/api/ @acme/api-team @someone\n");
  write("playground/try.ts", "export {};\n");
  write("services/api/main.test.ts", "test\n");
  write("package.json", JSON.stringify({ name: "acme", workspaces: ["services/*"] }));
  git("add", "-A");
  const result = await cli("init", "--output", "-");
  expect(result.code).toBe(0);
  const text = result.stdout;
  const loaded = loadPolicy([{ path: ".github/blast-radius.yml", text }]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  expect(loaded.policy.discover?.workflows?.environments).toEqual({ "github-pages": "high", production: "critical", staging: "medium" });
  expect(loaded.policy.discover?.workspaces).toBe(true);
  expect(loaded.policy.never_ship).toEqual(["docs/", "*.test.*"]);
  expect(loaded.policy.sandboxes.map((s) => s.paths)).toEqual([["playground/**"]]);
  expect(loaded.policy.approvals.critical).toEqual({ count: 1, from: ["@acme/api-team", "@acme/platform"] });
  expect(text).toContain("#   deploy-api.yml:production -> production, .github/workflows/deploy-api.yml line 22");
  expect(text).toContain("#   deploy-web.yml:deploy -> ${{ matrix.environment }}, .github/workflows/deploy-web.yml line 16");
  expect(text).toContain("# exclude: [pages.yml]");

  // writing: refuses to overwrite, then writes with --force and says what it found
  const refused = await cli("init");
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain(".github/blast-radius.yml already exists; run with --force");
  const written = await cli("init", "--force");
  expect(written.code).toBe(0);
  expect(written.stdout).toContain("wrote .github/blast-radius.yml (valid):\n  5 deploy targets from .github/workflows (environments: github-pages, production, staging)");
  expect(readFileSync(join(repo, ".github/blast-radius.yml"), "utf8")).toBe(text);
  const targets = await cli("targets");
  expect(targets.code).toBe(0);
});

test("init finds the test and docs layout of a repository whose git index is empty (how openstatus was checked out for the case study)", async () => {
  const fresh = mkdtempSync(join(tmpdir(), "blast-radius-init-"));
  try {
    // openstatus's layout, reduced: *.test.ts next to the code, __tests__/, a docs app
    for (const path of ["apps/server/src/routes/monitor.test.ts", "packages/api/src/__tests__/router.ts", "apps/docs/src/content/index.mdx", "packages/ui/src/button.tsx"]) {
      mkdirSync(dirname(join(fresh, path)), { recursive: true });
      writeFileSync(join(fresh, path), "x\n");
    }
    execFileSync("git", ["init", "-q"], { cwd: fresh });
    let stdout = "";
    const code = await runCli(["init", "--output", "-"], { cwd: fresh, readStdin: async () => "" }, { stdout: (t) => (stdout += t), stderr: () => {} });
    expect(code).toBe(0);
    const loaded = loadPolicy([{ path: ".github/blast-radius.yml", text: stdout }]);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.policy.never_ship).toEqual(["__tests__/", "docs/", "*.test.*"]);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
