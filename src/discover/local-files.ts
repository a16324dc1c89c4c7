/**
 * RepositoryFiles for the CLI: a working tree on disk, or a commit of the git repository (`--base`),
 * so a pull request's own edits to its workflows cannot change the targets it is judged against.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RepositoryFiles } from "./workflows.js";

export function workingTreeFiles(root: string): RepositoryFiles {
  return {
    async list(directory) {
      try {
        return readdirSync(join(root, directory), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
      } catch {
        return [];
      }
    },
    async read(path) {
      try {
        return readFileSync(join(root, path), "utf8");
      } catch {
        return null;
      }
    },
    async paths() {
      return walkWorkingTree(root).sort();
    },
  };
}

/**
 * The files below `root`, as paths relative to it, leaving out node_modules and .git; the walk
 * stops once it has found more than `limit`.
 */
export function walkWorkingTree(root: string, limit = Infinity): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (found.length > limit) return;
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  walk("");
  return found;
}

/** The files of `commit` in the git repository at `cwd`; git errors mean "not there". */
export function gitCommitFiles(cwd: string, commit: string): RepositoryFiles {
  const git = (args: string[]) => execFileSync("git", ["-c", "core.quotepath=off", ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  return {
    async list(directory) {
      try {
        // -z: names verbatim; blobs only (type "blob"), the name after the tab
        return git(["ls-tree", "-z", `${commit}:${directory}`])
          .split("\0")
          .filter((line) => /^\d+ blob /.test(line))
          .map((line) => line.slice(line.indexOf("\t") + 1));
      } catch {
        return [];
      }
    },
    async read(path) {
      try {
        return git(["show", `${commit}:${path}`]);
      } catch {
        return null;
      }
    },
    async paths() {
      return git(["ls-tree", "-r", "-z", "--name-only", commit]).split("\0").filter(Boolean);
    },
  };
}

/** A repository held in memory: path -> text. Tests, and `init` before it writes anything. */
export function memoryFiles(files: Readonly<Record<string, string>>): RepositoryFiles {
  return {
    async list(directory) {
      const prefix = `${directory.replace(/\/+$/, "")}/`;
      return Object.keys(files).filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/")).map((p) => p.slice(prefix.length));
    },
    async read(path) {
      return Object.hasOwn(files, path) ? files[path] : null;
    },
    async paths() {
      return Object.keys(files).sort();
    },
  };
}
