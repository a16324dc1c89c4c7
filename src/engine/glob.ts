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
import { formatCount, MAX_BRACE_EXPANSIONS } from "../policy/limits.js";

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
class CompiledPattern {
  /** the index's numbers for the owners whose globs expand to this pattern */
  readonly owners: number[] = [];
  /** the number of the last ownersOf call that tested this pattern, so a path tests it once */
  testedFor = 0;
  /** in an index bucket: a pattern only excludes use is tested on its own (GlobIndex.matcher) */
  indexed = false;
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

  /**
   * For a path the prefix index found under this pattern's literal prefix. `budget` is charged for
   * every RegExp and minimatch run, and for building one the first time this budget's evaluation
   * needs it (the index, and what it has built, may serve many evaluations of one policy).
   */
  matchesUnderPrefix(path: string, prefixIsWholePath: boolean, usual: boolean, budget: WorkBudget): boolean {
    if (!usual) return this.matches(path, usual, budget);
    if (this.shape === undefined) {
      const segments = this.pattern.split("/");
      const magic = segments.filter((s) => MAGIC.test(s)).length;
      this.shape = magic === 0 ? "literal" : magic === 1 && segments[segments.length - 1] === "**" && this.scope === "self" ? "subtree" : null;
    }
    if (this.shape === "literal") return this.scope === "both" || (this.scope === "below" ? !prefixIsWholePath : prefixIsWholePath);
    if (this.shape === "subtree" && !prefixIsWholePath) return true;
    return this.matches(path, usual, budget);
  }

  /** For any path, not one the index found under this pattern's literal prefix. */
  matchesAnywhere(path: string, usual: boolean, budget: WorkBudget): boolean {
    const named = this.namedShape();
    // the named shape's scan takes D's segments as read: check them first
    if (usual && named && named.skip > 0 && !path.startsWith(named.directory)) return false;
    return this.matches(path, usual, budget);
  }

  /** `usual`: the path has no empty, `.` or `..` segment, where the shortcuts are exact. */
  matches(path: string, usual: boolean, budget: WorkBudget): boolean {
    if (usual && this.namedShape()) return this.matchesNamed(path);
    if (this.regex === undefined) {
      // Three or more stars in one segment backtrack polynomially in a RegExp (`*a*a*a*a*b` on a
      // long name of `a`s never ends); minimatch matches those without that blow-up.
      const source = this.pattern.split("/").some((s) => (s.match(/\*+/g)?.length ?? 0) > 2) ? null : simpleGlobRegExp(this.pattern);
      // `p/**` is `p` and at least one more segment; scopedPattern never gives a "below" or "both" pattern ending in `**`
      this.regex = source === null ? null : new RegExp(`^${source}${this.scope === "self" ? "" : this.scope === "below" ? "(?:/[^/]+)+" : "(?:/[^/]+)*"}$`);
    }
    if (budget.firstUse(this, "regexp")) budget.spend(WORK_UNITS.buildRegExp);
    if (usual && this.regex) {
      budget.spend(WORK_UNITS.regExpTest + 2 * path.length);
      return this.regex.test(path);
    }
    if (this.minimatch === undefined) this.minimatch = minimatchPatterns(this.pattern, this.scope).map((p) => new Minimatch(p, MM_OPTIONS));
    if (budget.firstUse(this, "minimatch")) budget.spend(WORK_UNITS.buildMinimatch * this.minimatch.length);
    budget.spend(WORK_UNITS.minimatchTest * (1 + path.length / 64) * this.minimatch.length);
    for (const m of this.minimatch) if (m.match(path)) return true;
    return false;
  }

  /**
   * A shortcut for a pattern found by its literal segment or extension (`**` + `/X`, `**` + `/X/**`):
   * true when the segment that found it is X where the scope allows, so the path matches. False
   * says nothing: X may be elsewhere in the path.
   */
  matchesAtFoundSegment(last: boolean): boolean {
    const named = this.namedShape();
    // the index keys such a pattern by X itself (or X's extension), so the segment is X
    return named !== null && named.skip === 0 && (named.where === "any" || (named.where === "last") === last);
  }

