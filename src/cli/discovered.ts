/**
 * The CLI's view of the repository for discovery: the commit `--base` names (the pull request's
 * own edits to workflows cannot move its targets), or else the working tree, at the top of the
 * repository the command runs in.
 */
import type { Discovery } from "../discover/targets.js";
import { wantsDiscovery } from "../discover/wanted.js";
import type { ChangedFile } from "../engine/types.js";
import { basename, dirname, resolve } from "node:path";
import { CODEOWNERS_LOCATIONS } from "../engine/codeowners.js";
import { usesCodeOwners } from "../engine/owner-approvals.js";
import type { CodeOwnersFile } from "../engine/types.js";
import type { Policy } from "../policy/schema.js";
import { CliError } from "./errors.js";
import { childProcess, repositoryRoot } from "./git.js";

export interface LocalRepository {
  root: string;
  /** "origin/main" or "the working tree", for people */
  description: string;
}

/**
 * Without --base, the repository a `--config DIR/.github/blast-radius.yml` belongs to is DIR: its
 * workflows are DIR/.github/workflows. With --base, git's repository (paths at REF are its own).
 */
export function localRepository(cwd: string, base: string | undefined, config?: string): LocalRepository {
  if (base === undefined && config !== undefined) {
    const policyDir = dirname(resolve(cwd, config));
    if (basename(policyDir) === ".github") return { root: dirname(policyDir), description: "the working tree" };
  }
  const root = repositoryRoot(cwd) ?? cwd;
  return { root, description: base !== undefined ? base : "the working tree" };
}

/**
 * The discovered targets the policy asks for, or undefined when it asks for none. Given the
 * changed files, changed lockfiles are attributed from their texts at `--base` and at HEAD (what
 * the app reads at the pull request's base and head commits); with a file list instead of
 * `--base` their earlier text is unknown, and they are left to the rules.
 */
export async function discoverLocally(policy: Policy, cwd: string, base: string | undefined, config?: string, changed?: readonly ChangedFile[]): Promise<Discovery | undefined> {
  if (!wantsDiscovery(policy)) return undefined;
  // loaded here, as git is: `evaluate --files` with a policy without `discover` needs neither
  const { gitCommitFiles, workingTreeFiles } = await import("../discover/local-files.js");
  const { discoverTargets } = await import("../discover/targets.js");
  const { root } = localRepository(cwd, base, config);
  if (base !== undefined) checkCommit(root, base);
  const files = base !== undefined ? gitCommitFiles(root, base) : workingTreeFiles(root);
  const head = base !== undefined ? gitCommitFiles(root, "HEAD") : workingTreeFiles(root);
  const change = changed && { files: changed, before: (path: string) => (base !== undefined ? files.read(path) : Promise.resolve(null)), after: (path: string) => head.read(path) };
  return discoverTargets(policy, files, change);
}

/**
 * CODEOWNERS as GitHub finds it (the first of its three locations), at --base or in the working
 * tree; undefined when no requirement has `code_owners: true`, null when there is none.
 */
export async function codeOwnersLocally(policy: Policy, cwd: string, base: string | undefined, config?: string): Promise<CodeOwnersFile | null | undefined> {
  if (!usesCodeOwners(policy)) return undefined;
  const { gitCommitFiles, workingTreeFiles } = await import("../discover/local-files.js");
  const { root } = localRepository(cwd, base, config);
  if (base !== undefined) checkCommit(root, base);
  const files = base !== undefined ? gitCommitFiles(root, base) : workingTreeFiles(root);
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await files.read(path);
    if (text !== null) return { path, text };
  }
  return null;
}

/** A --base that names no commit must not read as "no workflows, so no targets". */
function checkCommit(root: string, base: string): void {
  try {
    if (base.startsWith("-")) throw new Error("not a revision");
    childProcess().execFileSync("git", ["rev-parse", "--verify", "--quiet", `${base}^{commit}`], { cwd: root, stdio: "ignore" });
  } catch {
    throw new CliError(`--base ${base}: no such commit, branch or tag in the git repository at ${root}, so its workflows cannot be read`);
  }
}
