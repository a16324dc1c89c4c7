/**
 * Globs with gitignore / CODEOWNERS habits, compiled once and indexed so that a path is only
 * tested against the patterns that could possibly match it.
 *
 * Semantics (pinned by tests):
 * - dot files match (`.github/**` matches `.github/CODEOWNERS`);
 * - a pattern without a slash matches at any depth (`*.md` matches `a/b/README.md`);
 * - a leading `/` anchors to the repository root; a trailing `/` means "a directory";
 * - a pattern that names a directory matches everything below it (`services/api` matches
 *   `services/api/main.go`), as in CODEOWNERS.
 */
import { braceExpand, Minimatch } from "minimatch";
import { MAX_BRACE_EXPANSIONS } from "../policy/limits.js";

const MAGIC = /[*?[\]{}()!+@\\]/;
const MM_OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

/** Why a glob is unusable, or null when it is fine. Messages are shown to policy authors. */
export function globProblem(pattern: string): string | null {
  if (pattern.trim() === "") return "is empty";
  if (pattern !== pattern.trim()) return "has leading or trailing spaces";
  if (pattern.startsWith("!")) return "starts with '!': negation is not supported here, use `exclude` instead";
  if (pattern.includes("\\")) return "contains a backslash: paths use '/'";
  if (/(^|\/)\.\.?(\/|$)/.test(pattern.replace(/^\//, ""))) return "contains a '.' or '..' segment: paths are relative to the repository root";
  if (pattern.includes("//")) return "contains an empty segment ('//')";
  let square = 0;
  let curly = 0;
  for (const ch of pattern) {
    if (ch === "[") square++;
    else if (ch === "]") square = Math.max(0, square - 1);
    else if (ch === "{") curly++;
    else if (ch === "}") {
      if (curly === 0) return "has a '}' without a matching '{'";
      curly--;
    }
  }
  if (square > 0) return "has an unclosed '['";
  if (curly > 0) return "has an unclosed '{'";
  // minimatch accepts anything else; its one hard limit is length (it throws past 64 KiB).
  if (pattern.length > 1024) return "is longer than 1,024 characters";
  return null;
}

/**
 * How many patterns a glob's braces expand to, counting no further than `cap`. minimatch silently
 * keeps only the first 100,000 expansions (a path the author meant to cover would not be), so the
 * policy loader refuses globs past MAX_BRACE_EXPANSIONS instead; the cap keeps that check cheap.
 */
export function braceExpansionCount(pattern: string, cap = MAX_BRACE_EXPANSIONS + 1): number {
  return braceExpand(pattern, { ...MM_OPTIONS, braceExpandMax: Math.max(1, cap) }).length;
}

/**
 * One policy glob as a minimatch pattern and where it applies: to the path itself ("self"), to
 * what lies below a matching directory ("below"), or both, as CODEOWNERS treats directory names.
 */
export function scopedPattern(glob: string): { pattern: string; scope: "self" | "below" | "both" } {
  let p = glob;
  let anchored = false;
  if (p.startsWith("/")) {
    anchored = true;
    p = p.slice(1);
  }
  // `dir/` names a directory: it matches what lies below it, never a file called `dir`.
  let directoryOnly = false;
  if (p.endsWith("/")) {
    directoryOnly = true;
    p = p.slice(0, -1);
  }
  if (!anchored && !p.includes("/")) p = `**/${p}`;
  if (p.endsWith("**")) return { pattern: p, scope: "self" };
  return { pattern: p, scope: directoryOnly ? "below" : "both" };
}

/** The same as plain minimatch patterns (the naive reference matches these one by one). */
export function expandGlob(glob: string): string[] {
  const { pattern, scope } = scopedPattern(glob);
  return minimatchPatterns(pattern, scope);
}

/**
 * One distinct pattern of the index, with every owner whose globs expand to it: a glob repeated
 * across rules (one test-folder exclude in fifty rules) is matched once per path, not fifty times.
 *
 * It matches what the naive reference's minimatch patterns match (expandGlob: `p` for "self",
 * `p/**` for "below", both for "both"), built on first use: compiling is what costs most for a
 * large policy of which a pull request touches little. The shapes people write need no matcher
 * of their own: literal paths and directory trees are decided by the index lookup, a name or
 * extension below a directory or at any depth by a scan of the path's segments; other simple
 * patterns become one regular expression (simpleGlobRegExp), and only the rest keeps minimatch.
 */
class CompiledPattern<T> {
  readonly owners: T[] = [];
  /**
   * "literal": no magic at all (`services/api`); "subtree": a literal directory and `/**`. Found
   * through the literal-prefix index, these need no matching at all: the index lookup itself
   * proved the path starts with that directory, which is all they ask.
   */
  private shape: "literal" | "subtree" | null | undefined;
  /**
   * `D/**` + `/X` or `D/**` + `/X/**`, D literal leading directories (possibly none) and X a
   * literal name or `*.ext`: the shapes people write most (`src/**` + `/*.tsx`, `*.md` at any
   * depth, a test folder anywhere), matched by looking at the segments below D for X, in the
   * place the scope allows: anywhere ("any"), the last segment ("last"), or a directory ("notLast").
   */
  private named: NamedShape | null | undefined;
  private regex: RegExp | null | undefined;
  private minimatch: Minimatch[] | undefined;

  // Everything about the pattern is worked out on first use: a pull request touches few of a
  // large policy's patterns, and the policy is compiled for every evaluation.
  constructor(
    readonly pattern: string,
    /** self: the path itself; below: an ancestor; both: either */
    readonly scope: "self" | "below" | "both",
  ) {}

  /** For a path the prefix index found under this pattern's literal prefix. */
  matchesUnderPrefix(path: string, prefixIsWholePath: boolean, usual: boolean): boolean {
    if (!usual) return this.matches(path, usual);
    if (this.shape === undefined) {
      const segments = this.pattern.split("/");
      const magic = segments.filter((s) => MAGIC.test(s)).length;
      this.shape = magic === 0 ? "literal" : magic === 1 && segments[segments.length - 1] === "**" && this.scope === "self" ? "subtree" : null;
    }
    if (this.shape === "literal") return this.scope === "both" || (this.scope === "below" ? !prefixIsWholePath : prefixIsWholePath);
    if (this.shape === "subtree" && !prefixIsWholePath) return true;
    return this.matches(path, usual);
  }

  /** `usual`: the path has no empty, `.` or `..` segment, where the shortcuts are exact. */
  matches(path: string, usual: boolean): boolean {
    if (this.named === undefined) this.named = namedShape(this.pattern.split("/"), this.scope);
    if (usual && this.named) return this.matchesNamed(path);
    if (this.regex === undefined) {
      const source = simpleGlobRegExp(this.pattern);
      // `p/**` is `p` and at least one more segment; scopedPattern never gives a "below" or "both" pattern ending in `**`
      this.regex = source === null ? null : new RegExp(`^${source}${this.scope === "self" ? "" : this.scope === "below" ? "(?:/[^/]+)+" : "(?:/[^/]+)*"}$`);
    }
    if (usual && this.regex) return this.regex.test(path);
    this.minimatch ??= minimatchPatterns(this.pattern, this.scope).map((p) => new Minimatch(p, MM_OPTIONS));
    for (const m of this.minimatch) if (m.match(path)) return true;
    return false;
  }

  /** Whether a segment below D (the path has them, as the index found it under D) is X, where the scope allows. */
  private matchesNamed(path: string): boolean {
    const { skip, name, isExt, where } = this.named!;
    if (path.length <= skip) return false; // the path is D itself: X needs a segment below it
    for (let start = skip; ; ) {
      const slash = path.indexOf("/", start);
      const last = slash < 0;
      const end = last ? path.length : slash;
      if (where === "any" || (where === "last") === last) {
        // `*.ext`: a star may match nothing, so `.ext` itself is such a name
        if (isExt ? end - start >= name.length && path.endsWith(name, end) : end - start === name.length && path.startsWith(name, start)) return true;
      }
      if (last) return false;
      start = slash + 1;
    }
  }
}

type NamedShape = { skip: number; name: string; isExt: boolean; where: "any" | "last" | "notLast" };

/** CompiledPattern's `named` shape of a pattern, or null when it has another. */
function namedShape(segments: string[], scope: "self" | "below" | "both"): NamedShape | null {
  const k = segments.findIndex((s) => MAGIC.test(s));
  if (k < 0 || segments[k] !== "**" || k + 1 >= segments.length) return null;
  const x = segments[k + 1];
  const ext = EXTENSION.exec(x)?.[1];
  if (ext === undefined && MAGIC.test(x)) return null;
  const skip = segments.slice(0, k).reduce((n, s) => n + s.length + 1, 0);
  const shape = { skip, name: ext ?? x, isExt: ext !== undefined };
  if (segments.length === k + 2) return { ...shape, where: scope === "both" ? "any" : scope === "self" ? "last" : "notLast" };
  if (segments.length === k + 3 && segments[k + 2] === "**") return { ...shape, where: "notLast" };
  return null;
}

/** The minimatch patterns a scoped pattern stands for. */
function minimatchPatterns(pattern: string, scope: "self" | "below" | "both"): string[] {
  return scope === "self" ? [pattern] : scope === "below" ? [`${pattern}/**`] : [pattern, `${pattern}/**`];
}

/** `*.ext` as a whole segment, ext free of magic: what the extension index is keyed by. */
const EXTENSION = /^\*(\.[^*?[\]{}()!+@\\/]+)$/;

/** A path with an empty, `.` or `..` segment: GitHub never lists one, and minimatch has rules for them. */
const UNUSUAL_PATH = /(?:^|\/)\.{0,2}(?:\/|$)/;

/**
 * The regular expression (source, unanchored) minimatch's `match` amounts to, with this module's
 * options, for a pattern whose segments are `**` or made of literal characters, `*` and `?`; null
 * for anything else (classes, braces, extglobs, escapes). Valid for paths without empty, `.` or
 * `..` segments, where minimatch's rules are: `*` is any run of characters but `/` (a leading dot
 * included, as dot is on), `?` one such character, `**` any number of whole segments, and a
 * trailing `/**` at least one.
 */
export function simpleGlobRegExp(pattern: string): string | null {
  const segments = pattern.split("/").filter((s, i, all) => s !== "**" || all[i - 1] !== "**");
  let source = "";
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === "**") {
      if (i === 0) source += last ? ".*" : "(?:[^/]+/)*";
      else source += last ? "(?:/[^/]+)+" : "/(?:[^/]+/)*";
      continue;
    }
    if (/[[\]{}()!+@\\]/.test(segment) || segment === "") return null;
    if (i > 0 && segments[i - 1] !== "**") source += "/";
    source += segment.replace(/[.^$|\\/()+]/g, "\\$&").replace(/\*+/g, "[^/]*").replace(/\?/g, "[^/]");
  }
  return source;
}

/** Index keys for one expanded pattern; a path is only tested against patterns under its keys. */
type IndexKey = { kind: "prefix"; segments: string[] } | { kind: "segment"; value: string } | { kind: "ext"; value: string } | { kind: "all" };

function indexKey(pattern: string): IndexKey {
  const segments = pattern.split("/");
  const literal: string[] = [];
  for (const segment of segments) {
    if (MAGIC.test(segment)) break;
    literal.push(segment);
  }
  if (literal.length > 0) return { kind: "prefix", segments: literal };
  // No literal prefix: any matching path must still contain each literal segment of the pattern.
  const literalSegment = segments.find((s) => s !== "**" && !MAGIC.test(s));
  if (literalSegment) return { kind: "segment", value: literalSegment };
  const ext = segments.map((s) => EXTENSION.exec(s)?.[1]).find(Boolean);
  if (ext) return { kind: "ext", value: ext };
  return { kind: "all" };
}

/**
 * A set of globs, each belonging to an owner (a rule, a target, a sandbox). `ownersOf(path)`
 * returns every owner with a glob matching the path, testing only candidate patterns.
 */
export class GlobIndex<T> {
  /** patterns by their literal leading directories, one trie level per segment */
  private readonly byPrefix: PrefixNode<T> = { patterns: [], children: new Map() };
  private readonly bySegment = new Map<string, CompiledPattern<T>[]>();
  private readonly byExt = new Map<string, CompiledPattern<T>[]>();
  private readonly always: CompiledPattern<T>[] = [];
  /** every distinct (scope, pattern), so identical globs share one CompiledPattern */
  private readonly distinct = new Map<string, CompiledPattern<T>>();

  add(glob: string, owner: T): void {
    // braceExpand returns a brace-free glob unchanged; skipping it saves most of compiling
    for (const braced of glob.includes("{") ? braceExpand(glob, MM_OPTIONS) : [glob]) {
      const { pattern, scope } = scopedPattern(braced);
      const id = `${scope}:${pattern}`;
      let compiled = this.distinct.get(id);
      if (!compiled) {
        compiled = new CompiledPattern<T>(pattern, scope);
        this.distinct.set(id, compiled);
        this.bucket(indexKey(pattern)).push(compiled);
      }
      if (!compiled.owners.includes(owner)) compiled.owners.push(owner);
    }
  }

  private bucket(key: IndexKey): CompiledPattern<T>[] {
    if (key.kind === "all") return this.always;
    if (key.kind === "prefix") {
      let node = this.byPrefix;
      for (const segment of key.segments) {
        let child = node.children.get(segment);
        if (!child) node.children.set(segment, (child = { patterns: [], children: new Map() }));
        node = child;
      }
      return node.patterns;
    }
    const map = key.kind === "segment" ? this.bySegment : this.byExt;
    let list = map.get(key.value);
    if (!list) map.set(key.value, (list = []));
    return list;
  }

  /** Owners with at least one glob matching `path`, each once, in no particular order. */
  ownersOf(path: string): Set<T> {
    const found = new Set<T>();
    const usual = isUsualPath(path);
    const bySegments = this.bySegment.size > 0 || this.byExt.size > 0;
    // One walk over the path's segments, by index: this runs for every path of every pull
    // request, and splitting, joining and hashing long prefixes was most of its cost.
    let node: PrefixNode<T> | undefined = this.byPrefix;
    for (let start = 0; node || bySegments; ) {
      const slash = path.indexOf("/", start);
      const whole = slash < 0;
      const segment = path.slice(start, whole ? path.length : slash);
      node = node?.children.get(segment);
      if (node) {
        for (const c of node.patterns) if (this.couldAdd(c, found) && c.matchesUnderPrefix(path, whole, usual)) addAll(found, c.owners);
      }
      if (bySegments) {
        this.test(this.bySegment.get(segment), path, usual, found);
        for (let dot = segment.indexOf("."); dot >= 0; dot = segment.indexOf(".", dot + 1)) this.test(this.byExt.get(segment.slice(dot)), path, usual, found);
      }
      if (whole) break;
      start = slash + 1;
    }
    this.test(this.always, path, usual, found);
    return found;
  }

  private test(list: CompiledPattern<T>[] | undefined, path: string, usual: boolean, found: Set<T>): void {
    if (list) for (const c of list) if (this.couldAdd(c, found) && c.matches(path, usual)) addAll(found, c.owners);
  }

  /** A pattern is worth testing only while it could still add an owner. */
  private couldAdd(c: CompiledPattern<T>, found: Set<T>): boolean {
    return c.owners.length > 1 || !found.has(c.owners[0]);
  }
}

interface PrefixNode<T> {
  patterns: CompiledPattern<T>[];
  children: Map<string, PrefixNode<T>>;
}

/** False for a path with an empty, `.` or `..` segment: GitHub never lists one, and minimatch has rules for them. */
function isUsualPath(path: string): boolean {
  // the cheap tests first: most paths have no segment starting with a dot
  if (path === "" || path.startsWith("/") || path.endsWith("/") || path.includes("//")) return false;
  return !(path.startsWith(".") || path.includes("/.")) || !UNUSUAL_PATH.test(path);
}

function addAll<T>(found: Set<T>, owners: readonly T[]): void {
  for (const owner of owners) found.add(owner);
}

/** The naive reference: one minimatch call per (path, glob), used by the benchmark and tests. */
export function naiveMatch(path: string, glob: string): boolean {
  return new Minimatch(glob, MM_OPTIONS).braceExpand().some((b) => expandGlob(b).some((p) => new Minimatch(p, MM_OPTIONS).match(path)));
}

/** A single compiled glob list (for branch filters and small lists). */
export class GlobList {
  private readonly matchers: Minimatch[];
  constructor(globs: readonly string[], options: { anyDepth?: boolean } = {}) {
    this.matchers = globs.flatMap((g) =>
      options.anyDepth === false ? [new Minimatch(g, MM_OPTIONS)] : expandGlob(g).map((p) => new Minimatch(p, MM_OPTIONS)),
    );
  }
  matches(value: string): boolean {
    return this.matchers.some((m) => m.match(value));
  }
}
