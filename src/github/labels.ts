/**
 * Reconciles the PR's risk labels: exactly one `<prefix><tier>`, plus the sandbox label when
 * sandboxed. Only the app's own labels are ever removed; a label a person added is never touched.
 * Only the difference is sent: re-adding a present label would cost a throttled write for nothing.
 */
import type { Policy } from "../policy/schema.js";
import { managedLabels } from "../engine/evaluate.js";
import type { GitHubClient, PullRequestRef } from "./client.js";
import type { Reconciler } from "./reconcile.js";

const TIER_COLORS = ["0e8a16", "fbca04", "d93f0b", "b60205", "5319e7"];
const SANDBOX_COLOR = "1d76db";
/** The colour GitHub gives a label it creates implicitly when one is added to an issue. */
const GITHUB_DEFAULT_LABEL_COLOR = "ededed";

export interface LabelPlan {
  add: string[];
  remove: string[];
}

const lower = (s: string) => s.toLowerCase();

export function planLabels(current: readonly string[], wanted: readonly string[], managed: readonly string[]): LabelPlan {
  const have = new Set(current.map(lower));
  const want = new Set(wanted.map(lower));
  const ours = new Set(managed.map(lower));
  return {
    add: wanted.filter((l) => !have.has(lower(l))),
    remove: current.filter((l) => ours.has(lower(l)) && !want.has(lower(l))),
  };
}

/** The colour and description a risk label is created with. */
export function labelStyle(policy: Policy, label: string): { color: string; description: string } {
  const tierIndex = policy.tiers.findIndex((t) => lower(`${policy.labels.prefix}${t}`) === lower(label));
  if (tierIndex >= 0) {
    const top = policy.tiers.length - 1;
    // spread the palette over however many tiers the policy defines; the top tier is always red
    const color = tierIndex === top ? TIER_COLORS[3] : TIER_COLORS[Math.min(Math.round((tierIndex / Math.max(1, top)) * 3), 2)];
    return { color, description: `Blast Radius: ${policy.tiers[tierIndex]} risk` };
  }
  return { color: SANDBOX_COLOR, description: "Blast Radius: every change is inside a sandbox juniors own" };
}

/**
 * Applies a plan. Adding a missing repo label makes GitHub create it grey; we then give it our
 * colour and description once (`styled` remembers labels already seen styled, per process).
 */
export async function applyLabels(client: GitHubClient, ref: PullRequestRef, plan: LabelPlan, policy: Policy, styled: Set<string>): Promise<void> {
  const repo = { owner: ref.owner, repo: ref.repo };
  const writes: Promise<unknown>[] = [];
  if (plan.add.length > 0) {
    writes.push(
      client
        .request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repo, issue_number: ref.pullNumber, labels: plan.add })
        .then(async ({ data }) => {
          for (const label of data as Array<{ name: string; color: string; description: string | null }>) {
            const key = `${ref.owner}/${ref.repo}:${lower(label.name)}`;
            if (!plan.add.some((a) => lower(a) === lower(label.name)) || styled.has(key)) continue;
            if (lower(label.color) === GITHUB_DEFAULT_LABEL_COLOR && !label.description) {
              await client.request("PATCH /repos/{owner}/{repo}/labels/{name}", { ...repo, name: label.name, ...labelStyle(policy, label.name) });
            }
            styled.add(key);
          }
        }),
    );
  }
  for (const name of plan.remove) {
    writes.push(
      client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", { ...repo, issue_number: ref.pullNumber, name }).catch((error) => {
        if ((error as { status?: number }).status !== 404) throw error; // already gone: the goal is met
      }),
    );
  }
  const results = await Promise.allSettled(writes);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

/** The risk labels as a reconciler: `current` is what the pull request carries now. */
export function labelReconciler(
  client: GitHubClient,
  ref: PullRequestRef,
  input: { current: readonly string[]; wanted: readonly string[]; policy: Policy; styled: Set<string> },
): Reconciler<LabelPlan> {
  return {
    what: "labels",
    plan: async () => {
      const plan = planLabels(input.current, input.wanted, managedLabels(input.policy));
      return plan.add.length || plan.remove.length ? plan : null;
    },
    apply: (plan) => applyLabels(client, ref, plan, input.policy, input.styled),
  };
}
