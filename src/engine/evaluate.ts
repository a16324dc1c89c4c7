/**
 * evaluate(policy, change) -> Decision. The one place that answers "why is this PR this risky?".
 * Pure: no I/O, no GitHub, no clock.
 */
import { DEFAULT_POLICY_PATH, type Policy } from "../policy/schema.js";
import { MAX_MATCH_WORK } from "../policy/limits.js";
import { GlobIndex, GlobList, WorkBudget } from "./glob.js";
import { shippingAreas, targetReasonFields, touchTarget, type TargetOrigin } from "./shipping.js";
import type {
  ApprovalRequirement,
  ChangedFile,
  Decision,
  Escalation,
  FileDecision,
  PullRequestChange,
  Reason,
  SandboxUse,
  TargetTouched,
} from "./types.js";

/** A rule, target or sandbox: something a path can lie in. */
export type Area = { order: number } & (
  | { kind: "rule"; name: string; tier: string }
  | {
      kind: "target";
      name: string;
      tier: string;
      environment: string;
      branches?: { matches(branch: string): boolean };
      /** discovered targets (src/engine/shipping.ts) */
      origin?: TargetOrigin;
      route?: string[];
      everyFile?: boolean;
    }
  | { kind: "sandbox"; name: string }
);

/**
 * A policy with every glob compiled and indexed once. It carries one budget of matching work
 * (MAX_MATCH_WORK) for everything areasOf does: compile one per evaluation. Past the budget,
 * areasOf throws MatchingTooExpensive, and callers fail closed.
 */
export interface CompiledPolicy {
  policy: Policy;
  /** the areas a path lies in, in policy order */
  areasOf(path: string): Area[];
  /** the matching work areasOf has done so far, in MAX_MATCH_WORK's units */
  matchingWork(): number;
}

/** Every area of the policy with its globs, in policy order (rules, targets, sandboxes). */
export function policyAreas(policy: Policy): Array<{ area: Area; paths: readonly string[]; exclude: readonly string[] }> {
  let order = 0;
  return [
    ...policy.rules.map((r) => ({ area: { order: order++, kind: "rule" as const, name: r.name, tier: r.tier }, paths: r.paths, exclude: r.exclude ?? [] })),
    ...policy.targets.map((t) => ({
      area: { order: order++, kind: "target" as const, name: t.name, tier: t.tier, environment: t.environment, branches: t.branches ? new GlobList(t.branches, { anyDepth: false }) : undefined },
      paths: t.paths,
      exclude: t.exclude ?? [],
    })),
    ...policy.sandboxes.map((s) => ({ area: { order: order++, kind: "sandbox" as const, name: s.name }, paths: s.paths, exclude: s.exclude ?? [] })),
  ];
}

export function compilePolicy(policy: Policy, options: { workBudget?: number } = {}): CompiledPolicy {
  // One index for includes and excludes, so each path is walked once: a glob's owner is the
  // area it puts a path in, or the area it takes a path out of.
  const budget = new WorkBudget(options.workBudget ?? MAX_MATCH_WORK);
  const index = new GlobIndex<{ area: Area; excludes: boolean }>(budget);
  for (const { area, paths, exclude } of policyAreas(policy)) {
    const includes = { area, excludes: false };
    const excludes = { area, excludes: true };
    for (const glob of paths) index.add(glob, includes);
    for (const glob of exclude) index.add(glob, excludes);
  }

  return {
    policy,
    matchingWork: () => budget.spent,
    areasOf(path) {
      const areas: Area[] = [];
      let excluded: Set<Area> | undefined;
      for (const { area, excludes } of index.ownersOf(path)) {
        if (excludes) (excluded ??= new Set()).add(area);
        else areas.push(area);
      }
      const kept = excluded ? areas.filter((a) => !excluded.has(a)) : areas;
      // policy order, so output is stable and reads like the policy file
      return kept.length > 1 ? kept.sort((a, b) => a.order - b.order) : kept;
    },
  };
}

