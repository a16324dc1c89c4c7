/**
 * Stage 0, once per policy: every rule, target and sandbox as an area with its globs compiled and
 * indexed, so a path's areas are one index walk (src/engine/glob.ts). A target's `branches` and
 * `branches_ignore` compile to GitHub's branch-filter semantics (src/discover/path-filter.ts).
 */
import { compileFilter } from "../discover/path-filter.js";
import { MAX_MATCH_WORK } from "../policy/limits.js";
import type { Policy } from "../policy/schema.js";
import { GlobIndex, WorkBudget } from "./glob.js";
import type { TargetOrigin } from "./shipping.js";

/** A rule, target or sandbox: something a path can lie in. */
export type Area = { order: number } & (
  | { kind: "rule"; name: string; tier: string; precedence: "raise" | "set" }
  | {
      kind: "target";
      name: string;
      tier: string;
      environment: string;
      /** GitHub's branch filter semantics (src/discover/path-filter.ts) */
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
    ...policy.rules.map((r) => ({
      area: { order: order++, kind: "rule" as const, name: r.name, tier: r.tier, precedence: r.precedence },
      paths: r.paths,
      exclude: r.exclude ?? [],
    })),
    ...policy.targets.map((t) => ({
      area: { order: order++, kind: "target" as const, name: t.name, tier: t.tier, environment: t.environment, branches: branchFilter(t) },
      paths: t.paths,
      exclude: t.exclude ?? [],
    })),
    ...policy.sandboxes.map((s) => ({ area: { order: order++, kind: "sandbox" as const, name: s.name }, paths: s.paths, exclude: s.exclude ?? [] })),
  ];
}

/** A target's `branches` / `branches_ignore`, with GitHub's filter semantics; undefined: every branch. */
function branchFilter(target: Policy["targets"][number]): { matches(branch: string): boolean } | undefined {
  if (!target.branches && !target.branches_ignore) return undefined;
  const filter = compileFilter({ include: target.branches, ignore: target.branches_ignore });
  return { matches: (branch) => filter(branch).passes };
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
