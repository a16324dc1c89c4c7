/**
 * Turns policy YAML into a validated Policy, or into a list of problems that each name the
 * file, line, column and key path. Nothing here throws on bad input; nothing prints a stack.
 */
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from "yaml";
import type * as z from "./zod.js";
import { parseApprover } from "../engine/approvals.js";
import { filterPatternProblem } from "../discover/path-filter.js";
import { braceExpansionCount, globProblem } from "../engine/glob.js";
import { visible } from "../render/escape.js";
import { formatCount, MAX_ALIASES, MAX_BRACE_EXPANSIONS, MAX_DEPTH, MAX_GLOBS, MAX_PATTERNS, MAX_POLICY_BYTES, MAX_VALUES, measureValue } from "./limits.js";
import { checkDiscoverMeaning } from "./discover-meaning.js";
import { closest } from "./suggest.js";
import { policySchema, type ApprovalRule, type Policy } from "./schema.js";

/** One file's text. When a policy is assembled from several files, the first one wins per top-level key. */
export interface PolicySource {
  path: string;
  text: string;
}

export interface PolicyProblem {
  file: string;
  line: number;
  column: number;
  /** e.g. `rules[0].tier`; empty for the whole document */
  keyPath: string;
  message: string;
}

export type PolicyLoadResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** One line per problem, whatever the policy's keys and values hold (they are quoted in messages). */
export function formatProblem(p: PolicyProblem): string {
  return visible(`${p.file}:${p.line}:${p.column}: ${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`);
}

/** Thrown by the shells' convenience wrappers; carries every problem. */
export class PolicyError extends Error {
  constructor(readonly problems: PolicyProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "PolicyError";
  }
}

type PathSegment = string | number;

export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

interface ParsedSource {
  source: PolicySource;
  doc: Document;
  lines: LineCounter;
  value: Record<string, unknown>;
}

function position(parsed: ParsedSource, offset: number): { line: number; column: number } {
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}

/** Where a key path is in the document: the key itself when asked, else its value, else the nearest ancestor. */
function locate(parsed: ParsedSource, path: readonly PathSegment[], atKey = false): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    if (atKey && depth === path.length && depth > 0) {
      const parent = sub.length > 1 ? parsed.doc.getIn(sub.slice(0, -1), true) : parsed.doc.contents;
      if (isMap(parent)) {
        // String(): YAML may read a key like `1:` as a number
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(sub[sub.length - 1]));
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return position(parsed, keyNode.range[0]);
      }
    }
    const node = (depth === 0 ? parsed.doc.contents : parsed.doc.getIn(sub, true)) as Node | null | undefined;
    if (node && typeof node === "object" && "range" in node && node.range) return position(parsed, node.range[0]);
  }
  return { line: 1, column: 1 };
}

const TOO_MANY_ALIASES = `too many aliases: a policy may use at most ${MAX_ALIASES} aliases (\`*name\`)`;

/** Why a policy text is too big to parse at all, or null. */
function sizeProblem(text: string): string | null {
  // a UTF-8 character is at most 3 bytes per UTF-16 unit: only long texts need counting
  if (text.length * 3 <= MAX_POLICY_BYTES) return null;
  const bytes = Buffer.byteLength(text, "utf8");
  return bytes > MAX_POLICY_BYTES ? `the policy file is ${formatCount(bytes)} bytes; a policy may be at most ${formatCount(MAX_POLICY_BYTES)} bytes (1 MiB)` : null;
}

