/**
 * The per-pull-request work queue. Every webhook that concerns a pull request becomes one job;
 * jobs for the same pull request coalesce: while one evaluation of a PR runs, any number of further
 * events collapse into a single follow-up that reads fresh state, and two evaluations of one PR never
 * run at the same time. N deliveries in a burst therefore cost at most two evaluations.
 *
 * Two implementations with the same contract:
 * - in this process (no configuration): a map of PRs in flight;
 * - on Redis (`REDIS_URL`): BullMQ, whose deduplication with `keepLastIfActive` gives exactly the
 *   contract above across every replica (at most one active and one waiting job per PR), and whose
 *   stalled-job recovery hands a job to another replica when the one running it dies.
 */
import { randomUUID } from "node:crypto";

export interface PullRequestJob {
  installationId: number;
  owner: string;
  repo: string;
  pullNumber: number;
  /** the event that asked for it, e.g. `pull_request.synchronize` (for logs) */
  reason: string;
}

export type Accepted = "queued" | "coalesced";

export interface PullRequestQueue {
  /** Accepts a job; resolves as soon as it is queued or coalesced, long before it runs. */
  enqueue(job: PullRequestJob): Promise<Accepted>;
  /** Jobs waiting or running, for the metrics. */
  depth(): Promise<number>;
  close(): Promise<void>;
}

export type Evaluate = (job: PullRequestJob) => Promise<void>;

export interface QueueHooks {
  onError?(job: PullRequestJob, error: unknown): void;
}

/**
 * In this process: how long a PR's first event waits before its evaluation starts, so that a burst
 * (a push fires synchronize, then labels and reviews follow) is one evaluation rather than two. On
 * Redis, BullMQ's deduplication already holds a burst to the running job and one follow-up, and a
 * delayed job would wait on BullMQ's timers.
 */
export const DEFAULT_DEBOUNCE_MS = 300;

/** One key per pull request; lower-cased, as GitHub's owner and repository names are case-insensitive. */
export function pullRequestKey(job: Pick<PullRequestJob, "installationId" | "owner" | "repo" | "pullNumber">): string {
  return `${job.installationId}:${job.owner}/${job.repo}#${job.pullNumber}`.toLowerCase();
}

/** The queue without Redis: one process, one map of PRs in flight. */
export class InProcessQueue implements PullRequestQueue {
  /** per PR: the follow-up to run after the current evaluation (null: none asked for yet) */
  private readonly inFlight = new Map<string, { followUp: PullRequestJob | null; done: Promise<void> }>();

  constructor(
    private readonly evaluate: Evaluate,
    private readonly hooks: QueueHooks = {},
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  async enqueue(job: PullRequestJob): Promise<Accepted> {
    const key = pullRequestKey(job);
    const running = this.inFlight.get(key);
    if (running) {
      const coalesced = running.followUp !== null;
      running.followUp = job;
      return coalesced ? "coalesced" : "queued";
    }
    const entry: { followUp: PullRequestJob | null; done: Promise<void> } = { followUp: null, done: Promise.resolve() };
    this.inFlight.set(key, entry);
    entry.done = this.drain(key, job, entry);
    return "queued";
  }

  private async drain(key: string, first: PullRequestJob, entry: { followUp: PullRequestJob | null }): Promise<void> {
    // Wait a moment: the rest of a burst coalesces into this evaluation (the latest event is run).
    await new Promise((resolve) => setTimeout(resolve, this.debounceMs));
    let job: PullRequestJob | null = entry.followUp ?? first;
    entry.followUp = null;
    while (job) {
      try {
        await this.evaluate(job);
      } catch (error) {
        this.hooks.onError?.(job, error);
      }
      job = entry.followUp;
      entry.followUp = null;
    }
    this.inFlight.delete(key);
  }

  async depth(): Promise<number> {
    let n = 0;
    for (const entry of this.inFlight.values()) n += entry.followUp ? 2 : 1;
    return n;
  }

  /** Resolves when every PR in flight is done (tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight.values()].map((e) => e.done));
  }

  async close(): Promise<void> {
    await this.idle();
  }
}

export interface RedisQueueOptions {
  /** a redis:// URL */
  url: string;
  /** how many PRs one replica evaluates at once (different PRs; one PR is never run twice at once) */
  concurrency?: number;
  /** how long a job's lock lives without renewal: a dead replica's job is taken over after about this long */
  lockDurationMs?: number;
  /** BullMQ's key prefix, so several installations of Blast Radius can share one Redis */
  prefix?: string;
}

export const QUEUE_NAME = "blast-radius-evaluations";

/** The queue on Redis, shared by every replica. BullMQ is imported only when Redis is configured. */
export async function createRedisQueue(options: RedisQueueOptions, evaluate: Evaluate, hooks: QueueHooks = {}): Promise<PullRequestQueue> {
  const { Queue, Worker } = await import("bullmq");
  const { Redis } = await import("ioredis");
  // Workers block on Redis: BullMQ requires maxRetriesPerRequest null on their connection.
  const connect = () => new Redis(options.url, { maxRetriesPerRequest: null });
  const prefix = options.prefix ?? "bull";
  const queueConnection = connect();
  const workerConnection = connect();
  const queue = new Queue<PullRequestJob>(QUEUE_NAME, { connection: queueConnection, prefix });
  const lockDuration = options.lockDurationMs ?? 30_000;
  const worker = new Worker<PullRequestJob>(
    QUEUE_NAME,
    async (job) => {
      try {
        await evaluate(job.data);
      } catch (error) {
        hooks.onError?.(job.data, error);
        throw error; // BullMQ retries it (attempts below), possibly on another replica
      }
    },
    {
      connection: workerConnection,
      prefix,
      concurrency: options.concurrency ?? 4,
      lockDuration,
      stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
      maxStalledCount: 3,
    },
  );
  worker.on("error", () => undefined); // connection trouble is retried by ioredis; jobs are not lost

  return {
    async enqueue(job) {
      const id = `${pullRequestKey(job).replace(/[:#/]/g, "_")}-${randomUUID()}`;
      const added = await queue.add("evaluate", job, {
        jobId: id,
        deduplication: { id: pullRequestKey(job), keepLastIfActive: true },
        attempts: 3,
        backoff: { type: "exponential", delay: 1000 },
        removeOnComplete: true,
        removeOnFail: 100,
      });
      return added.id === id ? "queued" : "coalesced";
    },
    async depth() {
      const counts = await queue.getJobCounts("active", "waiting", "delayed", "prioritized");
      return Object.values(counts).reduce((a, b) => a + b, 0);
    },
    async close() {
      await worker.close();
      await queue.close();
      queueConnection.disconnect();
      workerConnection.disconnect();
    },
  };
}
