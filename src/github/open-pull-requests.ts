/** Finding the pull requests an event is about, when the event does not say. */
import { paginateOf, type GitHubClient, type RepoRef } from "./client.js";

/** At most this many open PRs are re-evaluated after a policy change (a bounded, paginated sweep). */
export const MAX_PULL_REQUESTS_PER_SWEEP = 300;

/** Open PRs into `branch` (into any branch when undefined), at most `limit`: pages are read only as far as needed. */
export async function openPullRequestsInto(client: GitHubClient, repo: RepoRef, branch: string | undefined, limit = MAX_PULL_REQUESTS_PER_SWEEP): Promise<number[]> {
  let seen = 0;
  const pulls = await paginateOf(client)<{ number: number }>(
    "GET /repos/{owner}/{repo}/pulls",
    { ...repo, state: "open", ...(branch !== undefined && { base: branch }), per_page: 100 },
    (response, done) => {
      seen += response.data.length;
      if (seen >= limit) done();
      return response.data;
    },
  );
  return pulls.slice(0, limit).map((p) => p.number);
}

/** Open PRs whose head is `sha` (the check_run payload lists none for PRs from forks). */
export async function openPullRequestsForCommit(client: GitHubClient, repo: RepoRef, sha: string): Promise<number[]> {
  const { data } = await client.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { ...repo, commit_sha: sha, per_page: 100 });
  return (data as Array<{ number: number; state: string; head: { sha: string } }>).filter((p) => p.state === "open" && p.head.sha === sha).map((p) => p.number);
}
