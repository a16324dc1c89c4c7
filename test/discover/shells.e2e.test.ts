/**
 * Same answers everywhere: one repository (the deploy-workflows fixture and the pnpm-workspace
 * fixture at a base commit; a pull request changing the worker, a test, the queue package the
 * worker depends on, and the lockfile), judged by the CLI (`evaluate --base` in a git clone), the
 * committed Action bundle and the built app under `probot run` (plain Node, where the workflow
 * parser loads from dist/vendor). Each must find the same tier, the same discovered targets and
 * the same targets reached through dependencies and the lockfile.
 * Needs `npm run build` and `npm run bundle` first (npm test builds).
 */
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { privateKey } from "../app/nock-github.js";
import { FakeGitDatabase } from "../support/fake-git-database.js";
import { FakeGitHub } from "../support/fake-github.js";
import { exampleWorkflowPermissions } from "../support/permissions.js";
import { AUTHOR, HEAD_SHA, pullRequestEvent } from "../support/payloads.js";

const run = promisify(execFile);
const ROOT = process.cwd();
const FIXTURE = join(import.meta.dirname, "../fixtures/deploy-workflows");
const WORKSPACE = join(import.meta.dirname, "../fixtures/pnpm-workspace");
const POLICY = `version: 1
default_tier: low
never_ship: ["**/*.test.ts"]
discover:
  workflows:
    environments: { production: critical, staging: medium }
    exclude: [deploy-web.yml]
  workspaces: true
approvals:
  critical: { count: 1 }
`;
const LOCKFILE = "pnpm-lock.yaml";
const CHANGED = ["services/worker/job.ts", "services/worker/job.test.ts", "services/api/README.md", "services/queue/index.ts", LOCKFILE];
const EXPECTED_TARGETS = ["deploy-worker.yml:release / deploy", "pages.yml:deploy"];
/**
 * The worker's target: job.ts directly; the queue's code and the lockfile's left-pad bump through
 * @acme/worker → @acme/queue; the testkit's tinypool bump (a devDependency of the worker) nowhere.
 */
const EXPECTED_WORKER = {
  files: ["services/worker/job.ts"],
  throughDependency: [
    { path: LOCKFILE, route: ["@acme/worker", "@acme/queue"] },
    { path: "services/queue/index.ts", route: ["@acme/worker", "@acme/queue"] },
  ],
};
interface ReportTarget {
  name: string;
  files: string[];
  throughDependency?: Array<{ path: string; route: string[] }>;
}
/** targets are listed in the order files touch them, and git lists files in another order than the PR */
const targetNames = (report: { targets: ReportTarget[] }) => report.targets.map((t) => t.name).sort();
const workerTarget = (report: { targets: ReportTarget[] }) => {
  const worker = report.targets.find((t) => t.name === EXPECTED_TARGETS[0])!;
  return { files: [...worker.files].sort(), throughDependency: [...(worker.throughDependency ?? [])].sort((a, b) => a.path.localeCompare(b.path)) };
};

let github: FakeGitHub;
let apiUrl: string;
let apiPort: number;
let baseSha: string;
let repo: string;

beforeAll(async () => {
  // a git repository: the base commit has the workflows and the policy; the PR's commit changes files
  repo = mkdtempSync(join(tmpdir(), "blast-radius-shells-"));
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], { cwd: repo, encoding: "utf8" }).trim();
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  cpSync(join(FIXTURE, ".github"), join(repo, ".github"), { recursive: true });
  cpSync(join(WORKSPACE, "base"), repo, { recursive: true });
  write(".github/blast-radius.yml", POLICY);
  for (const path of CHANGED) if (path !== LOCKFILE) write(path, "before\n");
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "base");
  baseSha = git("rev-parse", "HEAD");
  git("checkout", "-qb", "feature");
  for (const path of CHANGED) if (path !== LOCKFILE) write(path, "after\n");
  const headLockfile = readFileSync(join(WORKSPACE, "head", LOCKFILE), "utf8");
  write(LOCKFILE, headLockfile);
  git("commit", "-qam", "change");

  // GitHub holds the same base commit
  github = new FakeGitHub({ owner: "acme", repo: "web", appId: 1 });
  // the Action's token: exactly the README example workflow's permissions
  github.addToken("ghs_workflow_token", { kind: "workflow", permissions: exampleWorkflowPermissions() });
  const database = new FakeGitDatabase(github);
  const files: Record<string, string> = {};
  for (const path of execFileSync("git", ["ls-tree", "-r", "--name-only", baseSha], { cwd: repo, encoding: "utf8" }).trim().split("\n")) {
    files[path] = execFileSync("git", ["show", `${baseSha}:${path}`], { cwd: repo, encoding: "utf8" });
  }
  database.setCommit(baseSha, files);
  github.setFile("main", ".github/blast-radius.yml", POLICY);
  // the head commit's lockfile, read through the contents API at the PR's head SHA
  github.setFile("feature", LOCKFILE, headLockfile);
  ({ url: apiUrl } = await github.start());
  apiPort = Number(new URL(apiUrl).port);
}, 30000);

