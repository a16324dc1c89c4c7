/**
 * CODEOWNERS from the base branch, read only when the policy asks for code owners' approval. As
 * GitHub does, the first of `.github/CODEOWNERS`, `CODEOWNERS` and `docs/CODEOWNERS` that exists
 * is the one that counts: one request per location at most, stopping at the first found. Named by
 * its full ref (`refs/heads/<base>`), like the policy, so a same-named tag cannot stand in.
 */
import { CODEOWNERS_LOCATIONS } from "../engine/codeowners.js";
import type { CodeOwnersFile } from "../engine/types.js";
import { isStatus, type GitHubClient, type RepoRef } from "./client.js";

/** The CODEOWNERS file in effect on `baseRef`, or null when no location has one. */
export async function readCodeOwners(client: GitHubClient, repo: RepoRef, baseRef: string): Promise<CodeOwnersFile | null> {
  for (const path of CODEOWNERS_LOCATIONS) {
    try {
      const response = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
        ...repo,
        path,
        ref: `refs/heads/${baseRef}`,
        headers: { accept: "application/vnd.github.raw+json" },
      });
      // a directory of that name answers with a listing: GitHub would not read it either
      if (typeof response.data === "string") return { path, text: response.data };
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
  }
  return null;
}
