/**
 * The slice of Octokit the GitHub layer uses. Probot's octokit and @actions/github's both satisfy
 * it; tests hand in a real Octokit whose HTTP is intercepted, so what we test is what GitHub gets.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- GitHub's JSON is untyped at this boundary */
export interface GitHubResponse<T = any> {
  status: number;
  url: string;
  headers: Record<string, string | number | undefined>;
  data: T;
}

export interface RequestFunction {
  <T = any>(route: string | Record<string, unknown>, parameters?: Record<string, unknown>): Promise<GitHubResponse<T>>;
  endpoint: (...args: any[]) => { url: string };
}

/**
 * Octokit's `paginate` (the paginate-rest plugin, which Probot's and @actions/github's clients
 * carry): every page of a list, following GitHub's Link header. `mapFn` sees each response and may
 * call `done()` to stop early.
 */
export interface PaginateFunction {
  <T = any>(
    route: string,
    parameters: Record<string, unknown>,
    mapFn: (response: GitHubResponse<T[]>, done: () => void) => T[],
  ): Promise<T[]>;
}

export interface GitHubClient {
  request: RequestFunction;
  /** only list reads need it (reviews, open pull requests); every shell's Octokit has it */
  paginate?: PaginateFunction;
}

/** The client's `paginate`; every shell's Octokit has it, so its absence is a programming error. */
export function paginateOf(client: GitHubClient): PaginateFunction {
  if (!client.paginate) throw new TypeError("the GitHub client has no paginate (use an Octokit with the paginate-rest plugin)");
  return client.paginate;
}

/** Accepts any Octokit instance (their typed `request` overloads are wider than ours). */
export function asGitHubClient(octokit: unknown): GitHubClient {
  const candidate = octokit as GitHubClient | undefined;
  if (!candidate || typeof candidate.request !== "function") throw new TypeError("expected an Octokit instance");
  return candidate;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestRef extends RepoRef {
  pullNumber: number;
}

/** An error from GitHub, reduced to what a person needs: status and GitHub's message. */
export function describeGitHubError(error: unknown): { status: number | null; message: string } {
  const e = error as { status?: number; message?: string; request?: unknown; response?: { data?: { message?: string } } };
  // Octokit reports a request that got no answer at all (timeout, refused connection) as a 500
  // with no response: that is not something GitHub said, so it has no status.
  const unanswered = e?.request !== undefined && e?.response === undefined;
  const status = typeof e?.status === "number" && !unanswered ? e.status : null;
  const message = e?.response?.data?.message ?? e?.message ?? String(error);
  return { status, message: message.split("\n")[0].replace(/ - https:\/\/docs\.github\.com\S*/, "") };
}

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  return statuses.includes((error as { status?: number })?.status ?? -1);
}

/** How long one GitHub request may take by default before it is abandoned and retried. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/**
 * Wraps a fetch so that every call, each retry included, gives up after `timeoutMs`: a request
 * GitHub never answers must not stall a pull request's evaluation forever. The timeout surfaces
 * as an ordinary error (not an "AbortError"), which Octokit reports as a 500 and the retry plugin
 * retries within its usual budget; an abort the caller asked for is passed through unchanged.
 */
export function fetchWithTimeout(timeoutMs: number, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await base(input, { ...init, signal });
    } catch (error) {
      if (timeout.aborted && !init.signal?.aborted) throw new Error(`GitHub did not answer within ${timeoutMs} ms`, { cause: error });
      throw error;
    }
  };
}
