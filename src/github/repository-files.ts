/**
 * A repository at one commit, read through GitHub's git database API (trees and blobs), for
 * discovery (src/discover/). Git objects never change, so trees and blobs are cached by SHA for
 * the life of the process, shared by every event: a long-running app pays for a workflow file
 * once, however many pull requests read it.
 *
 * Requests per event, reading `.github/workflows` only (`discover.workflows`):
 * - the base commit's root tree: 1 (0 when the commit was read before, e.g. a PR's next push);
 * - the `.github` tree and the `.github/workflows` tree: 0 while their SHAs are unchanged;
 * - each workflow file: 0 while its blob SHA is unchanged.
 * So a repository whose `.github` did not change costs at most 1 request per event, and one whose
 * `.github` changed elsewhere (CODEOWNERS) at most 2. The Action, a new process per event, pays
 * 3 + one per workflow file.
 *
 * With `discover.workspaces`, every file is listed at once (one recursive tree of the base commit)
 * and each file is read by the blob SHA that listing gives, with no tree walk:
 * - the recursive tree: 1 per base commit (0 when the commit was read before);
 * - each manifest and workflow file: 0 while its blob SHA is unchanged (1 for one that changed);
 * - each lockfile the pull request changes: 2, its blob at the base commit and its text at the
 *   head commit (one contents request), each cached by SHA, so 0 on a re-run of the same head.
 * A steady state (the base branch moved without touching manifests or workflows, no lockfile in
 * the PR) costs 1 request per event; a PR changing the root lockfile 3.
 */
import { discoverTargets, wantsDiscovery } from "../discover/targets.js";
import type { RepositoryFiles } from "../discover/workflows.js";
import type { DiscoveredFacts } from "../engine/shipping.js";
import type { ChangedFile } from "../engine/types.js";
import type { Policy } from "../policy/schema.js";
import { isStatus, type GitHubClient, type RepoRef } from "./client.js";

interface TreeEntry {
  path: string;
  type: "blob" | "tree" | "commit";
  sha: string;
}

/**
 * A bounded map of promises: concurrent reads of one object share one request. Bounded by count
 * and by the bytes of the texts it holds: lockfiles run to megabytes, and a long-running app sees
 * a new one with every dependency bump.
 */
export class ObjectCache {
  private readonly entries = new Map<string, { value: Promise<unknown>; bytes: number }>();
  private bytes = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) {
      // most recently used last, so eviction drops the oldest
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value as Promise<T>;
    }
    const entry = { value: load() as Promise<unknown>, bytes: 0 };
    this.entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (typeof value !== "string" || this.entries.get(key) !== entry) return;
        entry.bytes = value.length;
        this.bytes += entry.bytes;
        this.evict();
      },
      () => this.remove(key, entry), // a failed read is retried next time
    );
    this.evict();
    return entry.value as Promise<T>;
  }

  private remove(key: string, entry: { bytes: number }): void {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries || (this.bytes > this.maxBytes && this.entries.size > 1)) {
      const [key, entry] = this.entries.entries().next().value!;
      this.remove(key, entry);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/** Shared by every event of the process. Tree listings are small; blobs are workflow files. */
export const gitObjectCache = new ObjectCache(5000);

/**
 * The files of `commitSha`. `wholeTree`: list every file with one recursive tree request and read
 * files by the SHAs it gives (workspace discovery needs every path anyway); otherwise walk trees
 * directory by directory, which reads only `.github` of a large repository.
 */
export function repositoryFilesAt(client: GitHubClient, repo: RepoRef, commitSha: string, cache = gitObjectCache, wholeTree = false): RepositoryFiles {
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

  /** Every blob of the commit, path -> blob SHA: one recursive listing, only when asked (it can be large). */
  const wholeListing = () =>
    cache.get(`${name} paths ${commitSha}`, async () => {
      const { data } = await client.request<{ tree: TreeEntry[]; truncated?: boolean }>("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...repo, tree_sha: commitSha, recursive: "1" });
      // a partial listing would silently miss packages: fail closed instead
      if (data.truncated) throw new Error(`the file list of ${repo.owner}/${repo.repo} at ${commitSha.slice(0, 7)} is too large for GitHub to list in one response`);
      return new Map(data.tree.filter((e) => e.type === "blob").map((e) => [e.path, e.sha]));
    });

  /** The blob SHA of a file, or undefined when there is no such file. */
  const blobOf = async (path: string): Promise<string | undefined> => {
    if (wholeTree) return (await wholeListing()).get(path);
    const slash = path.lastIndexOf("/");
    const entries = await treeOf(slash === -1 ? "" : path.slice(0, slash));
    return entries?.find((e) => e.path === path.slice(slash + 1) && e.type === "blob")?.sha;
  };

  return {
    async paths() {
      return [...(await wholeListing()).keys()];
    },
    async list(directory) {
      if (wholeTree) {
        const prefix = `${directory.replace(/\/+$/, "")}/`;
        return [...(await wholeListing()).keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/")).map((p) => p.slice(prefix.length));
      }
      return ((await treeOf(directory)) ?? []).filter((e) => e.type === "blob").map((e) => e.path);
    },
    async read(path) {
      const sha = await blobOf(path);
      if (!sha) return null;
      return cache.get(`${name} blob ${sha}`, async () => {
        try {
          const { data } = await client.request<{ content: string; encoding: string }>("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...repo, file_sha: sha });
          return data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
        } catch (error) {
          if (isStatus(error, 404)) return null;
          throw error;
        }
      });
    },
  };
}

/**
 * A file's text at `commitSha` through the contents API (raw, so up to 100 MB): one request, where
 * the git database would need the commit's trees first. Cached by commit and path, which never change.
 */
export function fileAt(client: GitHubClient, repo: RepoRef, commitSha: string, cache = gitObjectCache): (path: string) => Promise<string | null> {
  const name = `${repo.owner}/${repo.repo}`.toLowerCase();
  return (path) =>
    cache.get(`${name} contents ${commitSha} ${path}`, async () => {
      try {
        const { data } = await client.request<string>("GET /repos/{owner}/{repo}/contents/{path}", { ...repo, path, ref: commitSha, headers: { accept: "application/vnd.github.raw" } });
        return typeof data === "string" ? data : null; // a directory answers with a listing
      } catch (error) {
        if (isStatus(error, 404)) return null;
        throw error;
      }
    });
}

/** The pull request's side of discovery: its head commit and changed files (lockfile attribution). */
export interface PullRequestSide {
  headSha: string;
  files: readonly ChangedFile[];
}

/** The targets the policy asks to discover, read at the base commit; undefined when it asks for none. */
export async function discoverAtBase(client: GitHubClient, repo: RepoRef, baseSha: string, policy: Policy, pullRequest?: PullRequestSide): Promise<DiscoveredFacts | undefined> {
  if (!wantsDiscovery(policy)) return undefined;
  const base = repositoryFilesAt(client, repo, baseSha, gitObjectCache, Boolean(policy.discover?.workspaces));
  const change = pullRequest && { files: pullRequest.files, before: (path: string) => base.read(path), after: fileAt(client, repo, pullRequest.headSha) };
  const { targets, dependencyReach, lockfileHits, notes } = await discoverTargets(policy, base, change);
  return { targets, dependencyReach, ...(lockfileHits ? { lockfileHits } : {}), notes };
}