function parseSource(source: PolicySource, problems: PolicyProblem[]): ParsedSource | null {
  const tooBig = sizeProblem(source.text);
  if (tooBig) {
    problems.push({ file: source.path, line: 1, column: 1, keyPath: "", message: tooBig });
    return null;
  }
  const lines = new LineCounter();
  const excessAliasAt = quickParse(source.text).excessAliasAt;
  if (excessAliasAt !== undefined) {
    // found by the quick parse: a large document need not be parsed again, with positions, to say so
    const before = source.text.slice(0, excessAliasAt);
    const line = before.split("\n").length;
    problems.push({ file: source.path, line, column: excessAliasAt - before.lastIndexOf("\n"), keyPath: "", message: TOO_MANY_ALIASES });
    return null;
  }
  const doc = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problemAt = (node: Node | undefined, message: string) => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    problems.push({ file: source.path, line, column: col, keyPath: "", message });
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      problems.push({ file: source.path, line, column: col, keyPath: "", message: `invalid YAML: ${message}` });
    }
    return null;
  }
  const aliases = aliasesOf(doc);
  if (aliases.length > MAX_ALIASES) {
    problemAt(aliases[MAX_ALIASES], TOO_MANY_ALIASES);
    return null;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // aliases: unresolved, or so many that they look like a "billion laughs" document
    problemAt(aliases.find((alias) => !alias.resolve(doc)) ?? aliases[0], `invalid YAML: ${(error as Error).message}`);
    return null;
  }
  const measured = measureValue(value);
  if (measured === "too many values") {
    problemAt(aliases[0], `the policy holds more than ${formatCount(MAX_VALUES)} values${aliases.length ? " once its aliases are expanded" : ""}`);
    return null;
  }
  if (measured === "too deep") {
    problemAt(undefined, `the policy nests mappings and lists more than ${MAX_DEPTH} levels deep`);
    return null;
  }
  if (value === null || value === undefined) {
    problems.push({ file: source.path, line: 1, column: 1, keyPath: "", message: "the policy is empty: it needs at least `version: 1`" });
    return null;
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    problems.push({ file: source.path, line: 1, column: 1, keyPath: "", message: "the policy must be a mapping of keys (like `version: 1`)" });
    return null;
  }
  return { source, doc, lines, value: value as Record<string, unknown> };
}

/** Every alias node of the document, in order. */
function aliasesOf(doc: Document): Alias[] {
  const aliases: Alias[] = [];
  visit(doc, {
    Alias(_, alias) {
      aliases.push(alias);
    },
  });
  return aliases;
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const seg of path) {
    // own keys only: a key path may name `constructor` or `toString`
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, seg)) return undefined;
    current = (current as Record<string | number, unknown>)[seg];
  }
  return current;
}

/** The zod schema at a key path, to list the valid keys for a suggestion. */
function schemaAt(path: readonly PropertyKey[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = policySchema;
  for (const seg of path) {
    schema = unwrap(schema);
    const def = (schema as unknown as { def: Record<string, unknown> } | undefined)?.def;
    if (!def) return undefined;
    if (def.type === "object") schema = Object.hasOwn(def.shape as object, String(seg)) ? (def.shape as Record<string, z.ZodType>)[String(seg)] : undefined;
    else if (def.type === "array") schema = def.element as z.ZodType;
    else if (def.type === "record") schema = def.valueType as z.ZodType;
    else return undefined;
  }
  return unwrap(schema);
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (;;) {
    const def = (current as unknown as { def?: { type: string; innerType?: z.ZodType } } | undefined)?.def;
    if (def && (def.type === "default" || def.type === "optional" || def.type === "nullable" || def.type === "prefault") && def.innerType) {
      current = def.innerType;
    } else return current;
  }
}

function validKeysAt(path: readonly PropertyKey[]): string[] {
  const def = (schemaAt(path) as unknown as { def?: { type: string; shape?: Record<string, unknown> } } | undefined)?.def;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/**
 * Validates one policy assembled from `sources` (the first file wins per top-level key, as
 * Probot's config loader merges `_extends` and the organisation default).
 */
export function loadPolicy(sources: readonly PolicySource[]): PolicyLoadResult {
  const policy = loadValidPolicyQuickly(sources);
  return policy ? { ok: true, policy } : loadPolicyWithPositions(sources);
}

/**
 * Parses YAML without positions (js-yaml, several times faster than building the positioned
 * document): the happy path. YAML 1.2 core schema, as `yaml` uses, so both read the same values.
 * Returns undefined on any syntax problem or past a size limit (see limits.ts); the positioned
 * parse then reports it. Memoised for the
 * few texts a process sees, so the GitHub layer and the loader share one parse of a large policy.
 */
export function parseYamlQuickly(text: string): unknown {
  return quickParse(text).value;
}

/** The quick parse, and where it found one alias too many (the positioned parse need not run then). */
function quickParse(text: string): QuickParse {
  const cached = quickParses.get(text);
  if (cached) return cached;
  const parse: QuickParse = { value: undefined };
  try {
    // the same limits as the positioned path, checked before anything walks the value
    const value = sizeProblem(text) ? undefined : loadYaml(text, { schema: CORE_SCHEMA, maxAliases: MAX_ALIASES });
    // without an anchor (`&name`) there is no alias, so nothing in the value is shared
    if (measureValue(value, text.includes("&")) === "ok") parse.value = value;
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { position: number } };
    // js-yaml points at the alias's name, just after its `*`
    if (reason?.startsWith("aliases exceeded maxAliases") && mark) parse.excessAliasAt = Math.max(0, mark.position - 1);
  }
  if (quickParses.size >= 8) quickParses.delete(quickParses.keys().next().value!);
  quickParses.set(text, parse);
  return parse;
}
interface QuickParse {
  value: unknown;
  excessAliasAt?: number;
}
const quickParses = new Map<string, QuickParse>();

/** The policy when every source is valid, else null: then the slow path explains what is wrong. */
function loadValidPolicyQuickly(sources: readonly PolicySource[]): Policy | null {
  const entries: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const value = parseYamlQuickly(source.text);
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    for (const [key, v] of Object.entries(value)) {
      if (!seen.has(key)) {
        seen.add(key);
        entries.push([key, v]);
      }
    }
  }
  const merged: Record<string, unknown> = Object.fromEntries(entries);
  const result = policySchema.safeParse(merged);
  if (!result.success) return null;
  let valid = true;
  checkMeaning(result.data, merged, () => (valid = false));
  return valid ? result.data : null;
}