  private namedShape(): NamedShape | null {
    if (this.named === undefined) this.named = namedShape(this.pattern.split("/"), this.scope);
    return this.named;
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

/**
 * What each step of matching costs against MAX_MATCH_WORK (src/policy/limits.ts), measured by
 * bench/hostile.mjs: roughly nanoseconds on a busy 2-core machine. A shortcut test (literal, subtree,
 * named shape) and a substring lookup cost 1; building a matcher costs what running it hundreds of
 * times does (minimatch parses the glob into an AST and RegExps).
 */
export const WORK_UNITS = { shortcutTest: 1, substringLookup: 4, buildRegExp: 2_000, regExpTest: 64, buildMinimatch: 50_000, minimatchTest: 300 } as const;

/** D (as `D/`, or "" when none) and how many characters of a path it takes, X, and where X may be. */
type NamedShape = { directory: string; skip: number; name: string; isExt: boolean; where: "any" | "last" | "notLast" };

/** CompiledPattern's `named` shape of a pattern, or null when it has another. */
function namedShape(segments: string[], scope: "self" | "below" | "both"): NamedShape | null {
  const k = segments.findIndex((s) => MAGIC.test(s));
  if (k < 0 || segments[k] !== "**" || k + 1 >= segments.length) return null;
  const x = segments[k + 1];
  const ext = EXTENSION.exec(x)?.[1];
  if (ext === undefined && MAGIC.test(x)) return null;
  const directory = segments.slice(0, k).map((s) => `${s}/`).join("");
  const shape = { directory, skip: directory.length, name: ext ?? x, isExt: ext !== undefined };
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
type IndexKey = { kind: "prefix"; segments: string[] } | { kind: "segment"; value: string } | { kind: "ext"; value: string } | { kind: "substring" };

function indexKey(pattern: string): IndexKey {
  // the literal leading directories: the segments before the one with the first magic character
  const magic = pattern.search(MAGIC);
  const literalEnd = magic < 0 ? pattern.length : pattern.lastIndexOf("/", magic);
  if (literalEnd > 0) return { kind: "prefix", segments: pattern.slice(0, literalEnd).split("/") };
  const segments = pattern.split("/");
  // No literal prefix: any matching path must still contain each literal segment of the pattern.
  const literalSegment = segments.find((s) => s !== "**" && !MAGIC.test(s));
  if (literalSegment) return { kind: "segment", value: literalSegment };
  const ext = segments.map((s) => EXTENSION.exec(s)?.[1]).find(Boolean);
  if (ext) return { kind: "ext", value: ext };
  return { kind: "substring" };
}

/**
 * Keys of the substring index are at most this long: a longer literal is looked up by its first
 * characters, so a path costs at most this many lookups per character, whatever the policy.
 */
const MAX_KEY_LENGTH = 16;

/**
 * A literal a path must contain for the pattern to match it: the longest run of literal characters
 * in a segment with only `*` and `?` as magic (`x123a` in `*x123a*`, `.ts` in `*.ts`), or failing
 * that in a literal segment, after the pattern's literal leading directories (which the prefix
 * index already looked up). Each such segment matches one whole segment of any (usual) path it
 * matches, so its literal runs appear in the path. Null when there is none (`*`, `**`, `[ab]*`).
 */
export function requiredLiteral(pattern: string): string | null {
  const segments = pattern.split("/");
  const first = segments.findIndex((s) => MAGIC.test(s));
  if (first < 0) return null;
  let best = "";
  let bestLiteral = "";
  for (const segment of segments.slice(first)) {
    if (segment === "**") continue;
    if (!MAGIC.test(segment)) {
      if (segment.length > bestLiteral.length) bestLiteral = segment;
      continue;
    }
    if (/[[\]{}()!+@\\]/.test(segment)) continue; // classes and extglobs: no run is certain
    for (const run of segment.split(/[*?]+/)) if (run.length > best.length) best = run;
  }
  const literal = best || bestLiteral;
  return literal ? literal.slice(0, MAX_KEY_LENGTH) : null;
}

/**
 * The patterns of one index bucket. A large bucket (thousands of `*x123{a,b}*`, or of
 * `src/**` + `/*y123*` under one prefix) is split, on first use, by each pattern's required
 * literal: a path then looks up the substrings of its own characters of the lengths those literals
 * have and tests only the patterns found, so its cost grows with the path's length, not with the
 * number of patterns. Patterns without a literal are tested one by one.
 */
class Bucket {
  readonly patterns: CompiledPattern[] = [];
  private split: { direct: CompiledPattern[]; byLiteral: Map<string, CompiledPattern[]>; lengths: number[]; firstChars: Uint8Array } | undefined;

  /**
   * Has `walk` test each pattern that could match its path, looking for literals from `from`. A
   * path GitHub never lists (not `usual`: `.` or `..` segments) is tested against every pattern:
   * minimatch's rules for those segments are its own. `foundBy` says how the index found this
   * bucket (see FoundBy), which the shortcuts need.
   */
  candidates(walk: PathWalk, from: number, foundBy: number): void {
    const patterns = this.patterns;
    if (patterns.length < SPLIT_AT || !walk.usual) {
      for (let i = 0; i < patterns.length; i++) walk.consider(patterns[i], foundBy);
      return;
    }
    const split = (this.split ??= splitByLiteral(patterns));
    for (const c of split.direct) walk.consider(c, foundBy);
    const { byLiteral, lengths, firstChars } = split;
    const path = walk.path;
    let lookups = 0;
    for (let i = from; i < path.length; i++) {
      if (firstChars[path.charCodeAt(i)] === 0) continue;
      for (const length of lengths) {
        if (i + length > path.length) break;
        lookups++;
        const found = byLiteral.get(path.slice(i, i + length));
        if (found) for (const c of found) walk.consider(c, foundBy);
      }
    }
    walk.budget.spend(lookups * WORK_UNITS.substringLookup);
  }
}

/**
 * How the index found a bucket, for the shortcuts: a number >= 0 is where the literal prefix that
 * found it ends in the path; the others are below.
 */
const FoundBy = { substring: -1, segment: -2, lastSegment: -3 } as const;

/** Buckets smaller than this are tested pattern by pattern: cheaper than scanning the path. */
const SPLIT_AT = 16;

function splitByLiteral(patterns: readonly CompiledPattern[]) {
  const direct: CompiledPattern[] = [];
  const byLiteral = new Map<string, CompiledPattern[]>();
  const lengths = new Set<number>();
  const firstChars = new Uint8Array(0x10000);
  for (const c of patterns) {
    const literal = requiredLiteral(c.pattern);
    if (literal === null) {
      direct.push(c);
      continue;
    }
    let list = byLiteral.get(literal);
    if (!list) byLiteral.set(literal, (list = []));
    list.push(c);
    lengths.add(literal.length);
    firstChars[literal.charCodeAt(0)] = 1;
  }
  return { direct, byLiteral, lengths: [...lengths].sort((a, b) => a - b), firstChars };
}

/**
 * How much matching one compiled policy may do (MAX_MATCH_WORK in src/policy/limits.ts), in
 * WORK_UNITS: pattern tests, matchers built and substring lookups. A counter, not a clock, so the
 * same pull request and policy always get the same answer, on any machine, however busy.
 */
export class WorkBudget {
  spent = 0;
  private readonly used = { regexp: new Set<object>(), minimatch: new Set<object>() };
  constructor(readonly limit: number) {}
  spend(units: number): void {
    this.spent += units;
    if (this.spent > this.limit) throw new MatchingTooExpensive(this.limit);
  }
  /**
   * True the first time this budget sees `what` of `matcher` used: building it is charged once per
   * budget, as if each evaluation built its own, even when an earlier one of the same policy did.
   */
  firstUse(matcher: object, what: "regexp" | "minimatch"): boolean {
    const used = this.used[what];
    if (used.has(matcher)) return false;
    used.add(matcher);
    return true;
  }
}

/**
 * Thrown when matching a pull request's paths against a policy would take more than its work
 * budget: the policy's globs are too costly for this many paths. Callers fail closed and say so.
 */
export class MatchingTooExpensive extends Error {
  constructor(readonly budget: number) {
    super(`matching the changed paths against the policy's globs takes more than ${formatCount(budget)} units of work (the limit)`);
    this.name = "MatchingTooExpensive";
  }
}

/** One glob, tested against one path at a time (GlobIndex.matcher). */
export interface GlobMatcher {
  matches(path: string, budget: WorkBudget): boolean;
}

/**
 * A set of globs, each belonging to an owner (a rule, a target, a sandbox). `ownersOf(path)`
 * returns every owner with a glob matching the path, testing only candidate patterns.
 */
export class GlobIndex<T> {
  /** patterns by their literal leading directories, one trie level per segment */
  private readonly byPrefix: PrefixNode = { patterns: new Bucket(), children: new Map() };
  private readonly bySegment = new Map<string, Bucket>();
  private readonly byExt = new Map<string, Bucket>();
  /** the lengths of bySegment's and byExt's keys: a segment of another length needs no lookup */
  private readonly segmentLengths = new LengthSet();
  private readonly extLengths = new LengthSet();
  /** patterns with no literal prefix, segment or extension, found by a literal inside a segment */
  private readonly bySubstring = new Bucket();
  /** every distinct (scope, pattern), so identical globs share one CompiledPattern */
  private readonly distinct = new Map<string, CompiledPattern>();
  /** owners by number: patterns hold the numbers */
  private readonly owners: T[] = [];
  private readonly ownerNumbers = new Map<T, number>();
  private readonly walk = new PathWalk();

  /** @param budget what ownersOf may spend, over every call, before it throws MatchingTooExpensive */
  constructor(private readonly budget: WorkBudget = new WorkBudget(Infinity)) {}

  add(glob: string, owner: T): void {
    let number = this.ownerNumbers.get(owner);
    if (number === undefined) {
      number = this.owners.push(owner) - 1;
      this.ownerNumbers.set(owner, number);
      this.walk.ownerSeen.push(0);
    }
    for (const compiled of this.patternsOf(glob)) {
      if (!compiled.indexed) {
        compiled.indexed = true;
        this.bucket(indexKey(compiled.pattern)).patterns.push(compiled);
      }
      if (!compiled.owners.includes(number)) compiled.owners.push(number);
    }
  }

  /**
   * A glob tested on its own, not through the index: an exclude needs testing only for a path the
   * area's includes put in it, so excludes are kept out of the walk (one test-folder exclude in
   * fifty rules would otherwise add fifty owners to every path in a test folder).
   */
  matcher(glob: string): GlobMatcher {
    const patterns = this.patternsOf(glob);
    const walk = this.walk;
    return {
      matches(path: string, budget: WorkBudget): boolean {
        // areasOf tests excludes right after walking the same path: its answer is still there
        const usual = walk.path === path ? walk.usual : isUsualPath(path);
        budget.spend(patterns.length * WORK_UNITS.shortcutTest);
        for (const c of patterns) if (c.matchesAnywhere(path, usual, budget)) return true;
        return false;
      },
    };
  }

  /** The distinct patterns a glob expands to, shared with every identical glob. */
  private patternsOf(glob: string): CompiledPattern[] {
    // braceExpand returns a brace-free glob unchanged; skipping it saves most of compiling
    return (glob.includes("{") ? braceExpand(glob, MM_OPTIONS) : [glob]).map((braced) => {
      const { pattern, scope } = scopedPattern(braced);
      const id = `${scope}:${pattern}`;
      let compiled = this.distinct.get(id);
      if (!compiled) this.distinct.set(id, (compiled = new CompiledPattern(pattern, scope)));
      return compiled;
    });
  }

  private bucket(key: IndexKey): Bucket {
    if (key.kind === "substring") return this.bySubstring;
    if (key.kind === "prefix") {
      let node = this.byPrefix;
      for (const segment of key.segments) {
        let child = node.children.get(segment);
        if (!child) node.children.set(segment, (child = { patterns: new Bucket(), children: new Map() }));
        node = child;
      }
      return node.patterns;
    }
    const map = key.kind === "segment" ? this.bySegment : this.byExt;
    (key.kind === "segment" ? this.segmentLengths : this.extLengths).add(key.value.length);
    let bucket = map.get(key.value);
    if (!bucket) map.set(key.value, (bucket = new Bucket()));
    return bucket;
  }

  /** Owners with at least one glob matching `path`, each once, in no particular order. */
  ownersOf(path: string): Set<T> {
    const found = new Set<T>();
    for (let i = 0, count = this.matchOwners(path); i < count; i++) found.add(this.owners[this.walk.found[i]]);
    return found;
  }

  /**
   * The same as ownersOf without making a set: how many owners have a glob matching `path`;
   * `matched` gives each, once, in no particular order, until the next call. The work is
   * charged to `budget`: an index can serve many evaluations, each with its own.
   */
  matchOwners(path: string, budget: WorkBudget = this.budget): number {
    const walk = this.walk;
    walk.start(path, budget);
    // One walk over the path's segments, by index: this runs for every path of every pull
    // request, so it allocates only the segments it looks up.
    const bySegments = this.bySegment.size > 0 || this.byExt.size > 0;
    let node: PrefixNode | undefined = this.byPrefix;
    // the next dot at or after the segment: a path has few, mostly in its last segment
    let dot = bySegments ? path.indexOf(".") : -1;
    for (let start = 0; node || bySegments; ) {
      const slash = path.indexOf("/", start);
      const whole = slash < 0;
      const end = whole ? path.length : slash;
      const length = end - start;
      const segment = node || this.segmentLengths.has(length) ? path.slice(start, end) : undefined;
      if (node) {
        node = node.children.get(segment!);
        if (node) node.patterns.candidates(walk, whole ? end : end + 1, end);
      }
      if (bySegments) {
        const foundBy = whole ? FoundBy.lastSegment : FoundBy.segment;
        if (this.segmentLengths.has(length)) this.bySegment.get(segment!)?.candidates(walk, 0, foundBy);
        if (dot >= 0 && dot < start) dot = path.indexOf(".", start);
        for (; dot >= 0 && dot < end; dot = path.indexOf(".", dot + 1)) {
          if (this.extLengths.has(end - dot)) this.byExt.get(path.slice(dot, end))?.candidates(walk, 0, foundBy);
        }
      }
      if (whole) break;
      start = slash + 1;
    }
    this.bySubstring.candidates(walk, 0, FoundBy.substring);
    return walk.finish();
  }

  /**
   * What the last matchOwners found: the owners by number, and the numbers of those it found (the
   * first `count` of `found`), so a hot loop reads `owners[found[i]]` without a call per owner.
   */
  readonly matched: { readonly owners: readonly T[]; readonly found: readonly number[] } = { owners: this.owners, found: this.walk.found };
}

/**
 * One path's walk through the index: the candidates it tests, each once, and the owners it finds,
 * each once. One per index, reset for every path, so a walk allocates nothing of its own.
 */
class PathWalk {
  path = "";
  /** the path has no empty, `.` or `..` segment: the shortcuts are exact */
  usual = true;
  /** numbers the walks, so a pattern found through several keys is tested once per path */
  private call = 0;
  private tested = 0;
  /** per owner number, the last walk that found it */
  readonly ownerSeen: number[] = [];
  /** the owners found, the first `count` of them (a list reused for every path) */
  readonly found: number[] = [];
  private count = 0;
  budget = new WorkBudget(Infinity);

  start(path: string, budget: WorkBudget): void {
    this.path = path;
    this.budget = budget;
    this.usual = isUsualPath(path);
    this.call++;
    this.tested = 0;
    this.count = 0;
  }

  /** Tests a candidate, unless this walk tested it already or it could add no new owner. */
  consider(c: CompiledPattern, foundBy: number): void {
    const call = this.call;
    const owners = c.owners;
    if (c.testedFor === call || (owners.length === 1 && this.ownerSeen[owners[0]] === call)) return;
    c.testedFor = call;
    this.tested++;
    const matched =
      foundBy >= 0
        ? c.matchesUnderPrefix(this.path, foundBy === this.path.length, this.usual, this.budget)
        : (foundBy !== FoundBy.substring && this.usual && c.matchesAtFoundSegment(foundBy === FoundBy.lastSegment)) || c.matches(this.path, this.usual, this.budget);
    if (!matched) return;
    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i];
      if (this.ownerSeen[owner] !== call) {
        this.ownerSeen[owner] = call;
        this.found[this.count++] = owner;
      }
    }
  }

  /** How many owners the walk found, with its cost charged: RegExps and minimatch charge their own, costlier, work. */
  finish(): number {
    this.budget.spend(this.tested * WORK_UNITS.shortcutTest);
    return this.count;
  }
}

/** Small non-negative integers as bits; larger ones are always "maybe". */
class LengthSet {
  private bits = 0;
  private long = false;
  add(n: number): void {
    if (n < 31) this.bits |= 1 << n;
    else this.long = true;
  }
  has(n: number): boolean {
    return n < 31 ? (this.bits & (1 << n)) !== 0 : this.long;
  }
}

interface PrefixNode {
  patterns: Bucket;
  children: Map<string, PrefixNode>;
}

/** False for a path with an empty, `.` or `..` segment: GitHub never lists one, and minimatch has rules for them. */
function isUsualPath(path: string): boolean {
  // the cheap tests first (native scans): most paths have no segment starting with a dot
  if (path === "" || path.startsWith("/") || path.endsWith("/") || path.includes("//")) return false;
  return !(path.startsWith(".") || path.includes("/.")) || !UNUSUAL_PATH.test(path);
}

/** A path with an empty, `.` or `..` segment. */
const UNUSUAL_PATH = /(?:^|\/)\.{0,2}(?:\/|$)/;

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
