/**
 * The CLI with `discover.workspaces`, in process: `targets` lists what each target reaches through
 * dependencies, `explain` names the route, `evaluate --base` attributes the lockfile from its texts
 * at --base and HEAD (the pnpm-workspace fixture with the deploy-workflows fixture's workflows).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/cli.js";

const WORKSPACE = join(import.meta.dirname, "../fixtures/pnpm-workspace");
const WORKFLOWS = join(import.meta.dirname, "../fixtures/deploy-workflows/.github");
const POLICY = `version: 1
default_tier: low
discover:
  workflows:
    environments: { production: critical, staging: medium }
    exclude: [deploy-web.yml, pages.yml]
  workspaces: true
`;
let repo: string;
const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@e", ...args], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { cwd: repo, readStdin: async () => "" }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "blast-radius-workspaces-"));
  cpSync(WORKFLOWS, join(repo, ".github"), { recursive: true });
  cpSync(join(WORKSPACE, "base"), repo, { recursive: true });
  writeFileSync(join(repo, ".github/blast-radius.yml"), POLICY);
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "base");
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

test("targets lists, under the worker's target, the package root it reaches and by which route", async () => {
  const result = await cli("targets");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("    through dependencies: services/queue/** via @acme/worker → @acme/queue\n");
  expect(result.stdout).not.toContain("services/testkit"); // a devDependency
});

test("explain names the dependency route of a file in the queue package", async () => {
  const result = await cli("explain", "services/queue/index.ts", "--format", "json");
  expect(result.code).toBe(0);
  const [explained] = JSON.parse(result.stdout).paths;
  expect(explained.decision.tier).toBe("critical");
  expect(explained.findings).toContainEqual(expect.objectContaining({ kind: "dependency", name: "deploy-worker.yml:release / deploy", route: ["@acme/worker", "@acme/queue"] }));
});

test("evaluate --base: the lockfile's run-time bump reaches the worker through @acme/queue; its dev-only bump alone ships nowhere", async () => {
  git("checkout", "-qb", "bump");
  writeFileSync(join(repo, "pnpm-lock.yaml"), readFileSync(join(WORKSPACE, "head/pnpm-lock.yaml"), "utf8"));
  git("commit", "-qam", "bump left-pad and tinypool");
  const result = await cli("evaluate", "--base", "main", "--format", "json");
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.tier).toBe("critical");
  expect(report.targets).toEqual([expect.objectContaining({ name: "deploy-worker.yml:release / deploy", files: [], throughDependency: [{ path: "pnpm-lock.yaml", route: ["@acme/worker", "@acme/queue"] }] })]);

  // only tinypool (the testkit's, a devDependency of the worker): no target
  git("checkout", "-qb", "dev-only", "main");
  writeFileSync(join(repo, "pnpm-lock.yaml"), readFileSync(join(WORKSPACE, "base/pnpm-lock.yaml"), "utf8").replaceAll("tinypool@0.8.0", "tinypool@0.8.4").replace("version: 0.8.0", "version: 0.8.4").replace("sha512-tinypool-0.8.0", "sha512-tinypool-0.8.4"));
  git("commit", "-qam", "bump tinypool");
  const devOnly = JSON.parse((await cli("evaluate", "--base", "main", "--format", "json")).stdout);
  expect(devOnly.targets).toEqual([]);
  expect(devOnly.tier).toBe("low");
  expect(devOnly.notes).toContain("pnpm-lock.yaml changes no run-time dependency of a package a target deploys: it ships nowhere through dependencies.");
});
