/**
 * Reads the policy from the pull request's **base** branch of the base repository, never from the
 * head (a PR must not be able to loosen its own policy), through Probot's config loader so that
 * `_extends` and an organisation-wide default in the org's `.github` repository work.
 *
 * The branch is named by its full ref, `refs/heads/<base>`: GitHub resolves a bare name like git
 * does, and a tag of the same name (which anyone who can push may create) would win.
 */
import { composeConfigGet } from "@probot/octokit-plugin-config";
import { LRUCache } from "lru-cache";
import { defaultPolicy, DEFAULT_POLICY_NAME } from "../policy/default.js";
import { loadPolicy, parseYamlQuickly, type PolicyProblem } from "../policy/load.js";
import type { Policy } from "../policy/schema.js";
import { describeGitHubError, isStatus, type GitHubClient, type RepoRef } from "./client.js";

export type PolicyRead =
  /** `paths`: every file of this repository the policy was assembled from (the `_extends` chain) */
  | { ok: true; policy: Policy; source: string; paths: string[] }
  /** `title` is set when the policy is not wrong but could not be read whole (an `_extends` base) */
  | { ok: false; source: string; problems: PolicyProblem[]; title?: string };

/** An `_extends` base GitHub would not give us: Probot's loader would take it for "no file". */
class UnreadableBase extends Error {
  constructor(
    readonly declaredIn: { url: string; text: string },
    readonly target: string,
    readonly reason: string,
  ) {
    super(`cannot read ${target}: ${reason}`);
  }
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** How a config file is named to people: the path in this repo, or repo:path elsewhere. */
function sourceName(file: { owner: string; repo: string; path: string }, home: RepoRef): string {
  return sameName(file.owner, home.owner) && sameName(file.repo, home.repo) ? file.path : `${file.owner}/${file.repo}:${file.path}`;
}

/**
 * loadPolicy, remembered by the sources' names and texts: a server evaluates one policy again and
 * again (its reads mostly answered 304 from the ETag cache), and the same Policy object lets the
 * engine keep its glob index and matchers (src/engine/areas.ts). A Policy is never changed once loaded.
 */
const loadedPolicies = new LRUCache<string, ReturnType<typeof loadPolicy>>({
  // bounded by the texts' total length: a loaded policy and its glob index take some tens of
  // times its text, so this keeps a replica's share to tens of megabytes even for huge policies
  maxSize: 2_000_000,
  sizeCalculation: (_, key) => Math.max(1, key.length),
});

function loadPolicyOnce(sources: ReadonlyArray<{ path: string; text: string }>): ReturnType<typeof loadPolicy> {
  const key = JSON.stringify(sources);
  let result = loadedPolicies.get(key);
  if (!result) loadedPolicies.set(key, (result = loadPolicy(sources)));
  return result;
}

export async function readPolicy(client: GitHubClient, repo: RepoRef, baseRef: string, path: string): Promise<PolicyRead> {
  // The loader follows `_extends` and the org fallback, but parses each file with positions
  // thrown away; we keep each file's text and parse it once ourselves. The loader is handed only
  // what it needs to follow the chain (`_extends`), so a large policy is not parsed twice.
  const texts = new Map<string, string>();
  // The next request the loader makes after a file with `_extends` is for that base. Probot's
  // loader reads a 404 as "no file" and would drop the base's rules silently; we fail closed instead.
  let extendedBy: { url: string; text: string } | undefined;
  const recordingRequest = Object.assign(
    async (route: unknown, params?: Record<string, unknown>) => {
      const url = client.request.endpoint(route as Record<string, unknown>).url;
      const declaredIn = extendedBy;
      extendedBy = undefined;
      const response = await client.request(route as Record<string, unknown>, params).catch(async (error: unknown) => {
        if (!declaredIn) throw error;
        const { owner, repo: name, path: file } = route as { owner: string; repo: string; path: string };
        throw new UnreadableBase(declaredIn, sourceName({ owner, repo: name, path: file }, repo), await whyUnreadable(client, { owner, repo: name }, file, error));
      });
      if (typeof response.data !== "string") return response;
      texts.set(url, response.data);
      const value = parseYamlQuickly(response.data);
      if (value === undefined) return { ...response, data: "{}" }; // over a limit or broken: loadPolicy says where
      if (!value || typeof value !== "object" || Array.isArray(value)) return response; // let the loader report it
      const extendsValue = (value as { _extends?: unknown })._extends;
      // only a string is followed, and nothing else is serialised (an alias bomb expands when it is)
      if (typeof extendsValue !== "string") return { ...response, data: "{}" };
      extendedBy = { url, text: response.data };
      return { ...response, data: JSON.stringify({ _extends: extendsValue }) };
    },
    { endpoint: client.request.endpoint },
  );
  // While loading fails we only know files by URL: name them as people do.
  const displayPath = (url: string) => {
    const m = /\/repos\/([^/]+)\/([^/]+)\/contents\/([^?]+)/.exec(url);
    return m ? sourceName({ owner: m[1], repo: m[2], path: decodeURIComponent(m[3]) }, repo) : url;
  };

  let files: Array<{ owner: string; repo: string; path: string; url: string; config: Record<string, unknown> | null }>;
  try {
    const result = await composeConfigGet({ request: recordingRequest } as never, { ...repo, path, branch: `refs/heads/${baseRef}` });
    files = result.files as typeof files;
  } catch (error) {
    if (error instanceof UnreadableBase) return unreadableBase(error, displayPath(error.declaredIn.url), `${path} on ${baseRef}`);
    // Broken YAML (or `_extends` trouble): the located problems, when a file's text was read.
    if (texts.size > 0) {
      const located = loadPolicy([...texts.entries()].map(([url, text]) => ({ path: displayPath(url), text })));
      if (!located.ok) return { ok: false, source: `${path} on ${baseRef}`, problems: located.problems };
    }
    if ((error as { status?: number }).status) throw error; // a GitHub error: the caller reports it
    const message = (error as Error).message.replace(/^\[@probot\/octokit-plugin-config\] /, "");
    return { ok: false, source: `${path} on ${baseRef}`, problems: [{ file: path, line: 1, column: 1, keyPath: "", message }] };
  }

  const found = files.filter((f) => f.config !== null);
  if (found.length === 0) return { ok: true, policy: defaultPolicy(), source: DEFAULT_POLICY_NAME, paths: [] };
  const sources = found.map((f) => ({ path: sourceName(f, repo), text: texts.get(f.url) ?? "" }));
  const result = loadPolicyOnce(sources);
  const [own, ...inherited] = sources.map((s) => (s.path === path ? `${path} on ${baseRef}` : s.path));
  const source = inherited.length ? `${own}, extending ${inherited.join(", ")}` : own;
  const paths = found.filter((f) => sameName(f.owner, repo.owner) && sameName(f.repo, repo.repo)).map((f) => f.path);
  return result.ok ? { ok: true, policy: result.policy, source, paths } : { ok: false, source, problems: result.problems };
}

/**
 * Why GitHub would not give us an `_extends` base. A 404 means either "no such file" or "this
 * token cannot see that repository" (GitHub hides what a token cannot see, e.g. a repository the
 * app is not installed on); asking for the repository itself tells them apart.
 */
async function whyUnreadable(client: GitHubClient, target: RepoRef, file: string, error: unknown): Promise<string> {
  const { status, message } = describeGitHubError(error);
  if (status === 403) return `no access: GitHub answered HTTP 403 (${message}); give Blast Radius read access to ${target.owner}/${target.repo}`;
  if (status !== 404) throw error; // a GitHub failure, reported as such by the caller
  const repoVisible = await client.request("GET /repos/{owner}/{repo}", { ...target }).then(
    () => true,
    (probeError: unknown) => {
      if (isStatus(probeError, 403, 404)) return false;
      throw probeError;
    },
  );
  return repoVisible
    ? `not found: ${target.owner}/${target.repo} has no ${file} on its default branch`
    : `not installed or no access: Blast Radius cannot see the repository ${target.owner}/${target.repo}; install the Blast Radius app on it (or give the Action's token access to it), or remove \`_extends\``;
}

/** A failing policy read that names the base, the file that extends it, and why it is unreadable. */
function unreadableBase(error: UnreadableBase, declaringFile: string, source: string): PolicyRead {
  const lines = error.declaredIn.text.split("\n");
  const index = lines.findIndex((l) => /^_extends\s*:/.test(l));
  const problem: PolicyProblem = { file: declaringFile, line: index + 1 || 1, column: 1, keyPath: "_extends", message: error.message };
  return { ok: false, source, problems: [problem], title: `Blast Radius cannot read the policy's base ${error.target}` };
}
