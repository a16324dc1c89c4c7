/**
 * The Action: translates the runner's world (inputs, the event payload, outputs, the job summary)
 * into one call to the GitHub layer. No decisions here.
 */
import * as core from "@actions/core";
import * as github from "@actions/github";
import { defaults as actionsOctokitDefaults } from "@actions/github/lib/utils";
import { retry } from "@octokit/plugin-retry";
import { asGitHubClient, DEFAULT_REQUEST_TIMEOUT_MS, describeGitHubError, fetchWithTimeout, type GitHubClient } from "../src/github/client.js";
import { evaluatePullRequest, type PullRequestOutcome, type WriteError } from "../src/github/evaluate-pull-request.js";
import { TEAM_MEMBERSHIP_FIXES, unreadableMembership } from "../src/render/membership.js";
import { InputError, readInputs } from "./inputs.js";

/** Events whose payload names a pull request the Action can gate. */
export const SUPPORTED_EVENTS = ["pull_request_target", "pull_request", "pull_request_review"] as const;

export interface ActionContext {
  eventName: string;
  payload: { action?: string; pull_request?: { number?: unknown } } & Record<string, unknown>;
  /** a function: @actions/github throws when GITHUB_REPOSITORY is unset, which only matters for PR events */
  repo: () => { owner: string; repo: string };
}

export interface RunOptions {
  /** Tests hand in an Octokit whose HTTP they control; the runner gets @actions/github's. */
  client?: GitHubClient;
  context?: ActionContext;
}

export async function run(options: RunOptions = {}): Promise<void> {
  try {
    await runAction(options);
  } catch (error) {
    // Never a stack trace: one line a person can act on.
    const message = error instanceof InputError ? error.message : `Blast Radius failed: ${describeGitHubError(error).message}`;
    core.setFailed(message);
  }
}

async function runAction(options: RunOptions): Promise<void> {
  const inputs = readInputs();
  const context = options.context ?? { eventName: github.context.eventName, payload: github.context.payload as ActionContext["payload"], repo: () => github.context.repo };

  if (!(SUPPORTED_EVENTS as readonly string[]).includes(context.eventName)) {
    core.notice(`Blast Radius gates pull requests: run it on ${SUPPORTED_EVENTS.join(", ")}. This run was triggered by "${context.eventName}", so there is nothing to do.`);
    return;
  }
  const pullNumber = context.payload.pull_request?.number;
  if (typeof pullNumber !== "number") {
    throw new InputError(`the "${context.eventName}" event payload has no pull_request.number; is GITHUB_EVENT_PATH the event's payload?`);
  }
  if (context.payload.action === "closed") {
    core.info(`Pull request #${pullNumber} is closed; nothing to gate.`);
    return;
  }

  const client = options.client ?? actionOctokit(inputs.token);
  let outcome: PullRequestOutcome;
  try {
    outcome = await evaluatePullRequest({
      client,
      pullRequest: { ...context.repo(), pullNumber },
      policyPath: inputs.configPath,
      modeOverride: inputs.mode,
      log: { info: (m) => core.info(m), warn: (m) => core.warning(m), error: (m) => core.info(m) },
    });
  } catch (error) {
    setEmptyOutputs();
    const { status, message } = describeGitHubError(error);
    const hint = status === 403 || status === 404 ? " The token may not be able to read this repository's pull requests (permissions: pull-requests: read, contents: read)." : "";
    throw new InputError(`Blast Radius could not read pull request #${pullNumber} (${status ? `HTTP ${status}: ` : ""}${message}).${hint}`);
  }

  setOutputs(outcome);
  if (outcome.check) await writeSummary(outcome.check.summary);

  if (outcome.problems.length > 0) {
    core.setFailed(outcome.problems.join("\n"));
    return;
  }
  // A token that cannot read team membership can never see a team's approval: fail the step with the fixes.
  const unreadable = unreadableMembership(outcome);
  const failures = [
    ...(outcome.writeErrors.length > 0 ? [permissionMessage(outcome, context.eventName)] : []),
    ...(unreadable.length > 0 ? [`Blast Radius cannot read team membership with this token. ${unreadable.join(" ")} ${TEAM_MEMBERSHIP_FIXES}`] : []),
  ];
  if (failures.length > 0) {
    core.setFailed(failures.join("\n"));
    return;
  }
  core.info(`${outcome.check?.title ?? outcome.decision?.tier} (check ${outcome.checkWrite})`);
}

