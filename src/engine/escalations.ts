/**
 * Stage 4: what raises the whole pull request. First the hardening escalations no policy can turn
 * off (an incomplete file list, a change to the policy or to a workflow), then the policy's
 * `escalate` entries as a table of measures: each condition key names a measure of the change
 * (targets, files, lines), optionally limited by the entry's `only` scope, and holds when the
 * measure is over the key's value. All conditions of an entry must hold. The description names
 * what was counted, so a person can check it.
 */
import type { Policy } from "../policy/schema.js";
import { decisionWords as say } from "../render/words.js";
import { isWorkflow, type Ranking } from "./file-tiers.js";
import { hasLines, linesOf } from "./sandboxes.js";
import type { ChangedFile, Escalation, FileDecision, PullRequestChange, TargetTouched } from "./types.js";

type EscalationEntry = Policy["escalate"][number];
type Scope = NonNullable<EscalationEntry["only"]>;
type ConditionKey = keyof EscalationEntry["when"];

export interface MeasureInput {
  files: readonly FileDecision[];
  changed: readonly ChangedFile[];
  targets: readonly TargetTouched[];
  /** every changed file, including those GitHub did not list */
  totalFiles: number;
  ranking: Ranking;
  /** the never_ship glob a path matches, when the policy has never_ship */
  neverShip?: (path: string) => string | undefined;
}

interface Measured {
  /** null: unknown (line counts missing) */
  value: number | null;
  /** "2 deploy targets in production" */
  noun: string;
  /** the counted things by name, when a scope chose them */
  named?: string[];
  counted: NonNullable<Escalation["counted"]>;
}


/** Which deploy targets count, and the words for them. */
function countedTargets(input: MeasureInput, scope: Scope["targets"]): { targets: TargetTouched[]; limits: string[] } {
  const { ranking } = input;
  const limits: string[] = [];
  let targets = input.targets.filter((t) => t.files.length > (t.lowered?.length ?? 0) || hasDependencyHits(t));
  if (scope?.environments) {
    const wanted = new Set(scope.environments.map((e) => e.toLowerCase()));
    targets = targets.filter((t) => wanted.has(t.environment.toLowerCase()));
    limits.push(say.inEnvironments(scope.environments));
  }
  if (scope?.min_tier !== undefined) {
    const min = ranking.rank(scope.min_tier);
    targets = targets.filter((t) => ranking.rank(t.tier) >= min);
    limits.push(say.atOrAbove(scope.min_tier));
  }
  if (scope?.direct_only) {
    targets = targets.filter((t) => t.files.length > (t.lowered?.length ?? 0));
    limits.push(say.directOnly);
  }
  return { targets, limits };
}

/** Targets reached only through a workspace dependency (the discovery's data, when present). */
function hasDependencyHits(target: TargetTouched): boolean {
  const through = (target as { throughDependency?: unknown[] }).throughDependency;
  return Array.isArray(through) && through.length > 0;
}

/** Which changed files count, and the words for them. */
function countedFiles(input: MeasureInput, scope: Scope["files"]): { files: ChangedFile[] | null; limits: string[] } {
  if (!scope) return { files: null, limits: [] };
  const limits: string[] = [];
  const tierOf = new Map(input.files.map((f) => [f.path, f.tier]));
  let files = [...input.changed];
  if (scope.min_tier !== undefined) {
    const min = input.ranking.rank(scope.min_tier);
    files = files.filter((f) => input.ranking.rank(tierOf.get(f.path) ?? input.ranking.lowest) >= min);
    limits.push(say.filesAtOrAbove(scope.min_tier));
  }
  if (scope.exclude_never_ship) {
    files = files.filter((f) => input.neverShip?.(f.path) === undefined);
    limits.push(say.withoutNeverShip);
  }
  return { files, limits };
}

const suffix = (limits: string[]) => (limits.length ? ` ${limits.join(", ")}` : "");