/** The authoritative path: a positioned parse, so every problem names its line and column. */
function loadPolicyWithPositions(sources: readonly PolicySource[]): PolicyLoadResult {
  const problems: PolicyProblem[] = [];
  const parsed = sources.map((s) => parseSource(s, problems));
  if (problems.length > 0) return { ok: false, problems };
  const docs = parsed as ParsedSource[];
  if (docs.length === 0) throw new Error("loadPolicy needs at least one source");

  const entries: [string, unknown][] = [];
  const origin = new Map<string, ParsedSource>();
  for (const doc of docs) {
    for (const [key, value] of Object.entries(doc.value)) {
      if (!origin.has(key)) {
        origin.set(key, doc);
        entries.push([key, value]);
      }
    }
  }
  // fromEntries, not assignment: a `__proto__` key must stay an (unknown) key, not become a prototype
  const merged: Record<string, unknown> = Object.fromEntries(entries);
  const owner = (path: readonly PropertyKey[]) => origin.get(String(path[0])) ?? docs[0];
  const report = (path: readonly PathSegment[], message: string, atKey = false) => {
    const doc = owner(path);
    problems.push({ file: doc.source.path, ...locate(doc, path, atKey), keyPath: formatKeyPath(path), message });
  };

  const result = policySchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
      if (issue.code === "unrecognized_keys") {
        const valid = validKeysAt(path);
        for (const key of issue.keys) {
          const guess = closest(key, valid);
          const hint = guess ? `; did you mean "${guess}"?` : valid.length ? ` (valid keys: ${valid.join(", ")})` : "";
          report([...path, key], `unknown key "${key}"${hint}`, true);
        }
      } else if ((issue.code === "invalid_type" || issue.code === "invalid_value") && path.length > 0 && valueAt(merged, path) === undefined) {
        report(path, `missing required key "${String(path[path.length - 1])}"`);
      } else {
        report(path, issue.message.replace(/^Invalid (input|option): /, ""));
      }
    }
    checkMeaningOfValidParts(merged, result.error.issues, report);
    return { ok: false, problems };
  }

  checkMeaning(result.data, merged, report);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, policy: result.data };
}

type Report = (path: PathSegment[], message: string, atKey?: boolean) => void;

/**
 * Every problem at once: when the schema rejects some top-level keys, the meaning checks still
 * run over the keys it accepted (the rejected ones take their defaults and are not re-reported).
 * Without valid `tiers`, tier references cannot be judged, so then nothing more is said.
 */
