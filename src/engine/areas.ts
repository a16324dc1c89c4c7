/**
 * Stage 0, once per policy: every rule, target and sandbox as an area with its globs compiled and
 * indexed, so a path's areas are one index walk (src/engine/glob.ts). A target's `branches` and
 * `branches_ignore` compile to GitHub's branch-filter semantics (src/discover/path-filter.ts).
 */
import { compileFilter } from "../discover/path-filter.js";
import { MAX_MATCH_WORK } from "../policy/limits.js";
import type { Policy } from "../policy/schema.js";
import { GlobIndex, WorkBudget, type GlobMatcher } from "./glob.js";
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

/**
 * Every area's globs in one index, built once per policy and kept while the policy is: a server
 * evaluating many pull requests against one policy (src/github/policy.ts hands it the same Policy
 * for the same text) indexes it once, and matchers built for one pull request serve the next. A
 * Policy is never changed once loaded.
 */
interface PolicyIndex {
  /** each include glob, owned by its area's order */
  index: GlobIndex<number>;
  areas: Area[];
  /** per area, its excludes: tested only for the paths its includes put in it */
  excludes: Array<GlobMatcher[] | undefined>;
  /** where areasOf sorts one path's areas before copying them out (evaluations are synchronous) */
  scratch: Area[];
}
const policyIndexes = new WeakMap<Policy, PolicyIndex>();

function policyIndex(policy: Policy): PolicyIndex {
  let built = policyIndexes.get(policy);
  if (built) return built;
  const index = new GlobIndex<number>();
  const areas: Area[] = [];
  const excludes: PolicyIndex["excludes"] = [];
  for (const { area, paths, exclude } of policyAreas(policy)) {
    areas.push(area);
    for (const glob of paths) index.add(glob, area.order);
    excludes.push(exclude.length ? exclude.map((glob) => index.matcher(glob)) : undefined);
  }
  built = { index, areas, excludes, scratch: [] };
  policyIndexes.set(policy, built);
  return built;
}

/**
 * The policy ready to evaluate one pull request: its index (built once per policy) and a fresh
 * budget of matching work, charged as if this evaluation had built every matcher it uses.
 */
export function compilePolicy(policy: Policy, options: { workBudget?: number } = {}): CompiledPolicy {
  const budget = new WorkBudget(options.workBudget ?? MAX_MATCH_WORK);
  const { index, areas, excludes, scratch: found } = policyIndex(policy);
  return {
    policy,
    matchingWork: () => budget.spent,
    areasOf(path) {
      const count = index.matchOwners(path, budget);
      if (count === 0) return [];
      const { owners, found: matched } = index.matched;
      // policy order, so output is stable and reads like the policy file; an insertion sort into
      // a reused list, copied once at its size: a path lies in a few areas, and growing a list or
      // Array.prototype.sort allocates for every path
      let n = 0;
      for (let i = 0; i < count; i++) {
        const order = owners[matched[i]];
        const area = areas[order];
        let j = n++;
        for (; j > 0 && found[j - 1].order > order; j--) found[j] = found[j - 1];
        found[j] = area;
      }
      // then the excludes of the areas found (after the walk, whose lists the next walk reuses)
      let kept = 0;
      for (let i = 0; i < n; i++) if (!isExcluded(excludes[found[i].order], path, budget)) found[kept++] = found[i];
      return found.slice(0, kept);
    },
  };
}

function isExcluded(excludes: readonly GlobMatcher[] | undefined, path: string, budget: WorkBudget): boolean {
  if (excludes) for (const exclude of excludes) if (exclude.matches(path, budget)) return true;
  return false;
}
