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
  return scope === "self" ? [pattern] : scope === "below" ? [`${pattern}/**`] : [pattern, `${pattern}/**`];
}

/**
 * One pattern of the index. `[p, p/**]` is matched as "p matches the path or one of its
 * ancestor directories": one minimatch instead of two, built on first use, since compiling is
 * what costs most for a large policy and a pull request touches few of its areas.
 */
class CompiledPattern<T> {
  private compiled: Minimatch | undefined;
  /**
   * "literal": no magic at all (`services/api`); "subtree": a literal directory and `/**`. Found
   * through the literal-prefix index, these need no minimatch call: the index lookup itself proved
   * the path starts with that directory, which is all they ask.
   */
  readonly shape: "literal" | "subtree" | null;

  constructor(
    readonly pattern: string,
    /** self: the path itself; below: an ancestor; both: either */
    readonly scope: "self" | "below" | "both",
    readonly owner: T,
  ) {
    const segments = pattern.split("/");
    const magic = segments.filter((s) => MAGIC.test(s));
    this.shape = magic.length === 0 ? "literal" : magic.length === 1 && segments[segments.length - 1] === "**" && scope === "self" ? "subtree" : null;
  }

  /** Matching for a path that the prefix index found under this pattern's literal prefix. */
  matchesUnderPrefix(path: string, prefixIsWholePath: boolean): boolean {
    if (this.shape === "literal") return this.scope === "both" || (this.scope === "below" ? !prefixIsWholePath : prefixIsWholePath);
    if (this.shape === "subtree" && !prefixIsWholePath) return true;
    return this.matches(path);
  }

  matches(path: string): boolean {
    const matcher = (this.compiled ??= new Minimatch(this.pattern, MM_OPTIONS));
    if (this.scope !== "below" && matcher.match(path)) return true;
    if (this.scope === "self") return false;
    for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) {
      if (matcher.match(path.slice(0, slash))) return true;
    }
    return false;
  }
}

/** Index keys for one expanded pattern; a path is only tested against patterns under its keys. */
type IndexKey = { kind: "prefix"; value: string } | { kind: "segment"; value: string } | { kind: "ext"; value: string } | { kind: "all" };

function indexKey(pattern: string): IndexKey {
  const segments = pattern.split("/");
  const literal: string[] = [];
  for (const segment of segments) {
    if (MAGIC.test(segment)) break;
    literal.push(segment);
  }
  if (literal.length > 0) return { kind: "prefix", value: literal.join("/") };
  // No literal prefix: any matching path must still contain each literal segment of the pattern.
  const literalSegment = segments.find((s) => s !== "**" && !MAGIC.test(s));
  if (literalSegment) return { kind: "segment", value: literalSegment };
  const ext = segments.map((s) => /^\*(\.[^*?[\]{}()!+@\\/]+)$/.exec(s)?.[1]).find(Boolean);
  if (ext) return { kind: "ext", value: ext };
  return { kind: "all" };
}

/**
 * A set of globs, each belonging to an owner (a rule, a target, a sandbox). `ownersOf(path)`
 * returns every owner with a glob matching the path, testing only candidate patterns.
 */
export class GlobIndex<T> {
  private readonly byPrefix = new Map<string, CompiledPattern<T>[]>();
  private readonly bySegment = new Map<string, CompiledPattern<T>[]>();
  private readonly byExt = new Map<string, CompiledPattern<T>[]>();
  private readonly always: CompiledPattern<T>[] = [];

  add(glob: string, owner: T): void {
    for (const braced of braceExpand(glob, MM_OPTIONS)) {
      const { pattern, scope } = scopedPattern(braced);
      const compiled = new CompiledPattern(pattern, scope, owner);
      const key = indexKey(pattern);
      if (key.kind === "all") this.always.push(compiled);
      else {
        const map = key.kind === "prefix" ? this.byPrefix : key.kind === "segment" ? this.bySegment : this.byExt;
        const list = map.get(key.value);
        if (list) list.push(compiled);
        else map.set(key.value, [compiled]);
      }
    }
  }

  /** Owners with at least one glob matching `path`, each once, in no particular order. */
  ownersOf(path: string): Set<T> {
    const found = new Set<T>();
    const test = (list: CompiledPattern<T>[] | undefined) => {
      if (!list) return;
      for (const c of list) if (!found.has(c.owner) && c.matches(path)) found.add(c.owner);
    };
    const segments = path.split("/");
    let prefix = "";
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      prefix = prefix ? `${prefix}/${segment}` : segment;
      const underPrefix = this.byPrefix.get(prefix);
      if (underPrefix) {
        const whole = i === segments.length - 1;
        for (const c of underPrefix) if (!found.has(c.owner) && c.matchesUnderPrefix(path, whole)) found.add(c.owner);
      }
      test(this.bySegment.get(segment));
      if (this.byExt.size > 0) {
        for (let dot = segment.indexOf("."); dot >= 0; dot = segment.indexOf(".", dot + 1)) test(this.byExt.get(segment.slice(dot)));
      }
    }
    test(this.always);
    return found;
  }
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