function checkMeaningOfValidParts(merged: Record<string, unknown>, issues: readonly { path: PropertyKey[] }[], report: Report): void {
  const rejected = new Set(issues.map((i) => String(i.path[0] ?? "")));
  if (rejected.has("tiers") || rejected.has("")) return;
  const shape = policySchema.shape;
  const partial: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as Array<keyof typeof shape>) {
    if (rejected.has(key)) continue;
    partial[key] = key === "version" ? 1 : merged[key];
  }
  const repaired = policySchema.safeParse(partial);
  if (!repaired.success) return; // a default that cannot stand in: say no more than the schema did
  checkMeaning(repaired.data, merged, (path, message, atKey) => {
    if (!rejected.has(String(path[0]))) report(path, message, atKey);
  });
}

const LOGIN = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const TEAM = new RegExp(`^@${LOGIN}/[A-Za-z0-9._-]+$`);
const USER = new RegExp(`^${LOGIN}(?:\\[bot\\])?$`);

/** Why an approver entry is neither `@org/team-slug` nor a plain user login, or null. */
function approverProblem(entry: string): string | null {
  if (TEAM.test(entry) || USER.test(entry)) return null;
  // `@seniors` reads like a team but names no organisation; GitHub would take it for a user
  const bare = /^@([A-Za-z0-9._-]+)$/.exec(entry);
  if (bare) return `"${entry}" names a team without its organisation: write "@<org>/${bare[1]}" for the team, or "${bare[1]}" (without @) for the user`;
  return `"${entry}" is neither a team (@org/team-slug) nor a user login`;
}

