/**
 * The Octokit the tests hand the GitHub layer: @octokit/core with the paginate-rest plugin, as
 * Probot's and @actions/github's clients have it, so list reads page the way they do in production.
 */
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";

export const TestOctokit = Octokit.plugin(paginateRest);
