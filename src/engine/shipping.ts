/**
 * Where a path ships, beyond the policy's own targets: files that never ship (`never_ship`),
 * deploy targets discovered in the repository's workflows, and targets reached through workspace
 * dependencies. Discovery itself (reading workflows and manifests) happens outside the engine
 * (src/discover/); the engine receives its result as data, in `PullRequestChange.discovered`.
 */
import { compileFilter, type CompiledFilter, type FilterPair } from "../discover/path-filter.js";
import type { Policy } from "../policy/schema.js";
import type { Area, CompiledPolicy } from "./areas.js";
import { GlobList } from "./glob.js";
import type { PullRequestChange, Reason } from "./types.js";

/** Where a discovered target was read: the workflow file and line a person should open. */
export interface TargetOrigin {
  file: string;
  line: number;
  job: string;
  /** the reusable workflow that declares the environment, when not `file` */
  via?: string;
  /** the run-time expression of an environment that is not known in advance */
  expression?: string;
  /** no job names an environment; the policy lists the workflow as a deploy (`without_environment`) */
  withoutEnvironment?: boolean;
}

/** A deploy target read from a workflow; its filters have GitHub's semantics (src/discover/path-filter.ts). */
export interface DiscoveredTarget {
  name: string;
  environment: string;
  tier: string;
  origin: TargetOrigin;
  /** `on.push` paths / paths-ignore; neither: every file ships */
  paths: FilterPair;
  /** `on.push` branches / branches-ignore; neither: every branch */
  branches: FilterPair;
}

/**
 * A target reaches the files of a package its own package depends on: files below `root` ship
 * to `target` (a written or discovered target's name) by `route` (package names, target's first).
 */
export interface DependencyReach {
  target: string;
  root: string;
  route: string[];
  /** roots of packages nested below `root`: their files are theirs, with their own entries */
  except?: string[];
}

/**
 * A target one changed file reaches through dependencies, known only from the change itself: a
 * lockfile whose entries for a package changed (src/discover/lockfiles.ts).
 */
export interface DependencyHit {
  path: string;
  target: string;
  route: string[];
}

/** What the repository says about where files ship, read at the base commit. */
export interface DiscoveredFacts {
  targets: DiscoveredTarget[];
  dependencyReach: DependencyReach[];
  /** per-change hits: lockfiles attributed to the packages whose entries changed */
  lockfileHits?: DependencyHit[];
  /** things a reader should know, e.g. a workflow GitHub's parser rejected */
  notes: string[];
}

export type TargetArea = Extract<Area, { kind: "target" }>;

export interface Shipping {
  /** the areas a path lies in, never-ship and discovered targets applied */
  areasOf(path: string): Area[];
  /** the never_ship glob a path matches, if any */
  neverShipGlob(path: string): string | undefined;
  /** whether areasOf adds targets to the policy's own areas (one may then share a name with another) */
  addsTargets: boolean;
}

const neverShipLists = new WeakMap<Policy, Array<{ glob: string; list: GlobList }>>();

export function shippingAreas(compiled: CompiledPolicy, change: PullRequestChange): Shipping {
  const { policy } = compiled;
  let neverShip = neverShipLists.get(policy);
  if (!neverShip) {
    neverShip = (policy.never_ship ?? []).map((glob) => ({ glob, list: new GlobList([glob]) }));
    neverShipLists.set(policy, neverShip);
  }
  const globs = neverShip;
  const neverShipGlob = globs.length === 0 ? () => undefined : (path: string) => globs.find((g) => g.list.matches(path))?.glob;

  const discovered = change.discovered;
  if (!discovered && globs.length === 0) return { areasOf: (path) => compiled.areasOf(path), neverShipGlob, addsTargets: false };

  const base = 1_000_000; // after the policy's own areas, so reasons read like the policy file first
  const found: Array<{ area: TargetArea; paths: CompiledFilter }> = (discovered?.targets ?? []).map((t, i) => ({
    area: {
      order: base + i,
      kind: "target",
      name: t.name,
      tier: t.tier,
      environment: t.environment,
      origin: t.origin,
      ...(t.branches.include || t.branches.ignore ? { branches: branchMatcher(t.branches) } : {}),
      ...(t.paths.include || t.paths.ignore ? {} : { everyFile: true }),
    },
    paths: compileFilter(t.paths),
  }));
  const targetsByName = new Map<string, TargetArea>();
  policy.targets.forEach((t, i) => targetsByName.set(t.name, { order: policy.rules.length + i, kind: "target", name: t.name, tier: t.tier, environment: t.environment, ...(t.branches ? { branches: new GlobList(t.branches, { anyDepth: false }) } : {}) }));
  for (const { area } of found) targetsByName.set(area.name, area);
  const reaches = (discovered?.dependencyReach ?? []).flatMap((r, i) => {
    const target = targetsByName.get(r.target);
    const root = r.root.replace(/\/+$/, "");
    return target ? [{ root, except: r.except ?? [], area: { ...target, order: 2 * base + i, route: r.route } as TargetArea }] : [];
  });
  const hitsByPath = new Map<string, TargetArea[]>();
  (discovered?.lockfileHits ?? []).forEach((hit, i) => {
    const target = targetsByName.get(hit.target);
    if (!target) return;
    const list = hitsByPath.get(hit.path) ?? [];
    list.push({ ...target, order: 3 * base + i, route: hit.route });
    hitsByPath.set(hit.path, list);
  });

  return {
    neverShipGlob,
    addsTargets: found.length > 0 || reaches.length > 0 || hitsByPath.size > 0,
    areasOf(path) {
      const areas = compiled.areasOf(path);
      if (neverShipGlob(path) !== undefined) return areas.filter((a) => a.kind !== "target");
      for (const { area, paths } of found) if (paths(path).passes) areas.push(area);
      for (const { root, except, area } of reaches) if (below(path, root) && !except.some((inner) => below(path, inner))) areas.push(area);
      areas.push(...(hitsByPath.get(path) ?? []));
      return areas;
    },
  };
}

const below = (path: string, root: string) => root === "" || path.startsWith(`${root.replace(/\/+$/, "")}/`);

/**
 * The names of the targets whose own paths contain `path` (written and discovered; never through a
 * dependency): what workspace discovery asks to find which targets contain a package's manifest.
 */
export function targetsContaining(compiled: CompiledPolicy, discovered: Pick<DiscoveredFacts, "targets"> | undefined): (path: string) => string[] {
  const shipping = shippingAreas(compiled, { files: [], discovered: { targets: discovered?.targets ?? [], dependencyReach: [], notes: [] } });
  return (path) => shipping.areasOf(path).flatMap((a) => (a.kind === "target" ? [a.name] : []));
}

function branchMatcher(filter: FilterPair): { matches(branch: string): boolean } {
  const compiled = compileFilter(filter);
  return { matches: (branch) => compiled(branch).passes };
}

/** The reason fields a target adds beyond its name and tier. */
export function targetReasonFields(area: TargetArea): Partial<Reason> {
  return {
    environment: area.environment,
    ...(area.origin ? { origin: area.origin } : {}),
    ...(area.route ? { route: area.route } : {}),
    ...(area.everyFile ? { everyFile: true } : {}),
  };
}
