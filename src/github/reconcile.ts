/**
 * Every kind of state Blast Radius keeps on a pull request (its labels, its check run, its review
 * requests) is reconciled the same way, as probot/settings' Diffable does: read what is there,
 * plan the difference from what the decision wants (null when there is none), and send only that.
 * A redelivered event therefore sends nothing, and under GitHub's throttling of writes no one
 * waits a second for a write that changes nothing.
 */
import { describeGitHubError } from "./client.js";

export type WriteTarget = "labels" | "check run" | "review requests";

export interface Reconciler<Plan> {
  readonly what: WriteTarget;
  /** What to send to make GitHub's state the wanted one; null when they already agree. */
  plan(): Promise<Plan | null>;
  /** Sends the plan. */
  apply(plan: Plan): Promise<void>;
}

export type Reconciled = "applied" | "unchanged" | { error: unknown };

/**
 * Plans every reconciler, then applies every plan, all independently: one failing write does not
 * stop the others. Returns what happened to each, in the order given.
 */
export async function reconcileAll(reconcilers: ReadonlyArray<Reconciler<unknown>>): Promise<Reconciled[]> {
  return Promise.all(
    reconcilers.map(async (reconciler): Promise<Reconciled> => {
      try {
        const plan = await reconciler.plan();
        if (plan === null) return "unchanged";
        await reconciler.apply(plan);
        return "applied";
      } catch (error) {
        return { error };
      }
    }),
  );
}

/** A plan computed once, however often it is asked for (the summary needs it before the writes). */
export function memoizePlan<Plan>(reconciler: Reconciler<Plan>): Reconciler<Plan> {
  let planned: Promise<Plan | null> | undefined;
  return { what: reconciler.what, plan: () => (planned ??= reconciler.plan()), apply: (plan) => reconciler.apply(plan) };
}

export const describeReconcileError = (error: unknown) => describeGitHubError(error).message;
