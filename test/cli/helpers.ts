/**
 * Runs the built CLI (bin/blast-radius.js -> dist/blast-radius.cjs) as a child process, as a
 * user would. `npm test` builds first; when running jest directly, run `npm run build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { DecisionReport } from "../../src/render/json.js";

export const ROOT = resolve(process.cwd());
export const BIN = join(ROOT, "bin/blast-radius.js");
export const BUNDLE = join(ROOT, "dist/blast-radius.cjs");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function requireBuild(): void {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before these tests`);
}

export function run(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    // the policy cache off unless a test asks for it: runs stay independent of each other and of ~/.cache
    env: { ...process.env, BLAST_RADIUS_DEBUG: "", BLAST_RADIUS_CACHE: "off", BLAST_RADIUS_CACHE_DIR: "", ...options.env },
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch directory holding `files` (path -> text); removed by the returned cleanup. */
export function tempDir(files: Record<string, string> = {}): { dir: string; path: (p: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "blast-radius-cli-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, path: (p) => join(dir, p), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Parses --format json output, failing with the CLI's stderr when it is not JSON. */
export function json(result: RunResult): DecisionReport {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`not JSON (exit ${result.status}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

/** No stack trace reached the user. */
export function expectNoStack(result: RunResult): void {
  if (/\n {4}at /.test(result.stderr) || /\n {4}at /.test(result.stdout)) {
    throw new Error(`a stack trace was printed:\n${result.stderr}`);
  }
}

export const MONOREPO_POLICY = "examples/monorepo/.github/blast-radius.yml";
export const MONOREPO_FILES = "examples/monorepo/pull-request-files.json";

/**
 * Runs the CLI in this process through `runCli`, as `bin/` would but without spawning: the
 * output, the exit code and (for doctor/protect) the requests are the same.
 */
export async function runInProcess(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {},
): Promise<RunResult> {
  const { runCli } = await import("../../src/cli/cli.js");
  let stdout = "";
  let stderr = "";
  const status = await runCli(
    [...args],
    { cwd: options.cwd ?? ROOT, readStdin: async () => options.input ?? "", env: options.env ?? {} },
    { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) },
  );
  return { status, stdout, stderr };
}
