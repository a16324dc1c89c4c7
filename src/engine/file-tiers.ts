/**
 * Stage 3: each file's reasons and tier, with its precedence made explicit:
 * 1. hardening reasons (the policy file, .github/workflows/) are the highest tier and nothing lowers them;
 * 2. else a rule with `precedence: set` sets the tier (the highest such rule when several match),
 *    overriding every rule and target that would have raised it; the reasons it overrode are kept;
 * 3. else the highest rule or target, a sandbox's lowest tier, or default_tier.
 * A target's tier is its own, or its `size` tier when its own files (not the ones a `set` rule
 * lowered) pass the size, so the size is measured before the files' tiers are settled.
 */
import type { Policy } from "../policy/schema.js";
import { decisionWords as say } from "../render/words.js";
import type { FilePaths, PathAreas } from "./paths.js";
import { countingSandbox, hasLines, linesOf } from "./sandboxes.js";
import { targetReasonFields } from "./shipping.js";
import type { ChangedFile, FileDecision, Reason, SandboxUse, SizedUp, TargetTouched } from "./types.js";

/** Reason kinds that no rule can lower (issue 8's hardening rules are the highest tier). */
const HARDENING = new Set<string>(["policy-file", "workflow"]);

export const isHardening = (reason: Reason) => HARDENING.has(reason.kind);

export interface Ranking {
  rank(tier: string): number;
  max(a: string, b: string): string;
  lowest: string;
  highest: string;
}

/** The policy's tiers as an order: "at least", "highest" and "lowest" all compare positions. */
export function rankingOf(tiers: readonly string[]): Ranking {
  const rank = (tier: string) => tiers.indexOf(tier);
  return { rank, max: (a, b) => (rank(b) > rank(a) ? b : a), lowest: tiers[0], highest: tiers[tiers.length - 1] };
}

/**
 * A workflow can skip the Blast Radius step, switch it to report mode or post its own check, and
 * on `pull_request` events GitHub runs the pull request's own version of it: a change under
 * `.github/workflows/` is always the highest tier, a hardening rule no policy can lower.
 */
export const WORKFLOWS_DIRECTORY = ".github/workflows/";
export const isWorkflow = (path: string) => path.startsWith(WORKFLOWS_DIRECTORY);

export interface ReasonContext {
  policy: Policy;
  ranking: Ranking;
  /** the policy file and every file of this repository it is assembled from */
  policyFiles: ReadonlySet<string>;
  sandboxes: ReadonlyMap<string, SandboxUse>;
  neverShipGlob(path: string): string | undefined;
}

/**
 * Each counted path's reasons: hardening, its rules and targets; else the lowest tier in a counting
 * sandbox; else default_tier. A file collects the reasons of all its paths, so moving a file out of
 * an area nothing covers still counts as a change there (at default_tier).
 */
export function reasonsOf({ file, paths }: FilePaths, ctx: ReasonContext): FileReasons {
  const reasons: Reason[] = [];
  // a rename within one area names that area once (for the new path)
  const add = (reason: Reason) => {
    if (!reasons.some((r) => r.kind === reason.kind && r.name === reason.name)) reasons.push(reason);
  };
  for (const p of paths) pathReasons(p, ctx).forEach(add);
  const neverShip = ctx.neverShipGlob(file.path);
  return { file, reasons, ...(neverShip !== undefined ? { neverShip } : {}) };
}

function pathReasons(p: PathAreas, ctx: ReasonContext): Reason[] {
  const via = p.viaPreviousPath ? { viaPreviousPath: p.viaPreviousPath } : {};
  const { highest, lowest } = ctx.ranking;
  const reasons: Reason[] = [];
  if (ctx.policyFiles.has(p.path)) reasons.push({ kind: "policy-file", name: "the Blast Radius policy", tier: highest, ...via });
  if (isWorkflow(p.path)) reasons.push({ kind: "workflow", name: "a GitHub Actions workflow", tier: highest, ...via });
  for (const area of p.areas) {
    if (area.kind === "sandbox") continue;
    reasons.push({
      kind: area.kind,
      name: area.name,
      tier: area.tier,
      ...(area.kind === "target" ? targetReasonFields(area) : {}),
      ...(area.kind === "rule" && area.precedence === "set" ? { precedence: "set" as const } : {}),
      ...via,
    });
  }
  if (reasons.length) return reasons;
  // Nothing covers this path: the lowest tier inside a counting sandbox, else default_tier.
  const sandbox = countingSandbox(p, ctx.sandboxes);
  return [sandbox ? { kind: "sandbox", name: sandbox, tier: lowest, ...via } : { kind: "default", name: "default_tier", tier: ctx.policy.default_tier, ...via }];
}

/** A file with the reasons its counted paths gave, before precedence. */
export interface FileReasons {
  file: ChangedFile;
  reasons: Reason[];
  /** the `never_ship` glob that keeps this file out of every target */
  neverShip?: string;
}

/** The `set` rule that decides a file's tier, or null when none matches or a hardening reason holds. */
export function settingRule(reasons: readonly Reason[], ranking: Ranking): Reason | null {
  if (reasons.some(isHardening)) return null;
  const setters = reasons.filter((r) => r.precedence === "set");
  // the highest wins; on a tie, the first in policy order
  return setters.reduce<Reason | null>((best, r) => (!best || ranking.rank(r.tier) > ranking.rank(best.tier) ? r : best), null);
}

