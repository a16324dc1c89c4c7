/** The CLI's two ways to read a repository for the workspace graph: a commit, and a working tree. */
import { afterAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tempDir } from "../cli/helpers.js";
import { readWorkspaceGraph } from "../../src/discover/workspaces.js";
import { gitCommitFiles, workingTreeFiles } from "../../src/discover/local-files.js";

const repo = tempDir({
  "pnpm-workspace.yaml": "packages: ['apps/*', 'packages/*']\n",
  "apps/api/package.json": JSON.stringify({ name: "api", dependencies: { shared: "workspace:*" } }),
  "packages/shared/package.json": JSON.stringify({ name: "shared" }),
  "packages/shared/node_modules/dep/package.json": JSON.stringify({ name: "dep" }),
});
afterAll(() => repo.cleanup());
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo.dir, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: repo.dir } });

describe("paths() for the CLI", () => {
  it("lists a commit's files, not the working tree's, so a branch's edits do not change the base's graph", async () => {
    writeFileSync(repo.path(".gitignore"), "node_modules/\n");
    git("init", "-q", "-b", "main");
    git("config", "user.email", "dev@example.com");
    git("config", "user.name", "Dev");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    writeFileSync(repo.path("apps/web.txt"), "uncommitted\n");

    const base = git("rev-parse", "HEAD").trim();
    const files = gitCommitFiles(repo.dir, base);
    expect((await files.paths()).sort()).toEqual([".gitignore", "apps/api/package.json", "packages/shared/package.json", "pnpm-workspace.yaml"]);
    const graph = await readWorkspaceGraph(files);
    expect(graph.packages.map((p) => [p.name, p.dependsOn])).toEqual([
      ["api", ["shared"]],
      ["shared", []],
    ]);
  });

  it("walks a working tree without .git and node_modules", async () => {
    const files = workingTreeFiles(repo.dir);
    const paths = await files.paths();
    expect(paths).toContain("apps/web.txt");
    expect(paths.some((p) => p.startsWith(".git/") || p.includes("node_modules"))).toBe(false);
    const graph = await readWorkspaceGraph(files);
    expect(graph.packages.map((p) => p.root).sort()).toEqual(["apps/api", "packages/shared"]);
  });
});
