/**
 * The Probot app: translates webhook events into calls to the GitHub layer. No decisions here.
 */
import type { Context, Probot } from "probot";
import { asGitHubClient, describeGitHubError, type GitHubClient, type RepoRef } from "../src/github/client.js";
import { CHECK_NAME_PREFIX } from "../src/github/check-run.js";
import { evaluatePullRequest, labelMattersOnBase, type Logger } from "../src/github/evaluate-pull-request.js";
import { MAX_PULL_REQUESTS_PER_SWEEP, openPullRequestsForCommit, openPullRequestsInto } from "../src/github/open-pull-requests.js";
import { DEFAULT_POLICY_PATH } from "../src/policy/schema.js";

export interface AppOptions {
  /** where the policy lives in each repository; default `.github/blast-radius.yml` */
  policyPath?: string;
  /** this GitHub App's id: only our own check runs are updated (the Action may post one with the same name) */
  appId?: number;
  /** at most this many open PRs are evaluated for one installation event; default MAX_PULL_REQUESTS_PER_SWEEP */
  installSweepLimit?: number;
  /**
   * The server's per-PR work queue (app/fleet): handlers then only enqueue, and deliveries are
   * acknowledged at once. Without it each handler evaluates in place (tests, embedding).
   */
  queue?: PullRequestQueueEntry;
}

/** What the app hands the queue: which PR, with whose installation, and which event asked. */
export interface PullRequestQueueEntry {
  enqueue(job: { installationId: number; owner: string; repo: string; pullNumber: number; reason: string }): Promise<"queued" | "coalesced">;
  /** counts each delivery's outcome (the metrics), when the server watches them */
  delivered?(event: string, outcome: "queued" | "coalesced" | "ignored"): void;
}