/** The targets a change touches, each with its own files, the lowered ones and its size tier. */
export function touchedTargets(perFile: readonly FileReasons[], policy: Policy, ranking: Ranking, notes: string[]): Map<string, TargetTouched> {
  const targets = new Map<string, TargetTouched>();
  /** each target's own files that count for its size: direct hits, not lowered */
  const own = new Map<string, ChangedFile[]>();
  for (const { file, reasons } of perFile) {
    const lowered = settingRule(reasons, ranking) !== null;
    for (const reason of reasons.filter((r) => r.kind === "target")) {
      const touched = targets.get(reason.name) ?? newTouched(reason);
      targets.set(reason.name, touched);
      if (recordHit(touched, file.path, reason) && !lowered) own.set(reason.name, [...(own.get(reason.name) ?? []), file]);
      else if (lowered && !reason.route && !touched.lowered?.includes(file.path)) (touched.lowered ??= []).push(file.path);
    }
  }
  for (const target of policy.targets) {
    const touched = targets.get(target.name);
    if (touched && target.size) applySize(touched, target.size, own.get(target.name) ?? [], ranking, notes);
  }
  return targets;
}

/**
 * Records that a file ships to a target, directly or through a dependency (a direct hit
 * supersedes a route found earlier). True when it is a new direct hit: one of the target's own files.
 */
function recordHit(touched: TargetTouched, path: string, reason: Reason): boolean {
  if (reason.route) {
    const through = (touched.throughDependency ??= []);
    if (!touched.files.includes(path) && !through.some((t) => t.path === path)) through.push({ path, route: reason.route });
    return false;
  }
  if (touched.files.includes(path)) return false;
  touched.files.push(path);
  if (touched.throughDependency) touched.throughDependency = touched.throughDependency.filter((t) => t.path !== path);
  return true;
}

type TargetSize = NonNullable<Policy["targets"][number]["size"]>;

/** Raises a touched target to its size tier when its own files pass the size. */
function applySize(touched: TargetTouched, size: TargetSize, own: readonly ChangedFile[], ranking: Ranking, notes: string[]): void {
  const sized = sizeUp(size, touched.tier, own);
  if ("unknown" in sized) {
    notes.push(say.sizeUnchecked(touched.name, size.changed_lines_over));
  } else if (sized.sizedUp && ranking.rank(size.tier) > ranking.rank(touched.tier)) {
    touched.tier = size.tier;
    touched.sizedUp = sized.sizedUp;
  }
}

function newTouched(reason: Reason): TargetTouched {
  return {
    name: reason.name,
    environment: reason.environment ?? "",
    tier: reason.tier,
    files: [],
    ...(reason.origin ? { origin: reason.origin } : {}),
    ...(reason.everyFile ? { everyFile: true } : {}),
  };
}

/** Whether a target's own files pass its size: every condition it names must hold. */
function sizeUp(size: TargetSize, from: string, files: readonly ChangedFile[]): { sizedUp: SizedUp | null } | { unknown: true } {
  const parts: string[] = [];
  let holds = true;
  if (size.changed_files_over !== undefined) {
    parts.push(say.targetFilesChanged(files.length, size.changed_files_over));
    holds &&= files.length > size.changed_files_over;
  }
  if (size.changed_lines_over !== undefined) {
    if (!files.every(hasLines)) return { unknown: true };
    const lines = files.reduce((n, f) => n + linesOf(f), 0);
    parts.push(say.targetLinesChanged(lines, size.changed_lines_over));
    holds &&= lines > size.changed_lines_over;
  }
  return { sizedUp: holds ? { from, description: parts.join(" and ") } : null };
}

/** The file's tier and its reasons in the order people read them: what set the tier first. */
export function decideFile(entry: FileReasons, targets: ReadonlyMap<string, TargetTouched>, ranking: Ranking): FileDecision {
  const { file } = entry;
  // a target's reason carries the target's tier for this pull request (its size tier when raised)
  const reasons = entry.reasons.map((r) => {
    const target = r.kind === "target" ? targets.get(r.name) : undefined;
    return target?.sizedUp ? { ...r, tier: target.tier, sizedUp: target.sizedUp } : r;
  });
  const setter = settingRule(reasons, ranking);
  let tier: string;
  let ordered: Reason[];
  if (setter) {
    tier = setter.tier;
    const overridden = reasons.filter((r) => r !== setter && ranking.rank(r.tier) > ranking.rank(tier));
    const shown: Reason = overridden.length ? { ...setter, overrides: overridden.map(({ kind, name, tier: t }) => ({ kind, name, tier: t })) } : setter;
    ordered = [shown, ...reasons.filter((r) => r !== setter).sort((a, b) => ranking.rank(b.tier) - ranking.rank(a.tier))];
  } else {
    tier = reasons.reduce((t, r) => ranking.max(t, r.tier), ranking.lowest);
    // the reasons that set the tier first, the rest after; within a group, policy order
    ordered = [...reasons].sort((a, b) => ranking.rank(b.tier) - ranking.rank(a.tier));
  }
  return {
    path: file.path,
    ...(file.previousPath && file.previousPath !== file.path ? { previousPath: file.previousPath } : {}),
    ...(file.status ? { status: file.status } : {}),
    tier,
    reasons: ordered,
    ...(entry.neverShip !== undefined ? { neverShip: entry.neverShip } : {}),
  };
}
