/**
 * GitHub Actions' filter patterns (`on.push.paths`, `paths-ignore`, `branches`, `branches-ignore`),
 * with GitHub's semantics, which differ from our policy globs (src/engine/glob.ts):
 * - a pattern matches the whole path from the repository root: `*.js` is only root-level files;
 * - `*` matches any characters except `/`; `**` matches any characters including `/`
 *   (and `**` followed by a slash also matches no directory at all: `docs/**\/*.md` has `docs/README.md`);
 * - `?` makes the preceding character optional and `+` repeats it (`*.jsx?` matches `page.js`),
 *   as the cheat sheet's rows use them; `[a-z0-9]` is one character of a class;
 * - `\` escapes the next character;
 * - in an include list, a pattern starting with `!` negates the patterns before it, and the
 *   last pattern that matches decides (`'*.md', '!README.md', 'README*'` includes `README.md`).
 * Every row of GitHub's "filter pattern cheat sheet" is a test (test/discover/path-filter.test.ts).
 */

/** One compiled filter pattern. */
export function filterPatternRegExp(pattern: string): RegExp {
  const atoms: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      i++;
      // `**/` matches zero or more whole directories; a lone `**` anything at all
      if (pattern[i + 1] === "/") {
        i++;
        atoms.push("(?:.*/)?");
      } else atoms.push(".*");
    } else if (ch === "*") atoms.push("[^/]*");
    else if ((ch === "?" || ch === "+") && atoms.length > 0 && !atoms[atoms.length - 1].endsWith("?") && !atoms[atoms.length - 1].endsWith("+")) {
      atoms[atoms.length - 1] = `(?:${atoms[atoms.length - 1]})${ch}`;
    } else if (ch === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end === -1) atoms.push("\\[");
      else {
        const body = pattern.slice(i + 1, end).replace(/[\\\]^]/g, (c) => `\\${c}`);
        atoms.push(`[${body}]`);
        i = end;
      }
    } else if (ch === "\\" && i + 1 < pattern.length) {
      i++;
      atoms.push(escapeRegExp(pattern[i]));
    } else atoms.push(escapeRegExp(ch));
  }
  return new RegExp(`^${atoms.join("")}$`);
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * An include list (`paths`, `branches`): patterns in order, `!` ones negating; the last
 * pattern that matches decides. A list of only negations matches nothing.
 */
export class FilterList {
  private readonly patterns: Array<{ negated: boolean; regexp: RegExp }>;
  constructor(readonly source: readonly string[]) {
    this.patterns = source.map((p) => (p.startsWith("!") ? { negated: true, regexp: filterPatternRegExp(p.slice(1)) } : { negated: false, regexp: filterPatternRegExp(p) }));
  }
  /** The pattern that decides for `value`, or null when none matches. */
  decidingPattern(value: string): { pattern: string; included: boolean } | null {
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      if (this.patterns[i].regexp.test(value)) return { pattern: this.source[i], included: !this.patterns[i].negated };
    }
    return null;
  }
  includes(value: string): boolean {
    return this.decidingPattern(value)?.included ?? false;
  }
}

/** GitHub's pair of filters for one kind of value: `paths`/`paths-ignore` or `branches`/`branches-ignore`. */
export interface FilterPair {
  include?: readonly string[];
  ignore?: readonly string[];
}

export type CompiledFilter = (value: string) => { passes: boolean; pattern?: string };

/**
 * Whether a value passes the filter, and which pattern decided. GitHub allows only one of the
 * two keys per event; with neither, everything passes (`pattern` is then undefined).
 */
export function compileFilter(filter: FilterPair): CompiledFilter {
  if (filter.include) {
    const list = new FilterList(filter.include);
    return (value) => {
      const decided = list.decidingPattern(value);
      return decided ? { passes: decided.included, pattern: decided.pattern } : { passes: false };
    };
  }
  if (filter.ignore) {
    // ignore lists may use `!` too: a later negation re-includes
    const list = new FilterList(filter.ignore);
    return (value) => {
      const decided = list.decidingPattern(value);
      return decided?.included ? { passes: false, pattern: decided.pattern } : { passes: true, ...(decided ? { pattern: decided.pattern } : {}) };
    };
  }
  return () => ({ passes: true });
}

/** Why a filter pattern cannot be used, or null. Shown with the workflow file it came from. */
export function filterPatternProblem(pattern: string): string | null {
  if (pattern.trim() === "") return "is empty";
  try {
    filterPatternRegExp(pattern.replace(/^!/, ""));
  } catch {
    return "is not a valid filter pattern";
  }
  return null;
}
