/**
 * The app's work, shared by its replicas: webhook handlers only enqueue a pull request (and are
 * acknowledged at once); the queue runs at most one evaluation of a PR at a time across the fleet,
 * with an installation client whose reads are conditional requests. Without REDIS_URL all of this
 * lives in the one process; with it, the queue and the HTTP cache are on Redis.
 */
import type { Logger as PinoLike } from "pino";
import { asGitHubClient, describeGitHubError } from "../../src/github/client.js";
import { memoryStore, redisStore, useConditionalRequests, type ResponseStore } from "../../src/github/conditional-requests.js";
import { evaluatePullRequest, type PullRequestOutcome } from "../../src/github/evaluate-pull-request.js";
import { FleetMetrics } from "./metrics.js";
import { createRedisQueue, InProcessQueue, type Accepted, type PullRequestJob, type PullRequestQueue } from "./queue.js";

export interface FleetSettings {
  redisUrl?: string;
  /** serve GET /metrics */
  metrics: boolean;
  /** PRs one replica evaluates at once */
  concurrency?: number;
  /** a dead replica's job is taken over after about this long */
  lockDurationMs?: number;
}

/** What the fleet needs from Probot: an installation client and a logger. */
export interface InstallationAuth {
  auth(installationId: number): Promise<unknown>;
  log: Pick<PinoLike, "info" | "warn" | "error">;
}

export interface EvaluationSettings {
  policyPath: string;
  appId?: number;
}

export interface Fleet {
  enqueue(job: PullRequestJob): Promise<Accepted>;
  metrics: FleetMetrics | null;
  close(): Promise<void>;
}

export async function startFleet(probot: InstallationAuth, settings: FleetSettings, evaluation: EvaluationSettings): Promise<Fleet> {
  let store: ResponseStore = memoryStore();
  let closeRedis = () => undefined as void;
  if (settings.redisUrl) {
    const { Redis } = await import("ioredis");
    const redis = new Redis(settings.redisUrl);
    redis.on("error", (error) => probot.log.warn(`redis: ${error.message}`));
    store = redisStore(redis);
    closeRedis = () => redis.disconnect();
  }

  // The metrics ask the queue for its depth; the queue is made after them (it runs `run`, which reports to them).
  const made: { queue?: PullRequestQueue } = {};
  const metrics = settings.metrics ? new FleetMetrics(() => (made.queue ? made.queue.depth() : Promise.resolve(0))) : null;

  const run = async (job: PullRequestJob): Promise<void> => {
    const started = Date.now();
    const octokit = await probot.auth(job.installationId);
    let requests = 0;
    useConditionalRequests(octokit, `installation:${job.installationId}`, store, {
      onResponse: (status, headers, method) => {
        requests++;
        metrics?.observeResponse(job.installationId, method, status, headers);
      },
    });
    const where = `${job.owner}/${job.repo}#${job.pullNumber}`;
    let outcome: PullRequestOutcome;
    try {
      outcome = await evaluatePullRequest({
        client: asGitHubClient(octokit),
        pullRequest: { owner: job.owner, repo: job.repo, pullNumber: job.pullNumber },
        policyPath: evaluation.policyPath,
        appId: evaluation.appId,
        log: { info: () => undefined, warn: (m) => probot.log.warn(m), error: (m) => probot.log.error(m) },
      });
    } catch (error) {
      // Only reading the PR itself can end up here; there is no commit to put a failing check on.
      const { status, message } = describeGitHubError(error);
      metrics?.evaluations.inc({ outcome: "error" });
      probot.log.error({ pullRequest: where, reason: job.reason, requests, durationMs: Date.now() - started }, `${where}: could not read the pull request (${status ?? "no status"}: ${message})`);
      throw error;
    }
    const seconds = (Date.now() - started) / 1000;
    metrics?.evaluationSeconds.observe(seconds);
    const result = outcome.skipped ? "skipped" : outcome.problems.length ? "failed-closed" : outcome.passing ? "passing" : "blocked";
    metrics?.evaluations.inc({ outcome: result });
    if (outcome.decision) metrics?.decisions.inc({ tier: outcome.decision.tier, sandboxed: String(outcome.decision.sandboxed) });
    if (outcome.override?.allowed) metrics?.overrides.inc();
    // One line per evaluation: what a person searching the logs for a PR needs.
    probot.log.info(
      { pullRequest: where, reason: job.reason, tier: outcome.decision?.tier ?? null, outcome: result, check: outcome.checkWrite, requests, durationMs: Math.round(seconds * 1000) },
      `${where}: ${outcome.check?.title ?? outcome.skipped ?? "evaluated"}`,
    );
  };

  const onError = (job: PullRequestJob, error: unknown) =>
    probot.log.warn(`${job.owner}/${job.repo}#${job.pullNumber}: evaluation failed (${describeGitHubError(error).message}); it is retried`);
  const queue = settings.redisUrl
    ? await createRedisQueue({ url: settings.redisUrl, concurrency: settings.concurrency, lockDurationMs: settings.lockDurationMs }, run, { onError })
    : new InProcessQueue(run, { onError });
  made.queue = queue;

  return {
    metrics,
    enqueue: (job) => queue.enqueue(job),
    async close() {
      await queue.close();
      closeRedis();
    },
  };
}
