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
import type { Area } from "./areas.js";
import type { FilePaths, PathAreas } from "./paths.js";
import { countingSandbox, hasLines, linesOf } from "./sandboxes.js";
import { targetReasonFields } from "./shipping.js";
import type { ChangedFile, FileDecision, Reason, SandboxUse, SizedUp, TargetTouched } from "./types.js";

/** Reason kinds that no rule can lower (issue 8's hardening rules are the highest tier). */
export const isHardening = (reason: Reason) => reason.kind === "policy-file" || reason.kind === "workflow";

export interface Ranking {
  rank(tier: string): number;
  max(a: string, b: string): string;
  lowest: string;
  highest: string;
}

/** The policy's tiers as an order: "at least", "highest" and "lowest" all compare positions. */
export function rankingOf(tiers: readonly string[]): Ranking {
  // indexOf: for the handful of tiers a policy has, faster than a Map
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
  /** each area's reason, made once per evaluation: files share them (nothing downstream changes a reason) */
  areaReasons: Map<Area, Reason>;
  /**
   * Whether two areas of one path can share a kind and name: a target reached directly and
   * through a dependency, or a written target and a discovered one. A policy's own names are unique.
   */
  namesMayRepeat: boolean;
}

export function reasonContext(fields: Omit<ReasonContext, "areaReasons">): ReasonContext {
  return { ...fields, areaReasons: new Map() };
}

/**
 * Each counted path's reasons: hardening, its rules and targets; else the lowest tier in a counting
 * sandbox; else default_tier. A file collects the reasons of all its paths, so moving a file out of
 * an area nothing covers still counts as a change there (at default_tier).
 */
export function reasonsOf({ file, paths }: FilePaths, ctx: ReasonContext): FileReasons {
  let reasons = pathReasons(paths[0], ctx);
  if (ctx.namesMayRepeat || paths.length > 1) {
    // the first reason of each kind and name: a rename within one area names that area once (for
    // the new path), and a target a path lies in directly is not named again for a dependency route
    const first = reasons;
    reasons = [];
    for (const p of paths) for (const reason of p === paths[0] ? first : pathReasons(p, ctx)) if (!namesSameArea(reasons, reason)) reasons.push(reason);
  }
  const entry: FileReasons = { file, reasons };
  const neverShip = ctx.neverShipGlob(file.path);
  if (neverShip !== undefined) entry.neverShip = neverShip;
  return entry;
}

function namesSameArea(reasons: readonly Reason[], reason: Reason): boolean {
  for (const r of reasons) if (r.name === reason.name && r.kind === reason.kind) return true;
  return false;
}

function pathReasons(p: PathAreas, ctx: ReasonContext): Reason[] {
  const via = p.viaPreviousPath;
  const policyFile = ctx.policyFiles.has(p.path);
  const workflow = isWorkflow(p.path);
  // the common case, a path in rules and targets only: one list of their reasons, at its size
  if (!policyFile && !workflow && p.areas.length > 0 && !p.areas.some((a) => a.kind === "sandbox")) return p.areas.map((area) => withVia(reasonOf(area, ctx), via));
  const reasons: Reason[] = [];
  if (policyFile) reasons.push(withVia({ kind: "policy-file", name: "the Blast Radius policy", tier: ctx.ranking.highest }, via));
  if (workflow) reasons.push(withVia({ kind: "workflow", name: "a GitHub Actions workflow", tier: ctx.ranking.highest }, via));
  for (const area of p.areas) {
    if (area.kind !== "sandbox") reasons.push(withVia(reasonOf(area, ctx), via));
  }
  if (reasons.length) return reasons;
  // Nothing covers this path: the lowest tier inside a counting sandbox, else default_tier.
  const sandbox = countingSandbox(p, ctx.sandboxes);
  return [withVia(sandbox ? { kind: "sandbox", name: sandbox, tier: ctx.ranking.lowest } : { kind: "default", name: "default_tier", tier: ctx.policy.default_tier }, via)];
}

/** The reason a rule or target gives, made once per evaluation. */
function reasonOf(area: Area, ctx: ReasonContext): Reason {
  let reason = ctx.areaReasons.get(area);
  if (!reason) ctx.areaReasons.set(area, (reason = areaReason(area as Exclude<Area, { kind: "sandbox" }>)));
  return reason;
}

/** The reason as a renamed file's previous path gives it (Object.assign: a spread of these varied shapes is several times slower). */
function withVia(reason: Reason, via: string | undefined): Reason {
  if (via === undefined) return reason;
  const copy: Reason = Object.assign({}, reason);
  copy.viaPreviousPath = via;
  return copy;
}

/** The reason a rule or target gives every path in it. */
function areaReason(area: Exclude<Area, { kind: "sandbox" }>): Reason {
  return {
    kind: area.kind,
    name: area.name,
    tier: area.tier,
    ...(area.kind === "target" ? targetReasonFields(area) : {}),
    ...(area.kind === "rule" && area.precedence === "set" ? { precedence: "set" as const } : {}),
  };
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
  let best: Reason | null = null;
  for (const r of reasons) {
    if (isHardening(r)) return null;
    // the highest wins; on a tie, the first in policy order
    if (r.precedence === "set" && (!best || ranking.rank(r.tier) > ranking.rank(best.tier))) best = r;
  }
  return best;
}

