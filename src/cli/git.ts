/**
 * `evaluate --base REF`: the files a pull request from HEAD into REF would change, read from
 * git the way GitHub computes them (three dots: from the merge base), with renames detected so
 * that both the old and the new path count.
 */
import { createRequire } from "node:module";
import type { ChangedFile } from "../engine/types.js";
import { CliError, errorCode } from "./errors.js";

/**
 * node:child_process, loaded when a first git command runs: `evaluate --files` runs none, and
 * loading the module would cost every start some 4 ms.
 */
export const childProcess = (): typeof import("node:child_process") => createRequire(import.meta.url)("node:child_process");

/** git's one-letter statuses in GitHub's words (GitHub's "list pull request files" statuses). */
export const GIT_STATUS: Record<string, string> = { A: "added", D: "removed", M: "modified", R: "renamed", C: "copied", T: "changed" };

function git(args: readonly string[], cwd: string): string {
  try {
    // -z everywhere: paths come out verbatim (no quoting), NUL-separated.
    return childProcess().execFileSync("git", ["-c", "core.quotepath=off", ...args], {
      cwd,
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    if (errorCode(error) === "ENOENT") throw new CliError("--base needs git, and git is not installed (or not on PATH)");
    const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
    const firstLine = stderr.split("\n").find((l) => l.trim() !== "") ?? (error as Error).message;
    throw new CliError(`git ${args.filter((a) => a !== "-z").join(" ")} failed: ${firstLine.replace(/^fatal: /, "")}`);
  }
}

/** Files changed between the merge base of `base` and HEAD, in the repository at `cwd`. */
export function changedFilesFromGit(base: string, cwd: string): ChangedFile[] {
  if (base.trim() === "" || base.startsWith("-")) throw new CliError(`--base "${base}" is not a git revision`);
  // Check the revision first: git diff's own complaint about "ambiguous argument" is confusing.
  try {
    git(["rev-parse", "--verify", "--quiet", `${base}^{commit}`], cwd);
  } catch (error) {
    if (error instanceof CliError && /not installed/.test(error.message)) throw error;
    const inRepo = tryGit(["rev-parse", "--is-inside-work-tree"], cwd);
    if (inRepo !== "true") throw new CliError(`--base needs a git repository, and ${cwd} is not inside one`);
    throw new CliError(`--base ${base}: no such commit, branch or tag in this repository (fetch it first, e.g. git fetch origin ${base.replace(/^origin\//, "")})`);
  }
  const range = `${base}...HEAD`;
  const common = ["diff", "-z", "-M", "--no-ext-diff", "--no-textconv", "--no-color"];
  const statuses = parseNameStatus(git([...common, "--name-status", range], cwd));
  const counts = parseNumstat(git([...common, "--numstat", range], cwd));
  return statuses.map((entry) => {
    const lines = counts.get(entry.path) ?? { additions: 0, deletions: 0 };
    return { ...entry, ...lines };
  });
}

/** The top of the work tree containing `cwd`, or undefined outside one. */
export function repositoryRoot(cwd: string): string | undefined {
  return tryGit(["rev-parse", "--show-toplevel"], cwd) || undefined;
}

function tryGit(args: readonly string[], cwd: string): string | undefined {
  try {
    return git(args, cwd).trim();
  } catch {
    return undefined;
  }
}

/** `git diff --name-status -z`: `M\0path\0`, or `R087\0old\0new\0` for renames and copies. */
export function parseNameStatus(output: string): ChangedFile[] {
  const tokens = output.split("\0");
  const files: ChangedFile[] = [];
  for (let i = 0; i < tokens.length - 1; ) {
    const code = tokens[i];
    const letter = code[0];
    if (letter === "R" || letter === "C") {
      const previousPath = tokens[i + 1];
      const path = tokens[i + 2];
      // A copy leaves its source untouched, so only a rename's previous path counts.
      files.push(letter === "R" ? { path, previousPath, status: GIT_STATUS[letter] } : { path, status: GIT_STATUS[letter] });
      i += 3;
    } else {
      files.push({ path: tokens[i + 1], status: GIT_STATUS[letter] ?? "modified" });
      i += 2;
    }
  }
  return files;
}

/**
 * `git diff --numstat -z`: `ADD\tDEL\tpath\0`, or `ADD\tDEL\t\0old\0new\0` for renames.
 * Binary files show `-` counts; they count as 0 changed lines, as on GitHub.
 */
export function parseNumstat(output: string): Map<string, { additions: number; deletions: number }> {
  const tokens = output.split("\0");
  const counts = new Map<string, { additions: number; deletions: number }>();
  for (let i = 0; i < tokens.length - 1; ) {
    const [added, deleted, ...rest] = tokens[i].split("\t");
    let path = rest.join("\t");
    i += 1;
    if (path === "") {
      path = tokens[i + 1];
      i += 2;
    }
    const count = (s: string) => (s === "-" ? 0 : Number(s) || 0);
    counts.set(path, { additions: count(added), deletions: count(deleted) });
  }
  return counts;
}
