/**
 * The per-PR queue's contract, in process and on a real Redis: a burst of events for one PR costs at
 * most two evaluations, one PR is never evaluated twice at once, and different PRs do not wait on
 * each other.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import { createRedisQueue, InProcessQueue, type PullRequestJob, type PullRequestQueue } from "../../../app/fleet/queue.js";
import { startRedis, type RunningRedis } from "../../support/redis.js";

const job = (pullNumber: number, reason = "pull_request.synchronize"): PullRequestJob => ({ installationId: 7, owner: "acme", repo: "web", pullNumber, reason });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An evaluator that records what ran and checks that one PR never runs twice at once. */
function recorder(durationMs: number) {
  const runs: Array<{ pr: number; reason: string; startedAt: number }> = [];
  const running = new Set<number>();
  let overlaps = 0;
  const evaluate = async (j: PullRequestJob) => {
    if (running.has(j.pullNumber)) overlaps++;
    running.add(j.pullNumber);
    runs.push({ pr: j.pullNumber, reason: j.reason, startedAt: Date.now() });
    await sleep(durationMs);
    running.delete(j.pullNumber);
  };
  return { runs, evaluate, overlaps: () => overlaps };
}

async function waitUntil(probe: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(20);
  }
}

function contract(name: string, make: (evaluate: (j: PullRequestJob) => Promise<void>) => Promise<PullRequestQueue>) {
  describe(name, () => {
    it("coalesces a burst for one PR into at most two evaluations, the last with the latest event", async () => {
      const r = recorder(150);
      const queue = await make(r.evaluate);
      try {
        const accepted = [];
        accepted.push(await queue.enqueue(job(1, "event 0")));
        await waitUntil(() => r.runs.length === 1); // the first evaluation is running
        for (let i = 1; i <= 30; i++) accepted.push(await queue.enqueue(job(1, `event ${i}`)));
        await waitUntil(() => r.runs.length === 2);
        await sleep(400);
        expect(r.runs.map((x) => x.reason)).toEqual(["event 0", "event 30"]);
        expect(r.overlaps()).toBe(0);
        expect(accepted.filter((a) => a === "coalesced").length).toBeGreaterThanOrEqual(29);
      } finally {
        await queue.close();
      }
    });

    it("runs different PRs side by side and each PR to completion", async () => {
      const r = recorder(100);
      const queue = await make(r.evaluate);
      try {
        for (let round = 0; round < 5; round++) for (const pr of [11, 12, 13]) await queue.enqueue(job(pr, `round ${round}`));
        const lastEnqueued = Date.now();
        await waitUntil(() => [11, 12, 13].every((pr) => r.runs.filter((x) => x.pr === pr).length >= 1));
        await sleep(500);
        for (const pr of [11, 12, 13]) {
          const mine = r.runs.filter((x) => x.pr === pr);
          expect(mine.length).toBeLessThanOrEqual(2);
          // the last event is always seen: an evaluation starts after it, so it reads fresh state
          expect(mine[mine.length - 1].startedAt).toBeGreaterThanOrEqual(lastEnqueued);
        }
        expect(r.overlaps()).toBe(0);
      } finally {
        await queue.close();
      }
    });
  });
}

contract("in process", async (evaluate) => new InProcessQueue(evaluate));

let redis: RunningRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

let queueNumber = 0;
contract("on Redis (BullMQ)", async (evaluate) => createRedisQueue({ url: redis.url, prefix: `test${queueNumber++}`, concurrency: 4 }, evaluate));

describe("on Redis, across replicas", () => {
  it("two replicas never evaluate one PR at once, and a burst over both costs at most two evaluations", async () => {
    const r = recorder(200);
    const a = await createRedisQueue({ url: redis.url, prefix: "replicas" }, r.evaluate);
    const b = await createRedisQueue({ url: redis.url, prefix: "replicas" }, r.evaluate);
    try {
      await a.enqueue(job(21, "event 0"));
      await waitUntil(() => r.runs.length === 1);
      for (let i = 1; i <= 20; i++) await (i % 2 ? a : b).enqueue(job(21, `event ${i}`));
      await waitUntil(() => r.runs.length === 2);
      await sleep(600);
      expect(r.runs.map((x) => x.reason)).toEqual(["event 0", "event 20"]);
      expect(r.overlaps()).toBe(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("a job whose replica died is taken over by another replica", async () => {
    // Replica A is a separate process running the built queue; it takes the job, then is killed
    // with SIGKILL mid-evaluation, so it never finishes the job nor renews its lock.
    const script = `
      const { createRedisQueue } = await import(${JSON.stringify(new URL("../../../dist/app/fleet/queue.js", import.meta.url).href)});
      const q = await createRedisQueue({ url: process.argv[1], prefix: "takeover", lockDurationMs: 1500 }, async (j) => {
        process.stdout.write("took " + j.reason + "\\n");
        await new Promise(() => {});
      });
      await q.enqueue({ installationId: 7, owner: "acme", repo: "web", pullNumber: 31, reason: "opened" });`;
    const replicaA = spawn(process.execPath, ["--input-type=module", "-e", script, redis.url], { stdio: ["ignore", "pipe", "inherit"] });
    let said = "";
    replicaA.stdout!.on("data", (d: Buffer) => (said += d.toString()));
    await waitUntil(() => said.includes("took opened"));
    replicaA.kill("SIGKILL");
    const ran: string[] = [];
    const b = await createRedisQueue({ url: redis.url, prefix: "takeover", lockDurationMs: 1500 }, async (j) => {
      ran.push(j.reason);
    });
    try {
      await waitUntil(() => ran.includes("opened"), 20_000);
      expect(ran).toEqual(["opened"]);
    } finally {
      await b.close();
    }
  }, 30_000);
});
