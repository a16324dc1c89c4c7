/**
 * Through-dependency target hits: a changed file in package B reaches target T when T contains
 * the root of a package A that depends on B at run time, directly or transitively. Pure: the
 * caller says which targets contain a path (the engine's compiled targets), so this module
 * needs no policy and no I/O.
 *
 * "Contains a package's root" is tested on the package's manifest (`apps/api/package.json`,
 * `svc/go.mod`): a target `apps/api/**` contains it, a target `apps/api/src/**` does not.
 */
import type { WorkspaceGraph, WorkspacePackage } from "./workspaces.js";

/** One target a file reaches through dependencies (never one it reaches directly). */
export interface DependencyHit {
  /** the changed file */
  path: string;
  target: string;
  /**
   * Package names from the package whose root the target contains to the package the change is
   * in: ["@acme/api", "@acme/shared"] reads "via @acme/api → @acme/shared".
   */
  route: string[];
}

/** Which targets (by name) contain a repository path. */
export type TargetsAt = (path: string) => readonly string[];

/**
 * The packages whose root is the innermost directory containing `path`: usually one, two when a
 * directory is both an npm package and a Go module (a shared `proto/` package, say).
 */
export function packagesOf(graph: WorkspaceGraph, path: string): WorkspacePackage[] {
  let best: WorkspacePackage[] = [];
  for (const pkg of graph.packages) {
    const inside = pkg.root === "" || path === pkg.root || path.startsWith(`${pkg.root}/`);
    if (!inside) continue;
    if (best.length === 0 || pkg.root.length > best[0].root.length) best = [pkg];
    else if (pkg.root.length === best[0].root.length) best.push(pkg);
  }
  return best;
}

/**
 * Every package that depends on `name` at run time, transitively, each with its shortest route
 * (breadth first, so a direct dependent never gets a longer route): dependent -> [dependent, …, name].
 */
export function dependentsOf(graph: WorkspaceGraph, name: string): Map<string, string[]> {
  const dependents = new Map<string, string[]>();
  for (const pkg of graph.packages) {
    for (const dep of pkg.dependsOn) {
      const list = dependents.get(dep) ?? [];
      list.push(pkg.name);
      dependents.set(dep, list);
    }
  }
  const routes = new Map<string, string[]>();
  let frontier: Array<{ name: string; route: string[] }> = [{ name, route: [name] }];
  const seen = new Set([name]);
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { name: current, route } of frontier) {
      for (const dependent of dependents.get(current) ?? []) {
        if (seen.has(dependent)) continue;
        seen.add(dependent);
        const longer = [dependent, ...route];
        routes.set(dependent, longer);
        next.push({ name: dependent, route: longer });
      }
    }
    frontier = next;
  }
  return routes;
}

/**
 * What the engine takes as data (`discovered.dependencyReach`): files below `root` ship to
 * `target` by `route`, except files of a package nested below `root` (listed in `except`), which
 * have their own entries. Computed once per base commit, whatever the pull request changes.
 */
export interface DependencyReach {
  target: string;
  /** the root of the package the change is in ("" for a module at the repository root) */
  root: string;
  /** package names, the package whose root the target contains first */
  route: string[];
  /** roots of packages nested below `root`: their files are theirs, not this package's */
  except?: string[];
}

/** Every (target, route) a package's files reach through its run-time dependents, shortest route first. */
function reachOfPackage(graph: WorkspaceGraph, pkg: WorkspacePackage, targetsAt: TargetsAt): Array<{ target: string; route: string[] }> {
  const byName = new Map(graph.packages.map((p) => [p.name, p]));
  const reach: Array<{ target: string; route: string[] }> = [];
  const routes = [...dependentsOf(graph, pkg.name)].sort((a, b) => a[1].length - b[1].length);
  for (const [dependent, route] of routes) {
    for (const target of targetsAt(byName.get(dependent)!.manifest)) {
      if (!reach.some((r) => r.target === target)) reach.push({ target, route });
    }
  }
  return reach;
}

export function dependencyReach(graph: WorkspaceGraph, targetsAt: TargetsAt): DependencyReach[] {
  const reach: DependencyReach[] = [];
  for (const pkg of graph.packages) {
    const nested = graph.packages
      .filter((other) => other.root !== pkg.root && (pkg.root === "" || other.root.startsWith(`${pkg.root}/`)))
      .map((other) => other.root);
    for (const { target, route } of reachOfPackage(graph, pkg, targetsAt)) {
      reach.push({ target, root: pkg.root, route, ...(nested.length > 0 ? { except: [...new Set(nested)] } : {}) });
    }
  }
  return reach;
}

/**
 * The through-dependency hits of changed paths: for each path in a package, each target that
 * contains a dependent's root and does not already contain the path itself. One hit per
 * (path, target), with the shortest route.
 */
export function dependencyHits(graph: WorkspaceGraph, paths: readonly string[], targetsAt: TargetsAt): DependencyHit[] {
  const reachCache = new Map<WorkspacePackage, Array<{ target: string; route: string[] }>>();
  const hits: DependencyHit[] = [];
  for (const path of paths) {
    const direct = new Set(targetsAt(path));
    for (const pkg of packagesOf(graph, path)) {
      if (!reachCache.has(pkg)) reachCache.set(pkg, reachOfPackage(graph, pkg, targetsAt));
      for (const { target, route } of reachCache.get(pkg)!) {
        if (direct.has(target) || hits.some((h) => h.path === path && h.target === target)) continue;
        hits.push({ path, target, route });
      }
    }
  }
  return hits;
}