/** The settings come from the shell (app/settings.ts reads the environment); nothing here reads it. */
export function blastRadiusApp(options: AppOptions = {}) {
  const policyPath = options.policyPath || DEFAULT_POLICY_PATH;
  const appId = options.appId;
  const installSweepLimit = options.installSweepLimit ?? MAX_PULL_REQUESTS_PER_SWEEP;
  // Labels already given their colour, per process: saves a request on every later event.
  const styledLabels = new Set<string>();

  return (app: Probot) => {
    // This app's own bot login ("<slug>[bot]"), asked of GitHub once per process and only when a bot
    // changes a label; not remembered when GitHub does not answer.
    let ownLogin: Promise<string | null> | undefined;
    const ownBotLogin = () =>
      (ownLogin ??= app
        .auth()
        .then((octokit) => octokit.request("GET /app"))
        .then(
          ({ data }) => (data?.slug ? `${data.slug}[bot]` : null),
          (error: unknown) => {
            ownLogin = undefined;
            app.log.warn(`could not learn this app's own login, so its own label changes are evaluated too: ${describeGitHubError(error).message}`);
            return null;
          },
        ));

    const evaluate = async (context: Context, pullNumber: number, onlyIfLabelMatters?: string, { owner, repo }: RepoRef = context.repo()) => {
      if (options.queue) return enqueue(options.queue, context, pullNumber, onlyIfLabelMatters, { owner, repo });
      const log: Logger = {
        info: (m) => context.log.info(m),
        warn: (m) => context.log.warn(m),
        error: (m) => context.log.error(m),
      };
      try {
        const outcome = await evaluatePullRequest({
          client: asGitHubClient(context.octokit),
          pullRequest: { owner, repo, pullNumber },
          policyPath,
          styledLabels,
          onlyIfLabelMatters,
          appId,
          log,
        });
        if (outcome.skipped) context.log.debug(`${owner}/${repo}#${pullNumber}: skipped, ${outcome.skipped}`);
      } catch (error) {
        // Only reading the PR itself can end up here; there is no commit to put a failing check on.
        const { status, message } = describeGitHubError(error);
        context.log.error(`${owner}/${repo}#${pullNumber}: could not read the pull request (${status ?? "no status"}: ${message})`);
      }
    };

    /**
     * Through the queue: a label event is checked against the base branch's policy first (a queued
     * job is a whole evaluation, and an unrelated label should cost none), then the PR is queued.
     */
    const enqueue = async (queue: PullRequestQueueEntry, context: Context, pullNumber: number, label: string | undefined, { owner, repo }: RepoRef) => {
      const event = `${context.name}.${(context.payload as { action?: string }).action ?? ""}`;
      const installationId = (context.payload as { installation?: { id?: number } }).installation?.id;
      if (installationId === undefined) {
        context.log.warn(`${owner}/${repo}#${pullNumber}: ${event} names no installation; ignored`);
        return queue.delivered?.(context.name, "ignored");
      }
      const baseRef = (context.payload as { pull_request?: { base?: { ref?: string } } }).pull_request?.base?.ref;
      if (label !== undefined && baseRef && !(await labelMattersOnBase(asGitHubClient(context.octokit), { owner, repo }, baseRef, policyPath, label))) {
        context.log.debug(`${owner}/${repo}#${pullNumber}: label "${label}" is not one Blast Radius manages`);
        return queue.delivered?.(context.name, "ignored");
      }
      const accepted = await queue.enqueue({ installationId, owner, repo, pullNumber, reason: event });
      queue.delivered?.(context.name, accepted);
    };

    app.on(["pull_request.opened", "pull_request.reopened", "pull_request.synchronize", "pull_request.ready_for_review"], async (context) => {
      await evaluate(context, context.payload.pull_request.number);
    });

    app.on("pull_request.edited", async (context) => {
      // A retarget changes which branch's policy and check name apply; a title edit changes nothing.
      if (context.payload.changes?.base) await evaluate(context, context.payload.pull_request.number);
    });

    app.on(["pull_request.labeled", "pull_request.unlabeled"], async (context) => {
      // Our own label writes come back as events and change nothing. Anyone else's change may
      // matter, a bot's included (a bot removing the override label must end the override).
      const sender = context.payload.sender;
      if (sender.type === "Bot" && sender.login.toLowerCase() === (await ownBotLogin())?.toLowerCase()) return;
      const label = context.payload.label?.name;
      if (label) await evaluate(context, context.payload.pull_request.number, label);
    });

    app.on(["pull_request_review.submitted", "pull_request_review.edited", "pull_request_review.dismissed"], async (context) => {
      await evaluate(context, context.payload.pull_request.number);
    });

    app.on("check_run.rerequested", async (context) => {
      const run = context.payload.check_run;
      if (!run.name.startsWith(CHECK_NAME_PREFIX)) return;
      let numbers = run.pull_requests.map((p) => p.number);
      if (numbers.length === 0) numbers = await openPullRequestsForCommit(asGitHubClient(context.octokit), context.repo(), run.head_sha);
      for (const number of numbers) await evaluate(context, number);
    });

    // "Re-run all checks": GitHub sends it only to the app whose suite it is, i.e. ours.
    app.on("check_suite.rerequested", async (context) => {
      const suite = context.payload.check_suite;
      let numbers = suite.pull_requests.map((p) => p.number);
      if (numbers.length === 0 && suite.head_sha) numbers = await openPullRequestsForCommit(asGitHubClient(context.octokit), context.repo(), suite.head_sha);
      for (const number of numbers) await evaluate(context, number);
    });

    // Newly installed repositories: their open PRs have no check yet, and a required check that
    // never comes would strand them. Bounded: at most installSweepLimit per event.
    const evaluateOpenPullRequestsOf = async (context: Context, repositories: Array<{ full_name: string }>) => {
      const client = asGitHubClient(context.octokit);
      let budget = installSweepLimit;
      let evaluated = 0;
      let unswept = 0;
      for (const { full_name } of repositories) {
        const [owner, repo] = full_name.split("/");
        if (budget === 0) {
          unswept++;
          continue;
        }
        let numbers: number[];
        try {
          numbers = await openPullRequestsInto(client, { owner, repo }, undefined, budget);
        } catch (error) {
          const { status, message } = describeGitHubError(error);
          context.log.error(`${full_name}: could not list open pull requests (${status ?? "no status"}: ${message})`);
          continue;
        }
        budget -= numbers.length;
        for (const number of numbers) await evaluate(context, number, undefined, { owner, repo });
        evaluated += numbers.length;
      }
      context.log.info(`newly installed on ${repositories.length} repositor${repositories.length === 1 ? "y" : "ies"}: evaluated ${evaluated} open pull request(s)`);
      if (budget === 0) {
        context.log.warn(`stopped at ${installSweepLimit} pull requests (${unswept} repositor${unswept === 1 ? "y" : "ies"} not swept); the others get their check on their next push`);
      }
    };

    app.on("installation.created", async (context) => {
      await evaluateOpenPullRequestsOf(context, context.payload.repositories ?? []);
    });

    app.on("installation_repositories.added", async (context) => {
      await evaluateOpenPullRequestsOf(context, context.payload.repositories_added);
    });

    app.on("push", async (context) => {
      const { ref, commits, deleted } = context.payload;
      if (deleted || !ref.startsWith("refs/heads/")) return;
      const touched = commits.some((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].includes(policyPath));
      if (!touched) return;
      const branch = ref.slice("refs/heads/".length);
      const client: GitHubClient = asGitHubClient(context.octokit);
      const numbers = await openPullRequestsInto(client, context.repo(), branch);
      context.log.info(`${policyPath} changed on ${branch}: re-evaluating ${numbers.length} open pull request(s)`);
      // One at a time: throttling would serialise the writes anyway, and this keeps memory flat.
      for (const number of numbers) await evaluate(context, number);
    });
  };
}
