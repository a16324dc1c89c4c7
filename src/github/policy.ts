/**
 * Reads the policy from the pull request's **base** branch of the base repository, never from the
 * head (a PR must not be able to loosen its own policy), through Probot's config loader so that
 * `_extends` and an organisation-wide default in the org's `.github` repository work.
 */
import { composeConfigGet } from "@probot/octokit-plugin-config";
import { defaultPolicy, DEFAULT_POLICY_NAME } from "../policy/default.js";
import { loadPolicy, parseYamlQuickly, type PolicyProblem } from "../policy/load.js";
import type { Policy } from "../policy/schema.js";
import type { GitHubClient, RepoRef } from "./client.js";

export type PolicyRead =
  | { ok: true; policy: Policy; source: string }
  | { ok: false; source: string; problems: PolicyProblem[] };

/** How a config file is named to people: the path in this repo, or repo:path elsewhere. */
function sourceName(file: { owner: string; repo: string; path: string }, home: RepoRef): string {
  return file.owner === home.owner && file.repo === home.repo ? file.path : `${file.owner}/${file.repo}:${file.path}`;
}

export async function readPolicy(client: GitHubClient, repo: RepoRef, baseRef: string, path: string): Promise<PolicyRead> {
  // The loader follows `_extends` and the org fallback, but parses each file with positions
  // thrown away; we keep each file's text and parse it once ourselves. The loader is handed only
  // what it needs to follow the chain (`_extends`), so a large policy is not parsed twice.
  const texts = new Map<string, string>();
  const recordingRequest = Object.assign(
    async (route: unknown, params?: Record<string, unknown>) => {
      const response = await client.request(route as Record<string, unknown>, params);
      if (typeof response.data !== "string") return response;
      texts.set(client.request.endpoint(route as Record<string, unknown>).url, response.data);
      const value = parseYamlQuickly(response.data);
      if (value === undefined) return { ...response, data: "{}" }; // over a limit or broken: loadPolicy says where
      if (!value || typeof value !== "object" || Array.isArray(value)) return response; // let the loader report it
      const extendsValue = (value as { _extends?: unknown })._extends;
      // only a string is followed, and nothing else is serialised (an alias bomb expands when it is)
      return { ...response, data: typeof extendsValue === "string" ? JSON.stringify({ _extends: extendsValue }) : "{}" };
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
    const result = await composeConfigGet({ request: recordingRequest } as never, { ...repo, path, branch: baseRef });
    files = result.files as typeof files;
  } catch (error) {
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
  if (found.length === 0) return { ok: true, policy: defaultPolicy(), source: DEFAULT_POLICY_NAME };
  const sources = found.map((f) => ({ path: sourceName(f, repo), text: texts.get(f.url) ?? "" }));
  const result = loadPolicy(sources);
  const [own, ...inherited] = sources.map((s) => (s.path === path ? `${path} on ${baseRef}` : s.path));
  const source = inherited.length ? `${own}, extending ${inherited.join(", ")}` : own;
  return result.ok ? { ok: true, policy: result.policy, source } : { ok: false, source, problems: result.problems };
}