export interface ActionOctokitOptions {
  /** per request, each retry included; default DEFAULT_REQUEST_TIMEOUT_MS */
  timeoutMs?: number;
  /** default @actions/github's (GITHUB_API_URL) */
  baseUrl?: string;
  /** the retry plugin's pause unit in ms (its default 1000); tests shorten it */
  retryAfterBaseValue?: number;
}

/**
 * The runner's Octokit: @actions/github's proxy-aware fetch, given a timeout on every request, and
 * the retry plugin, which retries a timed-out request like any 5xx (3 retries).
 */
export function actionOctokit(token: string, options: ActionOctokitOptions = {}): GitHubClient {
  const runnerFetch = (actionsOctokitDefaults.request?.fetch ?? globalThis.fetch) as typeof fetch;
  const octokit = github.getOctokit(
    token,
    {
      ...(options.baseUrl && { baseUrl: options.baseUrl }),
      request: { ...actionsOctokitDefaults.request, fetch: fetchWithTimeout(options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, runnerFetch) },
      ...(options.retryAfterBaseValue !== undefined && { retry: { retryAfterBaseValue: options.retryAfterBaseValue } }),
    },
    retry,
  );
  return asGitHubClient(octokit);
}

function setOutputs(outcome: PullRequestOutcome): void {
  core.setOutput("tier", outcome.decision?.tier ?? "");
  core.setOutput("sandboxed", String(outcome.decision?.sandboxed ?? false));
  core.setOutput("labels", JSON.stringify(outcome.decision?.labels ?? []));
  core.setOutput("approved", String(outcome.decision ? outcome.approved : false));
  core.setOutput("report", JSON.stringify(outcome.report ?? { error: outcome.problems.join("\n") }));
}

function setEmptyOutputs(): void {
  core.setOutput("tier", "");
  core.setOutput("sandboxed", "false");
  core.setOutput("labels", "[]");
  core.setOutput("approved", "false");
  core.setOutput("report", JSON.stringify({ error: "the pull request could not be read" }));
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return; // not on a runner (e.g. a local dry run)
  await core.summary.addRaw(markdown, true).write();
}

/** One clear error for writes the token was not allowed to make. */
function permissionMessage(outcome: PullRequestOutcome, eventName: string): string {
  const denied = outcome.writeErrors.filter((e) => e.status === 403 || e.status === 404);
  const other = outcome.writeErrors.filter((e) => !denied.includes(e));
  const parts: string[] = [];
  const tier = outcome.decision ? `${outcome.decision.tier} risk` : "the decision";
  if (denied.length > 0) {
    const permissions = [...new Set(denied.map((e: WriteError) => e.permission))].join("; ");
    const forkHint =
      eventName === "pull_request" || eventName === "pull_request_review"
        ? ` On "${eventName}" events from forks GitHub gives a read-only token: use pull_request_target for the labels and check.`
        : "";
    parts.push(`Blast Radius computed ${tier} (see the outputs and job summary) but the token may not write ${denied.map((e) => e.what).join(", ")}: it needs ${permissions}. Add them to the workflow's \`permissions:\` block.${forkHint}`);
  }
  for (const e of other) parts.push(`Blast Radius could not write the ${e.what}: ${e.status ? `HTTP ${e.status}: ` : ""}${e.message}`);
  return parts.join("\n");
}
