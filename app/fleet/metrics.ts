/**
 * What an operator watches a fleet by, in Prometheus' format (`GET /metrics`, off unless
 * BLAST_RADIUS_METRICS is set). Each replica reports its own numbers; Prometheus adds them up.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export class FleetMetrics {
  readonly registry = new Registry();

  readonly deliveries = new Counter({
    name: "blast_radius_deliveries_total",
    help: "Webhook deliveries handled, by event and outcome (queued, coalesced, ignored, failed).",
    labelNames: ["event", "outcome"] as const,
    registers: [this.registry],
  });

  readonly evaluations = new Counter({
    name: "blast_radius_evaluations_total",
    help: "Pull request evaluations run, by outcome (passing, blocked, failed-closed, skipped, error).",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  readonly decisions = new Counter({
    name: "blast_radius_decisions_total",
    help: "Decisions made, by tier and whether the pull request was sandboxed.",
    labelNames: ["tier", "sandboxed"] as const,
    registers: [this.registry],
  });

  readonly overrides = new Counter({
    name: "blast_radius_overrides_total",
    help: "Evaluations that passed because an allowed person applied the override label.",
    registers: [this.registry],
  });

  readonly githubRequests = new Counter({
    name: "blast_radius_github_requests_total",
    help: "Requests sent to GitHub, by method and response status (304: answered from the cache, free of rate limit).",
    labelNames: ["method", "status"] as const,
    registers: [this.registry],
  });

  readonly rateLimitRemaining = new Gauge({
    name: "blast_radius_github_rate_limit_remaining",
    help: "GitHub's x-ratelimit-remaining, per installation, as last seen.",
    labelNames: ["installation"] as const,
    registers: [this.registry],
  });

  readonly evaluationSeconds = new Histogram({
    name: "blast_radius_evaluation_duration_seconds",
    help: "How long one evaluation of a pull request took, reads and writes included.",
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [this.registry],
  });

  constructor(queueDepth?: () => Promise<number>) {
    collectDefaultMetrics({ register: this.registry, prefix: "blast_radius_" });
    if (queueDepth) {
      new Gauge({
        name: "blast_radius_queue_depth",
        help: "Pull request evaluations waiting or running (the whole fleet's when the queue is on Redis).",
        registers: [this.registry],
        async collect() {
          this.set(await queueDepth().catch(() => NaN));
        },
      });
    }
  }

  /** A response GitHub sent for `installation`, 304s included. */
  observeResponse(installation: number | string, method: string, status: number, headers: Record<string, string | number | undefined>): void {
    this.githubRequests.inc({ method, status: String(status) });
    const remaining = Number(headers["x-ratelimit-remaining"]);
    if (headers["x-ratelimit-remaining"] !== undefined && Number.isFinite(remaining)) this.rateLimitRemaining.set({ installation: String(installation) }, remaining);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
