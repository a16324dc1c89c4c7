/**
 * `blast-radius explain PATH...`: for one path, everything in the policy and the repository that
 * applies to it (the glob or filter pattern that matched, the exclusion that removed it, the
 * dependency route), and the tier the engine gives it. The tier and reasons come from evaluate()
 * itself, on a change of that one file, so explain can never disagree with a decision.
 */
import { compileFilter } from "../discover/path-filter.js";
import type { Policy } from "../policy/schema.js";
import { evaluate, type CompiledPolicy } from "./evaluate.js";
import { GlobList, naiveMatch } from "./glob.js";
import type { DiscoveredFacts, TargetOrigin } from "./shipping.js";
import type { FileDecision } from "./types.js";

export type Finding =
  | { kind: "rule" | "target" | "sandbox"; name: string; tier?: string; environment?: string; glob: string; excludedBy?: string; otherBranches?: boolean }
  | { kind: "discovered-target"; name: string; tier: string; environment: string; origin: TargetOrigin; pattern?: string; ignored?: boolean; otherBranches?: boolean }
  | { kind: "dependency"; name: string; tier: string; environment: string; route: string[]; root: string }
  | { kind: "never-ship"; glob: string };

export interface PathExplanation {
  path: string;
  findings: Finding[];
  /** the engine's own verdict for a change of this one file */
  decision: FileDecision;
}

export function explainPath(
  compiled: CompiledPolicy,
  path: string,
  context: { discovered?: DiscoveredFacts; baseBranch?: string } = {},
): PathExplanation {
  const { policy } = compiled;
  const findings: Finding[] = [];
  const neverShip = policy.never_ship.find((glob) => naiveMatch(path, glob));
  if (neverShip) findings.push({ kind: "never-ship", glob: neverShip });

  const areas: Array<{ kind: "rule" | "target" | "sandbox"; entry: Policy["rules"][number] | Policy["targets"][number] | Policy["sandboxes"][number] }> = [
    ...policy.rules.map((entry) => ({ kind: "rule" as const, entry })),
    ...policy.targets.map((entry) => ({ kind: "target" as const, entry })),
    ...policy.sandboxes.map((entry) => ({ kind: "sandbox" as const, entry })),
  ];
  for (const { kind, entry } of areas) {
    const glob = entry.paths.find((g) => naiveMatch(path, g));
    if (!glob) continue;
    const excludedBy = entry.exclude?.find((g) => naiveMatch(path, g));
    const branches = "branches" in entry ? entry.branches : undefined;
    // the engine's own branch semantics for written targets: whole-name globs
    const otherBranches = branches && context.baseBranch !== undefined && !new GlobList(branches, { anyDepth: false }).matches(context.baseBranch);
    findings.push({
      kind,
      name: entry.name,
      ...("tier" in entry ? { tier: entry.tier } : {}),
      ...("environment" in entry ? { environment: entry.environment } : {}),
      glob,
      ...(excludedBy ? { excludedBy } : {}),
      ...(otherBranches ? { otherBranches: true } : {}),
    });
  }

  for (const target of context.discovered?.targets ?? []) {
    const decided = compileFilter(target.paths)(path);
    // a filter that says nothing about this path is noise, except "no path filters at all"
    if (!decided.passes && decided.pattern === undefined) continue;
    const otherBranches = context.baseBranch !== undefined && !compileFilter(target.branches)(context.baseBranch).passes;
    findings.push({
      kind: "discovered-target",
      name: target.name,
      tier: target.tier,
      environment: target.environment,
      origin: target.origin,
      ...(decided.pattern !== undefined ? { pattern: decided.pattern } : {}),
      ...(decided.passes ? {} : { ignored: true }),
      ...(otherBranches ? { otherBranches: true } : {}),
    });
  }

  const targetsByName = new Map<string, { tier: string; environment: string }>([
    ...policy.targets.map((t) => [t.name, t] as const),
    ...(context.discovered?.targets ?? []).map((t) => [t.name, t] as const),
  ]);
  for (const reach of context.discovered?.dependencyReach ?? []) {
    const root = reach.root.replace(/\/+$/, "");
    const target = targetsByName.get(reach.target);
    const inside = (dir: string) => dir === "" || path.startsWith(`${dir.replace(/\/+$/, "")}/`);
    if (!target || !inside(root) || (reach.except ?? []).some(inside)) continue;
    findings.push({ kind: "dependency", name: reach.target, tier: target.tier, environment: target.environment, route: reach.route, root });
  }

  for (const hit of context.discovered?.lockfileHits ?? []) {
    const target = targetsByName.get(hit.target);
    if (target && hit.path === path) findings.push({ kind: "dependency", name: hit.target, tier: target.tier, environment: target.environment, route: hit.route, root: path });
  }

  const decision = evaluate(compiled, {
    files: [{ path }],
    ...(context.baseBranch !== undefined ? { baseBranch: context.baseBranch } : {}),
    ...(context.discovered ? { discovered: { ...context.discovered, notes: [] } } : {}),
  }).files[0];
  return { path, findings, decision };
}
