/**
 * Smoke test of the built CLI (bin/ -> dist/blast-radius.cjs) for the GitHub commands: the bundle
 * loads its GitHub client lazily (a dynamic import inside a CommonJS bundle), which only a real
 * process shows works. Spawned asynchronously, since the GitHub stand-in runs in this process.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { BIN, requireBuild, ROOT } from "./helpers.js";
import { APP_ID, healthyRepository, startStand, type Stand } from "./github-setup.js";

let stand: Stand;
beforeAll(async () => {
  requireBuild();
  stand = await startStand();
});
afterAll(() => stand.fake.stop());

function spawnCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, GITHUB_TOKEN: "ghp_admin", GITHUB_API_URL: stand.url, PATH: process.env.PATH, BLAST_RADIUS_DEBUG: "" };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

it("protect then doctor, through the bundle: the ruleset is created and the guardrail reported enforced", async () => {
  healthyRepository(stand);
  const protect = await spawnCli(["protect", "--repo", "acme/web", "--branch", "main", "--app-id", String(APP_ID)]);
  expect(protect.stderr).toMatch(/^blast-radius: created the ruleset "Blast Radius: main"/);
  expect(protect.status).toBe(0);
  const doctor = await spawnCli(["doctor", "--repo", "acme/web"]);
  expect(doctor.stderr).toBe("");
  expect(doctor.status).toBe(0);
  expect(doctor.stdout).toContain('Enforced: "blast-radius: main" is required on main.');
});
