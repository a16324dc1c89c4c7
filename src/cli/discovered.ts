/**
 * The CLI's view of the repository for discovery: the commit `--base` names (the pull request's
 * own edits to workflows cannot move its targets), or else the working tree, at the top of the
 * repository the command runs in.
 */
import { discoverTargets, wantsDiscovery, type Discovery } from "../discover/targets.js";
import { gitCommitFiles, workingTreeFiles } from "../discover/local-files.js";
import type { Policy } from "../policy/schema.js";
import { repositoryRoot } from "./git.js";

export interface LocalRepository {
  root: string;
  /** "origin/main" or "the working tree", for people */
  description: string;
}

export function localRepository(cwd: string, base: string | undefined): LocalRepository {
  const root = repositoryRoot(cwd) ?? cwd;
  return { root, description: base !== undefined ? base : "the working tree" };
}

/** The discovered targets the policy asks for, or undefined when it asks for none. */
export async function discoverLocally(policy: Policy, cwd: string, base: string | undefined): Promise<Discovery | undefined> {
  if (!wantsDiscovery(policy)) return undefined;
  const { root } = localRepository(cwd, base);
  return discoverTargets(policy, base !== undefined ? gitCommitFiles(root, base) : workingTreeFiles(root));
}
