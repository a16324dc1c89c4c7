/**
 * CODEOWNERS, read the way GitHub reads it: the last matching line wins; patterns follow gitignore
 * with GitHub's documented exceptions (no `!` negation, no `[ ]` ranges, no `\#` escape: lines using
 * them are errors); a line without owners makes its files unowned; `docs/*` matches the files
 * directly in `docs/`, not nested ones. Pure: the GitHub layer finds the file (`.github/`, the root,
 * `docs/`: the first that exists) and hands its text here.
 */
import { Minimatch } from "minimatch";

export interface CodeOwnersRule {
  /** 1-based line in the file */
  line: number;
  pattern: string;
  /** `@user`, `@org/team` or an e-mail address, as written; empty: the files are unowned */
  owners: string[];
  matches(path: string): boolean;
}

export interface CodeOwnersProblem {
  line: number;
  column: number;
  message: string;
}

export type CodeOwnersParse = { ok: true; rules: CodeOwnersRule[] } | { ok: false; problems: CodeOwnersProblem[] };

/** The locations GitHub looks in, in its order: the first file found is the one that counts. */
export const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

const OWNER = /^(@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;
const MM = { dot: true, nocomment: true, nonegate: true, noext: true } as const;

export function parseCodeOwners(text: string): CodeOwnersParse {
  const rules: CodeOwnersRule[] = [];
  const problems: CodeOwnersProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\s+#.*$/, "").trim(); // a comment after the owners
    if (content === "" || content.startsWith("#")) return;
    const [pattern, ...owners] = content.split(/\s+/);
    const column = raw.indexOf(pattern) + 1;
    const problem = patternProblem(pattern);
    if (problem) return void problems.push({ line, column, message: `"${pattern}": ${problem}` });
    for (const owner of owners) {
      if (!OWNER.test(owner)) problems.push({ line, column: raw.indexOf(owner) + 1, message: `"${owner}" is not an owner (@user, @org/team or an e-mail address)` });
    }
    rules.push({ line, pattern, owners, matches: compile(pattern) });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rules };
}

function patternProblem(pattern: string): string | null {
  if (pattern.startsWith("!")) return "negation with '!' does not work in CODEOWNERS";
  if (pattern.startsWith("\\#")) return "escaping '#' with '\\' does not work in CODEOWNERS";
  if (/[[\]]/.test(pattern)) return "character ranges with '[ ]' do not work in CODEOWNERS";
  if (pattern.includes("\\")) return "contains a backslash: paths use '/'";
  return null;
}

/** A gitignore pattern as a path predicate, with CODEOWNERS' reading of a trailing `/*`. */
function compile(pattern: string): (path: string) => boolean {
  let p = pattern;
  const directoryOnly = p.endsWith("/");
  if (directoryOnly) p = p.slice(0, -1);
  // A slash at the start or in the middle anchors the pattern at the root; otherwise any depth.
  const anchored = p.includes("/");
  p = p.replace(/^\//, "");
  if (!anchored) p = `**/${p}`;
  const self = new Minimatch(p, MM);
  // `dir/*` owns the files directly in dir, not what lies deeper (GitHub documents this exception).
  const ownsBelow = !p.endsWith("/*");
  return (path) => {
    if (!directoryOnly && self.match(path)) return true;
    if (!ownsBelow && !directoryOnly) return false;
    // A matching directory owns everything below it.
    for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) {
      if (self.match(path.slice(0, slash))) return true;
    }
    return false;
  };
}

/** The rule that decides a path's owners (the last matching line), or null when no line matches. */
export function ownerRuleOf(rules: readonly CodeOwnersRule[], path: string): CodeOwnersRule | null {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i].matches(path)) return rules[i];
  return null;
}

/** One set of owners and the files it owns; `owners` empty: files nobody owns. */
export interface OwnerGroup {
  owners: string[];
  files: string[];
  /** the CODEOWNERS lines that gave these files their owners */
  lines: number[];
}

/**
 * Groups files by their owners: an approval from any one owner of a group covers all of its files,
 * as with GitHub's required code-owner review.
 */
export function ownerGroups(rules: readonly CodeOwnersRule[], paths: readonly string[]): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const path of paths) {
    const rule = ownerRuleOf(rules, path);
    const owners = rule ? [...rule.owners].sort((a, b) => a.localeCompare(b)) : [];
    const key = owners.map((o) => o.toLowerCase()).join(" ");
    const group = groups.get(key) ?? { owners, files: [], lines: [] };
    group.files.push(path);
    if (rule && !group.lines.includes(rule.line)) group.lines.push(rule.line);
    groups.set(key, group);
  }
  return [...groups.values()];
}
