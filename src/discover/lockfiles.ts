/**
 * Which workspace packages a lockfile change ships to, read from the lockfile's texts before and
 * after the change.
 *
 * - pnpm-lock.yaml (lockfileVersion 6 and 9): each `importers` entry is a workspace package.
 *   An importer is changed at run time when an entry it reaches from its `dependencies` or
 *   `optionalDependencies` (through `snapshots`, or `packages` in v6) was added, removed or
 *   edited, before or after the change; changed only for development when that holds for
 *   `devDependencies` alone.
 * - package-lock.json (lockfileVersion 2 and 3): `packages` keys are install locations; the
 *   workspace packages are the keys outside any node_modules (`""` is the root). Dependencies are
 *   resolved the way Node does, from the nearest node_modules upwards.
 * - yarn.lock, an npm v1 lock, text that does not parse or is past 32 MB, or a change whose
 *   texts are not available: unreadable, and the caller falls back to the policy's tier for lockfiles.
 *
 * A change that reaches packages only through devDependencies ships nowhere.
 */
import { load as loadYaml } from "js-yaml";
import type { WorkspaceGraph } from "./workspaces.js";
import { normalizePath } from "./workspaces.js";
import { dependentsOf, type TargetsAt } from "./workspaces-routes.js";

export type LockfileKind = "pnpm" | "npm" | "yarn";

const LOCKFILES: Record<string, LockfileKind> = { "pnpm-lock.yaml": "pnpm", "package-lock.json": "npm", "yarn.lock": "yarn" };

/** The kind of lockfile at `path`, or undefined when it is not one. */
export function lockfileKind(path: string): LockfileKind | undefined {
  return LOCKFILES[path.slice(path.lastIndexOf("/") + 1)];
}

export type LockfileAttribution =
  | {
      readable: true;
      /** workspace package directories, relative to the repository root, whose run-time entries changed */
      runtime: string[];
      /** directories whose entries changed only through devDependencies */
      devOnly: string[];
    }
  | { readable: false; reason: string };

/** A graph node: an importer or an installed package, and the nodes it uses. */
interface LockNode {
  runtime: string[];
  dev: string[];
  /** the entry as text, to compare before and after */
  text: string;
}

interface LockGraph {
  importers: Map<string, LockNode>;
  nodes: Map<string, LockNode>;
}

/**
 * The largest lockfile text read. The text after the change comes from the pull request (GitHub
 * serves up to 100 MB), and reading a generated pnpm lockfile took some 30 ms and over 10 MB of
 * memory per megabyte: past this, a pull request could hold an app's replica for seconds and
 * gigabytes. Real lockfiles run to a few megabytes.
 */
const MAX_LOCKFILE_CHARACTERS = 32_000_000;

/**
 * What a change to the lockfile at `path` ships to. `before` is undefined for a lockfile the
 * change adds, `after` for one it removes; pass `null` for a side whose text is not known.
 */
export function attributeLockfileChange(path: string, before: string | undefined | null, after: string | undefined | null): LockfileAttribution {
  const kind = lockfileKind(path);
  if (kind === undefined) return { readable: false, reason: `${path} is not a lockfile` };
  if (kind === "yarn") return { readable: false, reason: "yarn.lock does not say which workspace package uses an entry" };
  if (before === null || after === null) return { readable: false, reason: `the text of ${path} before and after the change is not available` };
  for (const [side, text] of [["before", before], ["after", after]] as const) {
    if (text !== undefined && text.length > MAX_LOCKFILE_CHARACTERS) {
      return { readable: false, reason: `${path} is ${(text.length / 1e6).toFixed(1)} MB ${side} the change; lockfiles past ${MAX_LOCKFILE_CHARACTERS / 1e6} MB are not read` };
    }
  }
  const parse = kind === "pnpm" ? parsePnpmLock : parseNpmLock;
  let old: LockGraph;
  let current: LockGraph;
  try {
    old = before === undefined ? { importers: new Map(), nodes: new Map() } : parse(before);
    current = after === undefined ? { importers: new Map(), nodes: new Map() } : parse(after);
  } catch (error) {
    return { readable: false, reason: `${path}: ${(error as Error).message.split("\n")[0]}` };
  }
  const changed = new Set<string>();
  for (const key of new Set([...old.nodes.keys(), ...current.nodes.keys()])) {
    if (old.nodes.get(key)?.text !== current.nodes.get(key)?.text) changed.add(key);
  }
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const runtime: string[] = [];
  const devOnly: string[] = [];
  for (const importer of new Set([...old.importers.keys(), ...current.importers.keys()])) {
    const reaches = (section: "runtime" | "dev") =>
      [old, current].some((lock) => {
        const node = lock.importers.get(importer);
        return node !== undefined && reachesChanged(lock, node[section], changed);
      });
    const sectionsChanged = (section: "runtime" | "dev") => {
      const a = old.importers.get(importer)?.[section] ?? [];
      const b = current.importers.get(importer)?.[section] ?? [];
      return a.join("\n") !== b.join("\n");
    };
    const root = normalizePath(dir === "" ? importer : `${dir}/${importer}`) ?? importer;
    if (sectionsChanged("runtime") || reaches("runtime")) runtime.push(root);
    else if (sectionsChanged("dev") || reaches("dev")) devOnly.push(root);
  }
  return { readable: true, runtime, devOnly };
}

