/**
 * The repository's own packages and what they depend on at run time: npm, yarn, pnpm (and
 * lerna) workspaces, and Go modules joined by `go.work` or a local `replace`.
 *
 * It reads the repository through `WorkspaceFiles` (a file list and a "read this file"
 * function), never the filesystem, so the CLI (git or a working tree), the Action and the app
 * (git trees and blobs through the API) build the same graph from the same commit.
 * `@manypkg/get-packages` knows the same layouts but walks the local disk with fs and globby,
 * so its knowledge is reused here rather than the library: which file declares the workspaces
 * (package.json `workspaces`, as an array or yarn's `{ packages }`, `pnpm-workspace.yaml`
 * `packages` with `!` exclusions, `lerna.json` `packages`), and that each pattern names package
 * directories, each holding a package.json.
 *
 * Run-time edges only: `dependencies`, `peerDependencies` and `optionalDependencies` name a
 * workspace package; `devDependencies` never ship. A Go module depends on another module of the
 * repository when it requires it and either both are `use`d by a go.work or it `replace`s it with
 * that directory. A require without either fetches the published version, so a change in the
 * repository does not reach it until the version is bumped: no edge.
 */
import { load as loadYaml } from "js-yaml";
import { minimatch } from "minimatch";

/**
 * A repository at one commit, however it is read. The same shape as the workflow discovery's
 * `RepositoryFiles` (`read` gives null for a missing file) plus `paths()`: package directories
 * are found by matching workspace globs against every path, which a directory-by-directory
 * listing cannot do cheaply. The app answers it with one recursive git tree request, the CLI
 * with `git ls-tree -r` or a walk of the working tree.
 */
export interface WorkspaceFiles {
  /** every file path of the repository, `/`-separated, relative to the root */
  paths(): Promise<readonly string[]>;
  /** the text of one file; null or undefined when it does not exist */
  read(path: string): Promise<string | null | undefined>;
}

export type PackageKind = "npm" | "go";

export interface WorkspacePackage {
  /** the package name (package.json `name`) or Go module path */
  name: string;
  kind: PackageKind;
  /** the directory holding its manifest, relative to the repository root ("" for the root) */
  root: string;
  /** package.json or go.mod */
  manifest: string;
  /** names of other packages of this graph it needs at run time, in manifest order */
  dependsOn: string[];
}

export interface WorkspaceGraph {
  /** where the packages were declared, e.g. "pnpm-workspace.yaml", "go.work" */
  sources: string[];
  packages: WorkspacePackage[];
  /** manifests that could not be read, for the output; the graph is built without them */
  problems: string[];
}

const RUNTIME_SECTIONS = ["dependencies", "peerDependencies", "optionalDependencies"] as const;
/** Directories whose manifests are never workspace packages. */
const IGNORED_DIR = /(^|\/)(node_modules|vendor|testdata|\.git)(\/|$)/;

const dirname = (path: string) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
const basename = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const join = (dir: string, name: string) => (dir === "" ? name : `${dir}/${name}`);

/** `a/./b/../c` -> `a/c`; undefined when it leaves the repository. */
export function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}

export async function readWorkspaceGraph(repo: WorkspaceFiles): Promise<WorkspaceGraph> {
  const graph: WorkspaceGraph = { sources: [], packages: [], problems: [] };
  const paths = await repo.paths();
  // Only files the listing has are read: through the API, each read is a request.
  const listed = new Set(paths);
  const reader: WorkspaceFiles = { paths: async () => paths, read: async (path) => (listed.has(path) ? repo.read(path) : undefined) };
  await addNodePackages(reader, paths, graph);
  await addGoModules(reader, paths, graph);
  return graph;
}

// --- npm, yarn, pnpm, lerna ---

async function workspacePatterns(repo: WorkspaceFiles, graph: WorkspaceGraph): Promise<string[]> {
  const patterns: string[] = [];
  const pnpm = await repo.read("pnpm-workspace.yaml");
  if (typeof pnpm === "string") {
    const doc = parseOrNote(() => loadYaml(pnpm), "pnpm-workspace.yaml", graph);
    const list = (doc as { packages?: unknown } | undefined)?.packages;
    if (Array.isArray(list)) {
      graph.sources.push("pnpm-workspace.yaml");
      patterns.push(...list.filter((p): p is string => typeof p === "string"));
    }
  }
  const rootManifest = await repo.read("package.json");
  if (typeof rootManifest === "string") {
    const doc = parseOrNote(() => JSON.parse(rootManifest), "package.json", graph) as { workspaces?: unknown } | undefined;
    const ws = doc?.workspaces;
    const list = Array.isArray(ws) ? ws : (ws as { packages?: unknown } | undefined)?.packages;
    if (Array.isArray(list)) {
      graph.sources.push("package.json workspaces");
      patterns.push(...list.filter((p): p is string => typeof p === "string"));
    }
  }
  const lerna = await repo.read("lerna.json");
  if (typeof lerna === "string") {
    const list = (parseOrNote(() => JSON.parse(lerna), "lerna.json", graph) as { packages?: unknown } | undefined)?.packages;
    if (Array.isArray(list)) {
      graph.sources.push("lerna.json");
      patterns.push(...list.filter((p): p is string => typeof p === "string"));
    }
  }
  return patterns;
}

