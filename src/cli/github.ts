/**
 * GitHub access for `doctor` and `protect`: the token (GITHUB_TOKEN, else `gh auth token`), the
 * API base (GITHUB_API_URL, as in Actions; default https://api.github.com), an Octokit client
 * loaded only when one of these commands runs, so `evaluate` and `validate` start as fast as before,
 * and GitHub's errors in words.
 */
import { execFileSync } from "node:child_process";
import type { GitHubClient, RepoRef } from "../github/client.js";
import { CliError, errorCode } from "./errors.js";
import { packageVersion } from "./version.js";

export type Env = Record<string, string | undefined>;

export const DEFAULT_API_URL = "https://api.github.com";

/** `OWNER/REPO`, or a CliError saying what is wrong with it. */
export function parseRepo(value: string | undefined, command: string): RepoRef {
  if (value === undefined) throw new CliError(`missing --repo OWNER/REPO (see blast-radius ${command} --help)`);
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value.trim().replace(/\.git$/, ""));
  if (!m) throw new CliError(`--repo must be OWNER/REPO (e.g. acme/web), got "${value}"`);
  return { owner: m[1], repo: m[2] };
}

/** The token to call GitHub with, and where it came from. */
export function resolveToken(env: Env): { token: string; source: string } {
  const fromEnv = env.GITHUB_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: "GITHUB_TOKEN" };
  let why: string;
  try {
    const token = execFileSync("gh", ["auth", "token"], { env: env as NodeJS.ProcessEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 15_000 }).trim();
    if (token) return { token, source: "gh auth token" };
    why = "`gh auth token` printed nothing";
  } catch (error) {
    why = errorCode(error) === "ENOENT" ? "the GitHub CLI (gh) is not installed" : "`gh auth token` failed (not logged in? run `gh auth login`)";
  }
  throw new CliError(`no GitHub token: set GITHUB_TOKEN (${why})`);
}

export function apiUrl(env: Env): string {
  const url = env.GITHUB_API_URL?.trim();
  return (url ? url : DEFAULT_API_URL).replace(/\/+$/, "");
}

/** An Octokit client for `env`'s token and API base; @octokit/core is loaded here, not at start-up. */
export async function connect(env: Env): Promise<{ client: GitHubClient; apiUrl: string }> {
  const { token } = resolveToken(env);
  const baseUrl = apiUrl(env);
  const { Octokit: Core } = await import("@octokit/core");
  const { paginateRest } = await import("@octokit/plugin-paginate-rest");
  const Octokit = Core.plugin(paginateRest);
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  const octokit = new Octokit({ auth: token, baseUrl, userAgent: `blast-radius-cli/${packageVersion()}`, log: quiet });
  return { client: octokit as unknown as GitHubClient, apiUrl: baseUrl };
}

/** A GitHub error as a CliError (exit 2) that says what failed and what to do. */
export function gitHubFailure(error: unknown, context: { apiUrl: string; repo: RepoRef; doing: string }): CliError {
  const e = error as { status?: number; message?: string; request?: { method?: string; url?: string }; response?: { data?: { message?: string }; headers?: Record<string, unknown> } };
  if (typeof e?.status !== "number" || (e.status === 500 && !e.response)) {
    const cause = String((e as { cause?: { message?: string } })?.cause?.message ?? e?.message ?? error);
    return new CliError(`cannot reach the GitHub API at ${context.apiUrl} to ${context.doing}: ${cause} (for GitHub Enterprise Server set GITHUB_API_URL, e.g. https://github.example.com/api/v3)`);
  }
  const message = (e.response?.data?.message ?? e.message ?? "").split("\n")[0];
  const fullName = `${context.repo.owner}/${context.repo.repo}`;
  const accepted = e.response?.headers?.["x-accepted-github-permissions"];
  switch (e.status) {
    case 401:
      return new CliError(`GitHub rejected the token (401 ${message}): set GITHUB_TOKEN to a valid token, or log in again with \`gh auth login\``);
    case 403:
      return new CliError(`GitHub refused to ${context.doing} (403 ${message})${accepted ? `: the token needs ${String(accepted).replace(/=/g, ": ")}` : ""}`);
    case 404:
      return new CliError(`GitHub answered 404 to ${context.doing}: ${fullName} does not exist, or the token cannot see it`);
    default:
      return new CliError(`GitHub answered ${e.status} ${message} to ${context.doing} (${e.request?.method ?? ""} ${e.request?.url ?? ""})`.replace(/ \( \)$/, ""));
  }
}