function reachesChanged(lock: LockGraph, start: readonly string[], changed: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    if (changed.has(key)) return true;
    const node = lock.nodes.get(key);
    if (node) stack.push(...node.runtime);
  }
  return false;
}

// --- pnpm ---

type PnpmDeps = Record<string, string | { version?: string }>;

/**
 * `name` + a pnpm version reference -> the snapshot key it points at. A workspace link
 * (`link:../shared`) points at no snapshot, but its key still shows an importer's sections
 * changing when a workspace package moves between `devDependencies` and `dependencies`.
 */
function pnpmKey(name: string, ref: string | { version?: string } | undefined): string | undefined {
  const version = typeof ref === "string" ? ref : ref?.version;
  if (typeof version !== "string") return undefined;
  if (/^(link|file|workspace):/.test(version)) return `${name}@${version}`;
  // an alias resolves to another package: `string-width@4.2.3`, or `/string-width@4.2.3` in v6
  const alias = version.replace(/^\//, "");
  if (/^(@[^/()]+\/)?[^@/()]+@/.test(alias)) return alias;
  return `${name}@${version}`;
}

function pnpmKeys(deps: unknown): string[] {
  if (!deps || typeof deps !== "object") return [];
  return Object.entries(deps as PnpmDeps)
    .map(([name, ref]) => pnpmKey(name, ref))
    .filter((k): k is string => k !== undefined)
    .sort();
}

/**
 * The lockfile's text comes from the pull request. pnpm never writes aliases, and entries are
 * compared as JSON text: a few hundred bytes of nested aliases would expand to billions of values.
 */
function loadPnpmYaml(text: string): unknown {
  try {
    return loadYaml(text, { maxAliases: 0 });
  } catch (error) {
    if ((error as { reason?: string }).reason?.startsWith("aliases exceeded maxAliases")) throw new Error("it uses YAML aliases (`*name`), which pnpm never writes");
    throw error;
  }
}

function parsePnpmLock(text: string): LockGraph {
  const doc = loadPnpmYaml(text) as Record<string, unknown> | null;
  if (!doc || typeof doc !== "object") throw new Error("not a pnpm lockfile");
  const version = Number.parseFloat(String(doc.lockfileVersion ?? ""));
  if (!(version >= 6)) throw new Error(`lockfileVersion ${String(doc.lockfileVersion)} is not supported (6 or later)`);
  const entries = (v: unknown) => Object.entries((v && typeof v === "object" ? v : {}) as Record<string, Record<string, unknown>>);
  // a single-package repository has no importers: the root is the one importer
  const importerEntries = doc.importers ? entries(doc.importers) : [[".", doc] as [string, Record<string, unknown>]];
  const importers = new Map<string, LockNode>();
  for (const [id, entry] of importerEntries) {
    importers.set(id === "." ? "" : id, {
      runtime: [...pnpmKeys(entry.dependencies), ...pnpmKeys(entry.optionalDependencies)],
      dev: pnpmKeys(entry.devDependencies),
      text: "",
    });
  }
  const nodes = new Map<string, LockNode>();
  // v9 splits an entry into `packages` (what is downloaded) and `snapshots` (its dependencies,
  // per peer set); v6 has both in `packages`, keyed with a leading slash.
  const metadata = new Map(entries(doc.packages).map(([key, entry]) => [key.replace(/^\//, ""), JSON.stringify(entry)]));
  const withDeps = version >= 9 ? entries(doc.snapshots) : entries(doc.packages);
  for (const [rawKey, entry] of withDeps) {
    const key = rawKey.replace(/^\//, "");
    // `name@1.0.0(peer@2.0.0)` downloads `name@1.0.0`
    const downloaded = key.replace(/\(.*$/, "");
    nodes.set(key, {
      runtime: [...pnpmKeys(entry?.dependencies), ...pnpmKeys(entry?.optionalDependencies)],
      dev: [],
      text: JSON.stringify(entry) + (version >= 9 ? (metadata.get(downloaded) ?? "") : ""),
    });
  }
  return { importers, nodes };
}

// --- npm ---

interface NpmEntry {
  name?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function parseNpmLock(text: string): LockGraph {
  const doc = JSON.parse(text) as { lockfileVersion?: number; packages?: Record<string, NpmEntry> };
  if (!doc.packages || typeof doc.packages !== "object") {
    throw new Error(`lockfileVersion ${String(doc.lockfileVersion)} has no "packages" (lockfileVersion 2 or later is needed)`);
  }
  const packages = doc.packages;
  // Node's lookup: <location>/node_modules/<name>, then each enclosing install location upwards.
  const resolve = (from: string, name: string): string | undefined => {
    let location: string | undefined = from;
    while (location !== undefined) {
      const key = location === "" ? `node_modules/${name}` : `${location}/node_modules/${name}`;
      // a link (a workspace package) is a node without dependencies of its own: its package's
      // entries are reached as an importer
      if (packages[key]) return key;
      location = parentLocation(location);
    }
    return undefined;
  };
  const names = (entry: NpmEntry, sections: Array<keyof NpmEntry>) => sections.flatMap((s) => Object.keys((entry[s] as Record<string, string> | undefined) ?? {}));
  const depsOf = (key: string, entry: NpmEntry, sections: Array<keyof NpmEntry>) =>
    names(entry, sections)
      .map((name) => resolve(key, name))
      .filter((k): k is string => k !== undefined)
      .sort();
  const runtimeSections: Array<keyof NpmEntry> = ["dependencies", "optionalDependencies", "peerDependencies"];
  const importers = new Map<string, LockNode>();
  const nodes = new Map<string, LockNode>();
  for (const [key, entry] of Object.entries(packages)) {
    const node = { runtime: depsOf(key, entry, runtimeSections), dev: depsOf(key, entry, ["devDependencies"]), text: JSON.stringify(entry) };
    if (key === "" || !/(^|\/)node_modules\//.test(key)) importers.set(key, node);
    else nodes.set(key, { ...node, dev: [] });
  }
  return { importers, nodes };
}

/** The install location enclosing `location`: `a/node_modules/b/node_modules/c` -> `a/node_modules/b` -> `a` -> `""`. */
function parentLocation(location: string): string | undefined {
  if (location === "") return undefined;
  const at = location.lastIndexOf("/node_modules/");
  if (at >= 0) return location.slice(0, at);
  if (location.startsWith("node_modules/")) return "";
  return "";
}

// --- into targets ---

/** A target a lockfile change reaches, and the route: the package the target contains first. */
export interface LockfileHit {
  path: string;
  target: string;
  /** package names from the package whose root the target contains to the package whose entries changed */
  route: string[];
}

/**
 * The targets a readable lockfile change reaches: those containing a changed package's root, and
 * those containing the root of a package that depends on it at run time.
 */
export function lockfileHits(graph: WorkspaceGraph, path: string, attribution: Extract<LockfileAttribution, { readable: true }>, targetsAt: TargetsAt): LockfileHit[] {
  const hits: LockfileHit[] = [];
  const add = (target: string, route: string[]) => {
    if (!hits.some((h) => h.target === target)) hits.push({ path, target, route });
  };
  for (const root of attribution.runtime) {
    const pkg = graph.packages.find((p) => p.kind === "npm" && p.root === root);
    const manifest = root === "" ? "package.json" : `${root}/package.json`;
    const name = pkg?.name ?? manifest;
    for (const target of targetsAt(manifest)) add(target, [name]);
    if (!pkg) continue;
    const routes = [...dependentsOf(graph, pkg.name)].sort((a, b) => a[1].length - b[1].length);
    for (const [dependent, route] of routes) {
      const manifestOf = graph.packages.find((p) => p.name === dependent)!.manifest;
      for (const target of targetsAt(manifestOf)) add(target, route);
    }
  }
  return hits;
}

/** A changed lockfile's texts; null for a side that could not be read. */
export interface LockfileChange {
  path: string;
  /** undefined: the change adds the lockfile */
  before: string | undefined | null;
  /** undefined: the change removes it */
  after: string | undefined | null;
}

export interface LockfileReach {
  /** targets reached, one per (lockfile, target), with the route */
  hits: LockfileHit[];
  /** lockfiles that cannot be attributed: they take the policy's tier for lockfiles */
  unreadable: Array<{ path: string; reason: string }>;
  /** readable lockfiles that reach no target (dev-only bumps, packages nothing deploys): they ship nowhere */
  shipsNowhere: string[];
}

/** Every changed lockfile of a pull request, attributed and taken into targets. */
export function lockfileReach(graph: WorkspaceGraph, changes: readonly LockfileChange[], targetsAt: TargetsAt): LockfileReach {
  const result: LockfileReach = { hits: [], unreadable: [], shipsNowhere: [] };
  for (const change of changes) {
    const attribution = attributeLockfileChange(change.path, change.before, change.after);
    if (!attribution.readable) {
      result.unreadable.push({ path: change.path, reason: attribution.reason });
      continue;
    }
    const hits = lockfileHits(graph, change.path, attribution, targetsAt);
    if (hits.length === 0) result.shipsNowhere.push(change.path);
    result.hits.push(...hits);
  }
  return result;
}
