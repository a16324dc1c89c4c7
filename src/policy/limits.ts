/**
 * How big a policy may be. Anyone who can push a branch can write the policy a pull request into
 * that branch is judged by, so every cost of loading and evaluating a policy must be bounded by
 * these numbers, not by the author's good will. docs/configuration.md ("Limits") lists them.
 */

/** One policy file's size in bytes (UTF-8): 1 MiB. */
export const MAX_POLICY_BYTES = 1_048_576;
/** YAML aliases (`*name`) in one file. */
export const MAX_ALIASES = 100;
/** Values (mappings, lists, scalars) in one file once its aliases are expanded. */
export const MAX_VALUES = 100_000;

export const MAX_TIERS = 20;
export const MAX_RULES = 2_000;
export const MAX_TARGETS = 1_000;
export const MAX_SANDBOXES = 1_000;
export const MAX_ESCALATIONS = 100;
/** Globs in one `paths`, `exclude` or `branches` list. */
export const MAX_GLOBS_PER_LIST = 500;
/** Globs in `paths` and `exclude` over the whole policy. */
export const MAX_GLOBS = 2_500;
/** Patterns one glob may expand to through braces (`{a,b}`, `{1..9}`). */
export const MAX_BRACE_EXPANSIONS = 1_000;
/** Patterns all globs of the policy expand to together. */
export const MAX_PATTERNS = 5_000;
/**
 * Matching work one evaluation may do, in characters of paths tested against patterns (a pattern
 * test costs the path's length) plus substring lookups of the glob index. Far above any real
 * policy (1,000 rules against 3,000 files need about a hundredth of it) and reached in well under a
 * second by the costliest policy within the limits above; past it the pull request fails closed.
 */
export const MAX_MATCH_WORK = 50_000_000;
/** Teams and users in one `from` or `by` list. */
export const MAX_APPROVERS = 100;
/** Names (rules, targets, sandboxes, escalations) and environments, in characters. */
export const MAX_NAME_LENGTH = 100;
/** Descriptions, in characters. */
export const MAX_DESCRIPTION_LENGTH = 1_000;

/**
 * `1,048,576`: numbers in messages read as people write them. The same as
 * `toLocaleString("en-US")` for the integers it is given, without initialising ICU, which costs
 * every CLI run some 15 ms at start-up (the schema formats its limits when it is built).
 */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Mappings and lists nested in one another; a policy needs 5 levels. */
export const MAX_DEPTH = 20;

/**
 * Whether `value` stays within MAX_VALUES once shared references (what aliases parse to) are
 * counted as copies, and within MAX_DEPTH. Each distinct mapping or list is walked once (its size
 * is remembered), so this costs the size of the document, never of its expansion, and stops as
 * soon as a limit is passed. A cycle (a recursive alias) is too big.
 *
 * `mayShare` false says the value comes from a text without anchors (`&name`), so nothing in it is
 * shared and nothing cycles: then it is a plain count, without remembering each mapping and list
 * (several times cheaper on a large policy, and this runs on every load).
 */
export function measureValue(value: unknown, mayShare = true): "ok" | "too many values" | "too deep" {
  const sizes = mayShare ? new Map<object, number>() : undefined;
  const walking = mayShare ? new Set<object>() : undefined;
  let tooDeep = false;
  const size = (v: unknown, depth: number): number => {
    if (v === null || typeof v !== "object") return 1;
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return Infinity;
    }
    const known = sizes?.get(v);
    if (known !== undefined) return known;
    if (walking?.has(v)) return Infinity;
    walking?.add(v);
    let total = 1;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && total <= MAX_VALUES; i++) total += size(v[i], depth + 1);
    } else {
      // for-in, not Object.values: no array per mapping (a parsed mapping's keys are its own)
      for (const key in v) {
        total += size((v as Record<string, unknown>)[key], depth + 1);
        if (total > MAX_VALUES) break;
      }
    }
    walking?.delete(v);
    sizes?.set(v, total);
    return total;
  };
  const total = size(value, 1);
  return tooDeep ? "too deep" : total > MAX_VALUES ? "too many values" : "ok";
}