/** The directories the workspace patterns select: a package directory holds a package.json. */
export function workspaceDirectories(patterns: readonly string[], paths: readonly string[]): string[] {
  const clean = (p: string) => p.replace(/^!/, "").replace(/^\.\//, "").replace(/\/+$/, "");
  const include = patterns.filter((p) => !p.startsWith("!")).map(clean);
  const exclude = patterns.filter((p) => p.startsWith("!")).map(clean);
  const dirs: string[] = [];
  for (const path of paths) {
    if (basename(path) !== "package.json" || path === "package.json" || IGNORED_DIR.test(path)) continue;
    const dir = dirname(path);
    if (include.some((p) => minimatch(dir, p, { dot: false })) && !exclude.some((p) => minimatch(dir, p))) dirs.push(dir);
  }
  return dirs;
}

async function addNodePackages(repo: WorkspaceFiles, paths: readonly string[], graph: WorkspaceGraph): Promise<void> {
  const patterns = await workspacePatterns(repo, graph);
  if (patterns.length === 0) return;
  const manifests = new Map<string, Record<string, unknown>>();
  for (const dir of workspaceDirectories(patterns, paths)) {
    const path = join(dir, "package.json");
    const text = await repo.read(path);
    if (typeof text !== "string") continue;
    const doc = parseOrNote(() => JSON.parse(text), path, graph);
    if (doc && typeof doc === "object" && typeof (doc as { name?: unknown }).name === "string") manifests.set(dir, doc as Record<string, unknown>);
  }
  const names = new Set([...manifests.values()].map((m) => m.name as string));
  for (const [dir, manifest] of manifests) {
    const dependsOn: string[] = [];
    for (const section of RUNTIME_SECTIONS) {
      const deps = manifest[section];
      if (!deps || typeof deps !== "object") continue;
      for (const name of Object.keys(deps)) {
        if (names.has(name) && name !== manifest.name && !dependsOn.includes(name)) dependsOn.push(name);
      }
    }
    graph.packages.push({ name: manifest.name as string, kind: "npm", root: dir, manifest: join(dir, "package.json"), dependsOn });
  }
}

// --- Go ---

interface GoMod {
  module: string;
  requires: string[];
  /** replaced module path -> the repository directory it is replaced with */
  localReplaces: Map<string, string>;
}

/** The parts of go.mod that make edges: `module`, `require` and `replace X => ./local`. */
export function parseGoMod(text: string, dir: string): GoMod {
  const mod: GoMod = { module: "", requires: [], localReplaces: new Map() };
  let block: "require" | "replace" | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (line === "") continue;
    if (block && line === ")") {
      block = null;
      continue;
    }
    const opened = /^(require|replace)\s*\($/.exec(line);
    if (opened) {
      block = opened[1] as "require" | "replace";
      continue;
    }
    const directive = /^(module|require|replace)\s+(.*)$/.exec(line);
    const [kind, rest] = block ? [block, line] : directive ? [directive[1], directive[2]] : [null, ""];
    if (kind === "module") mod.module = unquote(rest.trim());
    else if (kind === "require") mod.requires.push(unquote(rest.split(/\s+/)[0]));
    else if (kind === "replace") {
      const [from, to] = rest.split("=>").map((s) => s.trim());
      const target = to ? unquote(to.split(/\s+/)[0]) : "";
      if (target.startsWith("./") || target.startsWith("../")) {
        const local = normalizePath(join(dir, target));
        if (local !== undefined) mod.localReplaces.set(unquote(from.split(/\s+/)[0]), local);
      }
    }
  }
  return mod;
}

/** The module directories a go.work `use`s. */
export function parseGoWork(text: string, dir: string): string[] {
  const dirs: string[] = [];
  let inUse = false;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (inUse) {
      if (line === ")") inUse = false;
      else if (line !== "") dirs.push(line);
      continue;
    }
    if (/^use\s*\($/.test(line)) inUse = true;
    else if (/^use\s+/.test(line)) dirs.push(line.replace(/^use\s+/, ""));
  }
  return dirs.map((d) => normalizePath(join(dir, unquote(d)))).filter((d): d is string => d !== undefined);
}

const unquote = (s: string) => s.replace(/^["`](.*)["`]$/, "$1");

async function addGoModules(repo: WorkspaceFiles, paths: readonly string[], graph: WorkspaceGraph): Promise<void> {
  const modPaths = paths.filter((p) => basename(p) === "go.mod" && !IGNORED_DIR.test(p));
  if (modPaths.length === 0) return;
  const mods = new Map<string, GoMod>();
  for (const path of modPaths) {
    const text = await repo.read(path);
    if (typeof text !== "string") continue;
    const mod = parseGoMod(text, dirname(path));
    if (mod.module === "") graph.problems.push(`${path}: no module line`);
    else mods.set(dirname(path), mod);
  }
  // Modules a go.work joins resolve each other from the repository.
  const workspace = new Set<string>();
  for (const path of paths.filter((p) => basename(p) === "go.work" && !IGNORED_DIR.test(p))) {
    const text = await repo.read(path);
    if (typeof text !== "string") continue;
    graph.sources.push(path);
    for (const dir of parseGoWork(text, dirname(path))) workspace.add(dir);
  }
  const dirOf = new Map([...mods].map(([dir, mod]) => [mod.module, dir]));
  let replaced = false;
  for (const [dir, mod] of mods) {
    const dependsOn: string[] = [];
    for (const required of mod.requires) {
      const local = mod.localReplaces.get(required);
      const viaReplace = local !== undefined && mods.has(local);
      const viaWork = workspace.has(dir) && workspace.has(dirOf.get(required) ?? "\0");
      replaced ||= viaReplace;
      if (viaReplace || viaWork) dependsOn.push(viaReplace ? mods.get(local)!.module : required);
    }
    graph.packages.push({ name: mod.module, kind: "go", root: dir, manifest: join(dir, "go.mod"), dependsOn });
  }
  if (replaced) graph.sources.push("go.mod replace");
}

function parseOrNote(parse: () => unknown, path: string, graph: WorkspaceGraph): unknown {
  try {
    return parse();
  } catch (error) {
    graph.problems.push(`${path}: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
}