/**
 * A workflow can skip the Blast Radius step, switch it to report mode or post its own check, and
 * on `pull_request` events GitHub runs the pull request's own version of it: a change under
 * `.github/workflows/` is always the highest tier, a hardening rule no policy can lower.
 */
export const WORKFLOWS_DIRECTORY = ".github/workflows/";
const isWorkflow = (path: string) => path.startsWith(WORKFLOWS_DIRECTORY);

/** `record[key]` only when `key` is the record's own: a tier named `toString` is not a function. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

interface PathAreas {
  path: string;
  viaPreviousPath?: string;
  areas: Area[];
}

export function evaluate(compiled: CompiledPolicy, change: PullRequestChange): Decision {
  const { policy } = compiled;
  const tiers = policy.tiers;
  const rank = (tier: string) => tiers.indexOf(tier);
  const max = (a: string, b: string) => (rank(b) > rank(a) ? b : a);
  const lowest = tiers[0];
  const highest = tiers[tiers.length - 1];
  const policyPath = change.policyPath ?? DEFAULT_POLICY_PATH;
  const policyFiles = new Set([policyPath, ...(change.policyPaths ?? [])]);
  const notes: string[] = [...(change.discovered?.notes ?? [])];
  // never_ship and the targets the repository declares (deploy workflows, workspace dependencies)
  const shipping = shippingAreas(compiled, change);

  const targetApplies = (area: Area) =>
    area.kind !== "target" || !area.branches || change.baseBranch === undefined || area.branches.matches(change.baseBranch);
  if (change.baseBranch === undefined && policy.targets.some((t) => t.branches)) {
    notes.push("The base branch is unknown, so every deploy target counts, whatever its `branches`.");
  }

  // 1. Which areas each counted path (a file's path and, for renames, its previous path) lies in.
  const perFile = change.files.map((file) => {
    const paths: PathAreas[] = [{ path: file.path, areas: shipping.areasOf(file.path).filter(targetApplies) }];
    if (file.previousPath && file.previousPath !== file.path) {
      paths.push({ path: file.previousPath, viaPreviousPath: file.previousPath, areas: shipping.areasOf(file.previousPath).filter(targetApplies) });
    }
    return { file, paths };
  });

  // 2. Sandboxes: their files and line budgets. A budget needs the line counts of the sandbox's
  // own files only; a file elsewhere without counts must not disqualify the sandbox.
  const hasLines = (f: ChangedFile) => f.additions !== undefined && f.deletions !== undefined;
  const linesKnown = change.files.every(hasLines);
  const linesOf = (f: ChangedFile) => (f.additions ?? 0) + (f.deletions ?? 0);
  const sandboxUse = new Map<string, SandboxUse>();
  for (const { file, paths } of perFile) {
    const names = new Set(paths.flatMap((p) => p.areas.filter((a) => a.kind === "sandbox").map((a) => a.name)));
    for (const name of names) {
      const use = sandboxUse.get(name) ?? { name, files: [], changedLines: 0, counts: true };
      use.files.push(file.path);
      use.changedLines = use.changedLines === null || !hasLines(file) ? null : use.changedLines + linesOf(file);
      sandboxUse.set(name, use);
    }
  }
  for (const sandbox of policy.sandboxes) {
    const use = sandboxUse.get(sandbox.name);
    if (!use || sandbox.max_changed_lines === undefined) continue;
    use.maxChangedLines = sandbox.max_changed_lines;
    if (use.changedLines === null) {
      use.counts = false;
      use.note = `line counts are unknown, so its limit of ${sandbox.max_changed_lines} changed lines cannot be checked`;
    } else if (use.changedLines > sandbox.max_changed_lines) {
      use.counts = false;
      use.note = `${use.changedLines} changed lines is over its limit of ${sandbox.max_changed_lines}`;
    }
  }
  const inCountingSandbox = (p: PathAreas) => p.areas.some((a) => a.kind === "sandbox" && sandboxUse.get(a.name)?.counts);

  // 3. Each counted path's tier: the highest rule or target; else lowest in a sandbox; else
  // default_tier. A file takes the highest tier among its paths, so moving a file out of an
  // area nothing covers still counts as a change there (at default_tier).
  const targets = new Map<string, TargetTouched>();
  const files: FileDecision[] = perFile.map(({ file, paths }) => {
    const reasons: Reason[] = [];
    const via = (p: PathAreas) => (p.viaPreviousPath ? { viaPreviousPath: p.viaPreviousPath } : {});
    // a rename within one area names that area once (for the new path)
    const add = (reason: Reason) => {
      if (!reasons.some((r) => r.kind === reason.kind && r.name === reason.name)) reasons.push(reason);
    };
    for (const p of paths) {
      let covered = false;
      if (policyFiles.has(p.path)) {
        covered = true;
        add({ kind: "policy-file", name: "the Blast Radius policy", tier: highest, ...via(p) });
      }
      if (isWorkflow(p.path)) {
        covered = true;
        add({ kind: "workflow", name: "a GitHub Actions workflow", tier: highest, ...via(p) });
      }
      for (const area of p.areas) {
        if (area.kind === "sandbox") continue;
        covered = true;
        add({
          kind: area.kind,
          name: area.name,
          tier: area.tier,
          ...(area.kind === "target" ? targetReasonFields(area) : {}),
          ...via(p),
        });
        if (area.kind === "target") touchTarget(targets, area, file.path);
      }
      if (covered) continue;
      // Nothing covers this path: the lowest tier inside a counting sandbox, else default_tier.
      const sandbox = p.areas.find((a) => a.kind === "sandbox" && sandboxUse.get(a.name)?.counts);
      add(sandbox ? { kind: "sandbox", name: sandbox.name, tier: lowest, ...via(p) } : { kind: "default", name: "default_tier", tier: policy.default_tier, ...via(p) });
    }
    const tier = reasons.reduce((t, r) => max(t, r.tier), lowest);
    // the reasons that set the tier first, the rest after; within a group, the new path's in policy order, then the previous path's
    reasons.sort((a, b) => rank(b.tier) - rank(a.tier));
    return {
      path: file.path,
      ...(file.previousPath && file.previousPath !== file.path ? { previousPath: file.previousPath } : {}),
      ...(file.status ? { status: file.status } : {}),
      tier,
      reasons,
      ...(shipping.neverShipGlob(file.path) !== undefined ? { neverShip: shipping.neverShipGlob(file.path) } : {}),
    };
  });

  // 4. The PR's tier: the highest file, raised by escalations, truncation and policy edits.
  let tier = files.reduce((t, f) => max(t, f.tier), lowest);
  const totalFiles = Math.max(change.totalFiles ?? change.files.length, change.files.length);
  const changedLines = linesKnown ? change.files.reduce((n, f) => n + linesOf(f), 0) : null;
  const escalations: Escalation[] = [];
  const truncated = totalFiles > change.files.length || change.listCapped === true;
  if (truncated) {
    const listed =
      totalFiles > change.files.length
        ? `GitHub listed ${change.files.length} of ${totalFiles} changed files`
        : `GitHub listed ${change.files.length} changed files, as many as it lists, so there may be more`;
    escalations.push({
      condition: "incomplete file list",
      description: `${listed}; files that cannot be seen cannot be judged, so the pull request takes the highest tier`,
      tier: highest,
    });
  }
  if (files.some((f) => f.reasons.some((r) => r.kind === "policy-file"))) {
    escalations.push({
      condition: "policy file changed",
      description: `${[...policyFiles].filter((p) => files.some((f) => f.path === p || f.previousPath === p)).join(", ") || policyPath} changed; a pull request cannot loosen its own policy, so it takes the highest tier`,
      tier: highest,
    });
  }
  const workflows = files.filter((f) => f.reasons.some((r) => r.kind === "workflow")).map((f) => (isWorkflow(f.path) ? f.path : f.previousPath));
  if (workflows.length > 0) {
    escalations.push({
      condition: "workflow changed",
      description: `${workflows.join(", ")} changed; a workflow can skip or replace the Blast Radius check, so it takes the highest tier`,
      tier: highest,
    });
  }
  policy.escalate.forEach((rule, i) => {
    const { targets_over, changed_files_over, changed_lines_over } = rule.when;
    const parts: string[] = [];
    const conditions: string[] = [];
    let holds = true;
    if (targets_over !== undefined) {
      conditions.push(`targets_over: ${targets_over}`);
      parts.push(`${targets.size} deploy targets touched (more than ${targets_over})`);
      holds &&= targets.size > targets_over;
    }
    if (changed_files_over !== undefined) {
      conditions.push(`changed_files_over: ${changed_files_over}`);
      parts.push(`${totalFiles} changed files (more than ${changed_files_over})`);
      holds &&= totalFiles > changed_files_over;
    }
    if (changed_lines_over !== undefined) {
      conditions.push(`changed_lines_over: ${changed_lines_over}`);
      parts.push(`${changedLines ?? "unknown"} changed lines (more than ${changed_lines_over})`);
      if (changedLines === null) {
        notes.push(`Line counts are unknown, so escalate[${i}] (changed_lines_over: ${changed_lines_over}) was not checked.`);
        holds = false;
      } else holds &&= changedLines > changed_lines_over;
    }
    if (holds) escalations.push({ condition: rule.name ?? conditions.join(", "), description: parts.join(" and "), tier: rule.tier });
  });
  for (const e of escalations) tier = max(tier, e.tier);

  // 5. Sandboxed: every counted path in a counting sandbox, and the lowest tier.
  const sandboxed = files.length > 0 && tier === lowest && perFile.every(({ paths }) => paths.every(inCountingSandbox));

  // 6. The approval requirement.
  let approvals: ApprovalRequirement | null = null;
  if (sandboxed) {
    const sandboxRules = policy.sandboxes
      .filter((s) => s.approvals && sandboxUse.has(s.name))
      .map((s) => ({ ...s.approvals!, source: `sandbox ${s.name}` }))
      .sort((a, b) => b.count - a.count || (b.from ? 1 : 0) - (a.from ? 1 : 0));
    const lowestRule = own(policy.approvals, lowest);
    approvals = sandboxRules[0] ?? (lowestRule ? { ...lowestRule, source: `tier ${lowest}` } : null);
  } else {
    const rule = own(policy.approvals, tier);
    if (rule) approvals = { ...rule, source: `tier ${tier}` };
  }
  if (approvals && approvals.count === 0) approvals = null;

  const labels = [`${policy.labels.prefix}${tier}`];
  if (sandboxed && policy.labels.sandbox !== false) labels.push(policy.labels.sandbox);
  if (change.files.length === 0 && !truncated) notes.push("The pull request changes no files.");

  return {
    tier,
    tiers: [...tiers],
    sandboxed,
    labels,
    targets: [...targets.values()],
    files,
    escalations,
    sandboxes: [...sandboxUse.values()],
    approvals,
    mode: policy.mode,
    truncated,
    totals: { files: totalFiles, listedFiles: change.files.length, changedLines },
    ...(change.baseBranch !== undefined ? { baseBranch: change.baseBranch } : {}),
    notes,
  };
}

/** Every label this policy could set: the ones it may remove when stale. */
export function managedLabels(policy: Policy): string[] {
  const labels = policy.tiers.map((t) => `${policy.labels.prefix}${t}`);
  if (policy.labels.sandbox !== false) labels.push(policy.labels.sandbox);
  return labels;
}
