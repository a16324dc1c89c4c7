/**
 * A repository at one commit, read through GitHub's git database API (trees and blobs), for
 * discovery (src/discover/). Git objects never change, so trees and blobs are cached by SHA for
 * the life of the process, shared by every event: a long-running app pays for a workflow file
 * once, however many pull requests read it.
 *
 * Requests per event, reading `.github/workflows`:
 * - the base commit's root tree: 1 (0 when the commit was read before, e.g. a PR's next push);
 * - the `.github` tree and the `.github/workflows` tree: 0 while their SHAs are unchanged;
 * - each workflow file: 0 while its blob SHA is unchanged.
 * So a repository whose `.github` did not change costs at most 1 request per event, and one whose
 * `.github` changed elsewhere (CODEOWNERS) at most 2. The Action, a new process per event, pays
 * 3 + one per workflow file.
 */
import { discoverTargets, wantsDiscovery } from "../discover/targets.js";
import type { RepositoryFiles } from "../discover/workflows.js";
import type { DiscoveredFacts } from "../engine/shipping.js";
import type { Policy } from "../policy/schema.js";
import { isStatus, type GitHubClient, type RepoRef } from "./client.js";

interface TreeEntry {
  path: string;
  type: "blob" | "tree" | "commit";
  sha: string;
}

/** A bounded map of promises: concurrent reads of one object share one request. */
class ObjectCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  constructor(private readonly maxEntries: number) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) {
      // most recently used last, so eviction drops the oldest
      this.entries.delete(key);
      this.entries.set(key, found);
      return found as Promise<T>;
    }
    const loading = load();
    this.entries.set(key, loading);
    loading.catch(() => this.entries.delete(key)); // a failed read is retried next time
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return loading;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Shared by every event of the process. Tree listings are small; blobs are workflow files. */
export const gitObjectCache = new ObjectCache(5000);

export function repositoryFilesAt(client: GitHubClient, repo: RepoRef, commitSha: string, cache = gitObjectCache): RepositoryFiles {
  const name = `${repo.owner}/${repo.repo}`.toLowerCase();
  const fetchTree = (sha: string) =>
    cache.get(`${name} tree ${sha}`, async () => {
      const { data } = await client.request<{ tree: TreeEntry[]; truncated?: boolean }>("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...repo, tree_sha: sha });
      return data.tree;
    });

  /** The entries of a directory, or null when there is no such directory. */
  const treeOf = async (directory: string): Promise<TreeEntry[] | null> => {
    let entries = await fetchTree(commitSha); // a commit SHA resolves to its root tree
    for (const segment of directory.split("/").filter(Boolean)) {
      const next = entries.find((e) => e.path === segment && e.type === "tree");
      if (!next) return null;
      entries = await fetchTree(next.sha);
    }
    return entries;
  };

  return {
    async paths() {
      // one recursive listing, only when asked (workspace discovery): it can be large
      return cache.get(`${name} paths ${commitSha}`, async () => {
        const { data } = await client.request<{ tree: TreeEntry[]; truncated?: boolean }>("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...repo, tree_sha: commitSha, recursive: "1" });
        // a partial listing would silently miss packages: fail closed instead
        if (data.truncated) throw new Error(`the file list of ${repo.owner}/${repo.repo} at ${commitSha.slice(0, 7)} is too large for GitHub to list in one response`);
        return data.tree.filter((e) => e.type === "blob").map((e) => e.path);
      });
    },
    async list(directory) {
      return ((await treeOf(directory)) ?? []).filter((e) => e.type === "blob").map((e) => e.path);
    },
    async read(path) {
      const slash = path.lastIndexOf("/");
      const entries = await treeOf(slash === -1 ? "" : path.slice(0, slash));
      const entry = entries?.find((e) => e.path === path.slice(slash + 1) && e.type === "blob");
      if (!entry) return null;
      return cache.get(`${name} blob ${entry.sha}`, async () => {
        try {
          const { data } = await client.request<{ content: string; encoding: string }>("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...repo, file_sha: entry.sha });
          return data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
        } catch (error) {
          if (isStatus(error, 404)) return null;
          throw error;
        }
      });
    },
  };
}

/** The targets the policy asks to discover, read at the base commit; undefined when it asks for none. */
export async function discoverAtBase(client: GitHubClient, repo: RepoRef, baseSha: string, policy: Policy): Promise<DiscoveredFacts | undefined> {
  if (!wantsDiscovery(policy)) return undefined;
  const { targets, dependencyReach, notes } = await discoverTargets(policy, repositoryFilesAt(client, repo, baseSha));
  return { targets, dependencyReach, notes };
}