/** The targets a change touches, each with its own files, the lowered ones and its size tier. */
export function touchedTargets(perFile: readonly FileReasons[], policy: Policy, ranking: Ranking, notes: string[]): Map<string, TargetTouched> {
  const hits = new Map<string, TargetHits>();
  for (const { file, reasons } of perFile) {
    let lowered: boolean | undefined;
    for (const reason of reasons) {
      if (reason.kind !== "target") continue;
      lowered ??= settingRule(reasons, ranking) !== null;
      let target = hits.get(reason.name);
      if (!target) hits.set(reason.name, (target = new TargetHits(reason)));
      target.record(file, reason, lowered);
    }
  }
  const targets = new Map<string, TargetTouched>();
  for (const [name, target] of hits) targets.set(name, target.touched);
  for (const target of policy.targets) {
    const touched = hits.get(target.name);
    if (touched && target.size) applySize(touched.touched, target.size, touched.own, ranking, notes);
  }
  return targets;
}

/** One touched target as its files are recorded, with sets, so a target of thousands of files costs no more per file. */
class TargetHits {
  readonly touched: TargetTouched;
  /** its own files that count for its size: direct hits, not lowered */
  readonly own: ChangedFile[] = [];
  private readonly direct = new Set<string>();
  private readonly through = new Set<string>();
  private readonly lowered = new Set<string>();

  constructor(reason: Reason) {
    this.touched = {
      name: reason.name,
      environment: reason.environment ?? "",
      tier: reason.tier,
      files: [],
      ...(reason.origin ? { origin: reason.origin } : {}),
      ...(reason.everyFile ? { everyFile: true } : {}),
    };
  }

  /**
   * Records that a file ships to the target, directly or through a dependency (a direct hit
   * supersedes a route found earlier). A direct hit a `set` rule lowered is listed as lowered.
   */
  record(file: ChangedFile, reason: Reason, lowered: boolean): void {
    const { path } = file;
    const touched = this.touched;
    if (reason.route) {
      if (this.direct.has(path) || this.through.has(path)) return;
      this.through.add(path);
      (touched.throughDependency ??= []).push({ path, route: reason.route });
      return;
    }
    if (!this.direct.has(path)) {
      this.direct.add(path);
      touched.files.push(path);
      if (this.through.delete(path)) touched.throughDependency = touched.throughDependency!.filter((t) => t.path !== path);
      if (!lowered) {
        this.own.push(file);
        return;
      }
    }
    if (lowered && !this.lowered.has(path)) {
      this.lowered.add(path);
      (touched.lowered ??= []).push(path);
    }
  }
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
  let reasons = entry.reasons;
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i];
    const target = r.kind === "target" ? targets.get(r.name) : undefined;
    if (!target?.sizedUp) continue;
    if (reasons === entry.reasons) reasons = [...reasons];
    reasons[i] = { ...r, tier: target.tier, sizedUp: target.sizedUp };
  }
  const setter = settingRule(reasons, ranking);
  let tier: string;
  let ordered: Reason[];
  if (setter) {
    tier = setter.tier;
    const overridden = reasons.filter((r) => r !== setter && ranking.rank(r.tier) > ranking.rank(tier));
    const shown: Reason = overridden.length ? { ...setter, overrides: overridden.map(({ kind, name, tier: t }) => ({ kind, name, tier: t })) } : setter;
    ordered = [shown, ...byTierDescending(reasons.filter((r) => r !== setter), ranking)];
  } else {
    // the reasons that set the tier first, the rest after; within a group, policy order
    ordered = byTierDescending(reasons, ranking);
    tier = ranking.max(ranking.lowest, ordered[0].tier);
  }
  // whole literals, in the order the report shows the fields: cheaper than adding them one by one
  const { path, previousPath, status } = file;
  const decision: FileDecision =
    previousPath && previousPath !== path
      ? status
        ? { path, previousPath, status, tier, reasons: ordered }
        : { path, previousPath, tier, reasons: ordered }
      : status
        ? { path, status, tier, reasons: ordered }
        : { path, tier, reasons: ordered };
  if (entry.neverShip !== undefined) decision.neverShip = entry.neverShip;
  return decision;
}

/**
 * Highest tier first, policy order within a tier: a stable insertion sort, as a file has a few
 * reasons, most already in order, and Array.prototype.sort allocates for every call.
 */
function byTierDescending(reasons: Reason[], ranking: Ranking): Reason[] {
  let sorted = reasons;
  for (let i = 1; i < sorted.length; i++) {
    const reason = sorted[i];
    const rank = ranking.rank(reason.tier);
    if (rank <= ranking.rank(sorted[i - 1].tier)) continue;
    if (sorted === reasons) sorted = [...reasons];
    let j = i;
    for (; j > 0 && ranking.rank(sorted[j - 1].tier) < rank; j--) sorted[j] = sorted[j - 1];
    sorted[j] = reason;
  }
  return sorted;
}