/** The table: one measure per condition key. */
const MEASURES: Record<ConditionKey, (input: MeasureInput, scope: Scope) => Measured> = {
  targets_over(input, scope) {
    const { targets, limits } = countedTargets(input, scope.targets);
    const names = targets.map((t) => t.name);
    // a scoped count names its targets, so a person can check what was counted
    return { value: targets.length, noun: `deploy targets touched${suffix(limits)}`, ...(scope.targets && names.length ? { named: names } : {}), counted: { targets: names } };
  },
  changed_files_over(input, scope) {
    const { files, limits } = countedFiles(input, scope.files);
    const value = files ? files.length : input.totalFiles;
    return { value, noun: `changed files${suffix(limits)}`, counted: { files: value } };
  },
  changed_lines_over(input, scope) {
    const { files, limits } = countedFiles(input, scope.files);
    const counted = files ?? input.changed;
    const value = counted.every(hasLines) ? counted.reduce((n, f) => n + linesOf(f), 0) : null;
    return { value, noun: `changed lines${suffix(limits)}`, counted: { files: counted.length, lines: value } };
  },
};

const ORDER: ConditionKey[] = ["targets_over", "changed_files_over", "changed_lines_over"];

/** The escalations that hold, and notes for conditions that could not be checked. */
export function policyEscalations(policy: Policy, input: MeasureInput, notes: string[]): Escalation[] {
  const out: Escalation[] = [];
  policy.escalate.forEach((entry, i) => {
    const scope = entry.only ?? {};
    const conditions: string[] = [];
    const parts: string[] = [];
    let counted: Escalation["counted"] = {};
    let holds = true;
    for (const key of ORDER) {
      const limit = entry.when[key];
      if (limit === undefined) continue;
      const measured = MEASURES[key](input, scope);
      conditions.push(`${key}: ${limit}`);
      parts.push(say.measure(measured.value, measured.noun, limit, measured.named));
      counted = { ...counted, ...measured.counted };
      if (measured.value === null) {
        notes.push(say.escalationUnchecked(i, `${key}: ${limit}`));
        holds = false;
      } else holds &&= measured.value > limit;
    }
    if (!holds) return;
    out.push({ condition: entry.name ?? conditions.join(", "), description: parts.join(" and "), tier: entry.tier, ...(entry.only ? { counted } : {}) });
  });
  return out;
}

/** Whether files may be missing: GitHub listed fewer than it counts, or stopped at its cap. */
export function isTruncated(change: PullRequestChange, totalFiles: number): boolean {
  return totalFiles > change.files.length || change.listCapped === true;
}

/** The escalations no policy can turn off; each takes the highest tier. */
export function hardeningEscalations(change: PullRequestChange, files: readonly FileDecision[], policyFiles: ReadonlySet<string>, totalFiles: number, highest: string): Escalation[] {
  const out: Escalation[] = [];
  const listed = change.files.length;
  if (isTruncated(change, totalFiles)) {
    out.push({ condition: "incomplete file list", description: say.incompleteList(listed, totalFiles), tier: highest });
  }
  // a hardening reason gives its file the highest tier: only those files need looking at
  const highestFiles = files.filter((f) => f.tier === highest);
  if (highestFiles.some((f) => f.reasons.some((r) => r.kind === "policy-file"))) {
    const changed = [...policyFiles].filter((p) => files.some((f) => f.path === p || f.previousPath === p));
    out.push({ condition: "policy file changed", description: say.policyChanged(changed.length ? changed : [[...policyFiles][0]]), tier: highest });
  }
  const workflows = highestFiles.filter((f) => f.reasons.some((r) => r.kind === "workflow")).map((f) => (isWorkflow(f.path) ? f.path : f.previousPath));
  if (workflows.length > 0) {
    out.push({ condition: "workflow changed", description: say.workflowChanged(workflows.filter((p) => p !== undefined)), tier: highest });
  }
  return out;
}