/** What the schema cannot say: references between keys, unique names, usable globs. */
function checkMeaning(policy: Policy, written: Record<string, unknown>, report: Report): void {
  const tiers = new Set(policy.tiers);
  const seenTiers = new Set<string>();
  policy.tiers.forEach((tier, i) => {
    if (seenTiers.has(tier)) report(["tiers", i], `tier "${tier}" is listed twice`);
    seenTiers.add(tier);
  });
  const checkTier = (path: PathSegment[], tier: string, atKey = false) => {
    if (tiers.has(tier)) return;
    const guess = closest(tier, policy.tiers);
    report(path, `unknown tier "${tier}" (tiers are ${policy.tiers.join(", ")})${guess ? `; did you mean "${guess}"?` : ""}`, atKey);
  };
  if ("default_tier" in written) checkTier(["default_tier"], policy.default_tier);
  else if (!tiers.has(policy.default_tier)) {
    // point at what the author wrote: the tiers that left the implicit default undefined
    report(["tiers"], `default_tier is not set and its default "${policy.default_tier}" is not one of these tiers; set default_tier to one of ${policy.tiers.join(", ")}`);
  }
  // the keys as written: a parsed record would hide a `__proto__` key in its prototype
  const writtenApprovals = written.approvals;
  const approvalTiers = writtenApprovals && typeof writtenApprovals === "object" ? Object.keys(writtenApprovals) : Object.keys(policy.approvals);
  for (const tier of approvalTiers) checkTier(["approvals", tier], tier, true);

  // Totals over the whole policy, each reported once, where it is passed. Brace expansions are
  // counted only up to what is left of the budget, so checking costs no more than the limit.
  let globCount = 0;
  let patternCount = 0;
  const checkGlobs = (path: PathSegment[], globs: readonly string[] | undefined) =>
    globs?.forEach((glob, i) => {
      if (++globCount === MAX_GLOBS + 1) report([...path, i], `the policy lists more than ${formatCount(MAX_GLOBS)} globs in paths and exclude`);
      const problem = globProblem(glob);
      if (problem) report([...path, i], `invalid glob "${glob}": ${problem}`);
      else countPatterns([...path, i], glob);
    });
  const countPatterns = (path: PathSegment[], glob: string) => {
    if (patternCount > MAX_PATTERNS) return;
    // a glob without braces is one pattern: no need to run the brace expander on it, cold, at every load
    const count = glob.includes("{") ? braceExpansionCount(glob, Math.min(MAX_BRACE_EXPANSIONS, MAX_PATTERNS - patternCount) + 1) : 1;
    patternCount += count;
    if (count > MAX_BRACE_EXPANSIONS) {
      report(path, `invalid glob "${glob}": expands to more than ${formatCount(MAX_BRACE_EXPANSIONS)} patterns through its braces; list fewer alternatives or use a wildcard`);
    } else if (patternCount > MAX_PATTERNS) {
      report(path, `the policy's globs expand to more than ${formatCount(MAX_PATTERNS)} patterns through their braces`);
    }
  };
  const checkApprovers = (path: PathSegment[], who: readonly string[] | undefined) =>
    who?.forEach((entry, i) => {
      const problem = approverProblem(entry);
      if (problem) report([...path, i], problem);
    });

  for (const listKey of ["rules", "targets", "sandboxes"] as const) {
    const names = new Map<string, number>();
    policy[listKey].forEach((entry, i) => {
      const first = names.get(entry.name);
      if (first !== undefined) report([listKey, i, "name"], `duplicate name "${entry.name}" (also ${listKey}[${first}])`);
      else names.set(entry.name, i);
      checkGlobs([listKey, i, "paths"], entry.paths);
      checkGlobs([listKey, i, "exclude"], entry.exclude);
      if ("tier" in entry) checkTier([listKey, i, "tier"], entry.tier);
    });
  }
  policy.targets.forEach((target, i) => {
    // as GitHub: a `branches` list of exclusions only would match no branch at all
    if (target.branches?.every((b) => b.startsWith("!"))) {
      report(["targets", i, "branches"], "lists only '!' patterns, so it matches no branch: add the branches it ships from first (e.g. \"**\", then \"!prod\"), or use branches_ignore");
    }
    if (target.size) checkTier(["targets", i, "size", "tier"], target.size.tier);
    for (const key of ["branches", "branches_ignore"] as const) {
      target[key]?.forEach((b, j) => {
        const problem = b === "!" ? "is empty after '!'" : filterPatternProblem(b);
        if (problem) report(["targets", i, key, j], `invalid branch pattern "${b}": ${problem}`);
      });
    }
  });
  // a requirement only named users can meet, asking for more of them than are listed, blocks forever
  const checkSatisfiable = (path: PathSegment[], rule: ApprovalRule | undefined) => {
    if (!rule?.from || rule.from.some((entry) => "team" in parseApprover(entry))) return;
    const users = new Set(rule.from.map((entry) => entry.replace(/^@/, "").toLowerCase()));
    if (rule.count > users.size) report([...path, "count"], `needs ${rule.count} approvals but \`from\` lists only ${users.size} user${users.size === 1 ? "" : "s"} and no team, so it can never be met`);
  };
  policy.sandboxes.forEach((sandbox, i) => {
    checkApprovers(["sandboxes", i, "approvals", "from"], sandbox.approvals?.from);
    checkSatisfiable(["sandboxes", i, "approvals"], sandbox.approvals);
  });
  policy.escalate.forEach((escalation, i) => {
    checkTier(["escalate", i, "tier"], escalation.tier);
    const { targets, files } = escalation.only ?? {};
    if (targets?.min_tier !== undefined) checkTier(["escalate", i, "only", "targets", "min_tier"], targets.min_tier);
    if (files?.min_tier !== undefined) checkTier(["escalate", i, "only", "files", "min_tier"], files.min_tier);
    // a limit on a measure no condition uses would read as if it did something
    if (targets && escalation.when.targets_over === undefined) report(["escalate", i, "only", "targets"], "limits which targets count, but the entry has no targets_over");
    if (files && escalation.when.changed_files_over === undefined && escalation.when.changed_lines_over === undefined) {
      report(["escalate", i, "only", "files"], "limits which files count, but the entry has neither changed_files_over nor changed_lines_over");
    }
  });
  for (const [tier, rule] of Object.entries(policy.approvals)) {
    checkApprovers(["approvals", tier, "from"], rule.from);
    checkSatisfiable(["approvals", tier], rule);
  }
  if (policy.override) checkApprovers(["override", "by"], policy.override.by);
  checkDiscoverMeaning(policy, { checkTier, checkGlobs, report });
}
