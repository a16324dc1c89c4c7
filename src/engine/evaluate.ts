/**
 * evaluate(policy, change) -> Decision. The one place that answers "why is this PR this risky?",
 * stage by stage, each in its own module:
 *   1. paths -> areas (src/engine/paths.ts)
 *   2. sandboxes and their budgets (src/engine/sandboxes.ts)
 *   3. file tiers with precedence, and the targets' sizes (src/engine/file-tiers.ts)
 *   4. escalations: hardening, then the policy's table of measures (src/engine/escalations.ts)
 *   5. sandboxed or not
 *   6. the approval requirement (src/engine/approval-requirement.ts)
 * Pure: no I/O, no GitHub, no clock. The wording people read is in src/render/.
 */
import { DEFAULT_POLICY_PATH } from "../policy/names.js";
import type { Policy } from "../policy/schema.js";
import { decisionWords as say } from "../render/words.js";
import type { CompiledPolicy } from "./areas.js";
import { approvalRequirement } from "./approval-requirement.js";
import { hardeningEscalations, isTruncated, policyEscalations } from "./escalations.js";
import { decideFile, rankingOf, reasonContext, reasonsOf, touchedTargets, type Ranking } from "./file-tiers.js";
import { pathsOfChange, unknownBaseNote } from "./paths.js";
import { countingSandbox, hasLines, linesOf, sandboxUses } from "./sandboxes.js";
import { shippingAreas } from "./shipping.js";
import type { Decision, PullRequestChange } from "./types.js";

export { compilePolicy, policyAreas, type Area, type CompiledPolicy } from "./areas.js";
export { WORKFLOWS_DIRECTORY } from "./file-tiers.js";

export function evaluate(compiled: CompiledPolicy, change: PullRequestChange): Decision {
  const { policy } = compiled;
  const ranking = rankingOf(policy.tiers);
  const notes: string[] = [...(change.discovered?.notes ?? [])];
  // never_ship and the targets the repository declares (deploy workflows, workspace dependencies)
  const shipping = shippingAreas(compiled, change);
  const baseNote = unknownBaseNote(change, policy.targets.some((t) => t.branches || t.branches_ignore));
  if (baseNote) notes.push(baseNote);

  const perFile = pathsOfChange(change, shipping); // 1
  const sandboxes = sandboxUses(perFile, policy); // 2
  const policyFiles = new Set([change.policyPath ?? DEFAULT_POLICY_PATH, ...(change.policyPaths ?? [])]);
  const reasonCtx = reasonContext({ policy, ranking, policyFiles, sandboxes, neverShipGlob: shipping.neverShipGlob, namesMayRepeat: shipping.addsTargets });
  const withReasons = perFile.map((entry) => reasonsOf(entry, reasonCtx)); // 3
  const targets = touchedTargets(withReasons, policy, ranking, notes);
  const files = withReasons.map((entry) => decideFile(entry, targets, ranking));

  const totalFiles = Math.max(change.totalFiles ?? change.files.length, change.files.length); // 4
  const measured = { files, changed: change.files, targets: [...targets.values()], totalFiles, ranking, neverShip: shipping.neverShipGlob };
  const escalations = [...hardeningEscalations(change, files, policyFiles, totalFiles, ranking.highest), ...policyEscalations(policy, measured, notes)];
  const tier = highestTier([files, escalations], ranking);

  const everyPathSandboxed = perFile.every(({ paths }) => paths.every((p) => countingSandbox(p, sandboxes) !== undefined)); // 5
  const sandboxed = files.length > 0 && tier === ranking.lowest && everyPathSandboxed;
  const approvals = approvalRequirement({ policy, tier, sandboxed, sandboxes, files, codeOwners: change.codeOwners, ranking }); // 6

  const truncated = isTruncated(change, totalFiles);
  if (change.files.length === 0 && !truncated) notes.push(say.noFiles);
  return {
    tier,
    tiers: [...policy.tiers],
    sandboxed,
    labels: labelsFor(policy, tier, sandboxed),
    targets: [...targets.values()],
    files,
    escalations,
    sandboxes: [...sandboxes.values()],
    approvals,
    mode: policy.mode,
    truncated,
    totals: { files: totalFiles, listedFiles: change.files.length, changedLines: change.files.every(hasLines) ? change.files.reduce((n, f) => n + linesOf(f), 0) : null },
    ...(change.baseBranch !== undefined ? { baseBranch: change.baseBranch } : {}),
    notes,
  };
}

/** The highest tier of any file or escalation (the lowest tier when there are none). */
function highestTier(lists: ReadonlyArray<ReadonlyArray<{ tier: string }>>, ranking: Ranking): string {
  let tier = ranking.lowest;
  let rank = ranking.rank(tier);
  for (const list of lists) {
    for (const x of list) {
      const r = ranking.rank(x.tier);
      if (r > rank) {
        tier = x.tier;
        rank = r;
      }
    }
  }
  return tier;
}

function labelsFor(policy: Policy, tier: string, sandboxed: boolean): string[] {
  const labels = [`${policy.labels.prefix}${tier}`];
  if (sandboxed && policy.labels.sandbox !== false) labels.push(policy.labels.sandbox);
  return labels;
}

/** Every label this policy could set: the ones it may remove when stale. */
export function managedLabels(policy: Policy): string[] {
  const labels = policy.tiers.map((t) => `${policy.labels.prefix}${t}`);
  if (policy.labels.sandbox !== false) labels.push(policy.labels.sandbox);
  return labels;
}
