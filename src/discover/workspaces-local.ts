/**
 * `WorkspaceFiles.paths()` for the CLI: every file of a commit (`git ls-tree -r`), or of a working
 * tree on disk. Pair it with the workflow discovery's `read` for the same commit or tree.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Directories a working-tree walk never enters: they hold no workspace package of the repository. */
const SKIPPED_DIRECTORIES = new Set([".git", "node_modules"]);

/** Every file path of `commit` in the git repository at `cwd`, `/`-separated. */
export function gitCommitPaths(cwd: string, commit: string): () => Promise<string[]> {
  let paths: string[] | undefined;
  return async () => {
    paths ??= execFileSync("git", ["-c", "core.quotepath=off", "ls-tree", "-r", "-z", "--name-only", commit], {
      cwd,
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    })
      .split("\0")
      .filter((p) => p !== "");
    return paths;
  };
}

/** Every file below `root` on disk, relative to it, without `.git` and `node_modules`. */
export function workingTreePaths(root: string): () => Promise<string[]> {
  let paths: string[] | undefined;
  const walk = (dir: string, prefix: string, out: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(join(dir, entry.name), relative, out);
      } else if (entry.isFile()) out.push(relative);
    }
    return out;
  };
  return async () => (paths ??= walk(root, "", []));
}