afterAll(async () => {
  await github?.stop();
  rmSync(repo, { recursive: true, force: true });
});

beforeEach(() => {
  github.addPullRequest({
    number: 7,
    user: AUTHOR,
    head: { sha: HEAD_SHA, ref: "feature" },
    base: { ref: "main", sha: baseSha },
    files: CHANGED.map((filename) => ({ filename, status: "modified", additions: 1, deletions: 1 })),
  });
});

test("the CLI: evaluate --base main", async () => {
  const { stdout } = await run(process.execPath, [join(ROOT, "bin/blast-radius.js"), "evaluate", "--base", "main", "--base-branch", "main", "--format", "json"], { cwd: repo });
  const report = JSON.parse(stdout);
  expect(report.tier).toBe("critical");
  expect(targetNames(report)).toEqual(EXPECTED_TARGETS);
  expect(workerTarget(report)).toEqual(EXPECTED_WORKER);
});

test("the committed Action bundle", async () => {
  const dir = mkdtempSync(join(tmpdir(), "blast-radius-shells-action-"));
  const paths = { event: join(dir, "event.json"), output: join(dir, "output"), summary: join(dir, "summary") };
  writeFileSync(paths.event, JSON.stringify(pullRequestEvent("opened")));
  writeFileSync(paths.output, "");
  writeFileSync(paths.summary, "");
  try {
    await run(process.execPath, [join(ROOT, "action/dist/index.js")], {
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: "pull_request_target",
        GITHUB_EVENT_PATH: paths.event,
        GITHUB_REPOSITORY: "acme/web",
        GITHUB_API_URL: apiUrl,
        GITHUB_OUTPUT: paths.output,
        GITHUB_STEP_SUMMARY: paths.summary,
        INPUT_TOKEN: "ghs_workflow_token",
        "INPUT_CONFIG-PATH": ".github/blast-radius.yml",
        INPUT_MODE: "",
      },
    }).catch((e: { code: number }) => expect(e.code).toBe(1)); // critical without approval fails the job
    const output = readFileSync(paths.output, "utf8");
    const report = JSON.parse(/^report<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\1$/m.exec(output)![2]);
    expect(report.tier).toBe("critical");
    expect(targetNames(report)).toEqual(EXPECTED_TARGETS);
    expect(workerTarget(report)).toEqual(EXPECTED_WORKER);
    expect(readFileSync(paths.summary, "utf8")).toContain("from .github/workflows/deploy-worker.yml:10 via .github/workflows/reusable-deploy.yml");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the app as `npm start` runs it (the committed bundle on plain Node)", async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  let logs = "";
  const cwd = mkdtempSync(join(tmpdir(), "blast-radius-shells-app-"));
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, "app/dist/main.js")], {
    cwd,
    env: { PATH: process.env.PATH, APP_ID: "1", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: "s", PORT: String(port), HOST: "127.0.0.1", GHE_HOST: `127.0.0.1:${apiPort}`, GHE_PROTOCOL: "http", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (logs += d));
  server.stderr!.on("data", (d) => (logs += d));
  const until = async <T>(probe: () => Promise<T | undefined> | T | undefined): Promise<T> => {
    for (const deadline = Date.now() + 15000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      const value = await probe();
      if (value !== undefined) return value;
    }
    throw new Error(`timed out; the app said:\n${logs}`);
  };
  try {
    await until(async () => ((await fetch(`http://127.0.0.1:${port}/ping`).catch(() => undefined))?.ok ? true : undefined));
    const body = JSON.stringify(pullRequestEvent("opened"));
    await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": "d-1", "x-hub-signature-256": `sha256=${createHmac("sha256", "s").update(body).digest("hex")}` },
      body,
    });
    const check = await until(() => github.checkRuns().find((c) => c.completed_at));
    await until(() => (github.labelsOf(7).length > 0 ? true : undefined)); // written beside the check
    expect(github.labelsOf(7)).toEqual(["risk:critical"]);
    for (const name of EXPECTED_TARGETS) expect(check.output.summary).toContain(`| ${name}<br><sub>`);
    expect(check.output.summary).not.toContain("deploy-api.yml"); // services/api/README.md: `!**.md`
    expect(check.output.summary).toContain("@acme/worker → @acme/queue");
    expect(check.output.summary).not.toContain("@acme/testkit"); // a devDependency ships nowhere
  } finally {
    server.kill();
    rmSync(cwd, { recursive: true, force: true });
  }
}, 30000);
