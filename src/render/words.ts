/**
 * The words people read, once: plural forms, reason phrases, approval phrases. Markdown and the
 * terminal differ only in how a name or a path is shown (a `Style`), never in what is said.
 */
import type { CodeOwnersNeed, Reason, SizedUp, TargetTouched } from "../engine/types.js";
import { visible } from "./escape.js";
import { environmentText, targetReasonDetails } from "./shipping.js";

/** How a view shows the values inside a phrase. */
export interface Style {
  /** a rule, target or sandbox name */
  name(value: string): string;
  /** free text from the policy (an environment) */
  text(value: string): string;
  /** a path */
  path(value: string): string;
  /** "no rule matches" is followed by this: how the view names `default_tier` */
  defaultTier: string;
  arrow: string;
}

/** The terminal: values as they are, control characters written out. */
export const plainStyle: Style = { name: visible, text: visible, path: visible, defaultTier: " (default_tier)", arrow: "->" };

/** "1 file", "3 files"; `many` for irregular plurals. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "@a", "@a or @b", "@a, @b or @c" */
export function either(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

const KIND_WORD: Record<string, string> = { rule: "rule", target: "target", sandbox: "sandbox" };

/** "target payments (high)", as an overridden reason is named. */
function overriddenPhrase(o: { kind: string; name: string; tier: string }, style: Style): string {
  return KIND_WORD[o.kind] ? `${KIND_WORD[o.kind]} ${style.name(o.name)} (${o.tier})` : `${o.kind} (${o.tier})`;
}

export function sizedUpPhrase(sized: SizedUp, tier: string): string {
  return `${tier} past its size: ${sized.description}; its own tier is ${sized.from}`;
}

/** Why a file has a tier, in one phrase. */
export function reasonPhrase(reason: Reason, style: Style): string {
  const via = reason.viaPreviousPath ? ` (previous path ${style.path(reason.viaPreviousPath)})` : "";
  switch (reason.kind) {
    case "rule":
      if (reason.precedence === "set") {
        const overriding = reason.overrides?.length ? `, overriding ${reason.overrides.map((o) => overriddenPhrase(o, style)).join(", ")}` : "";
        return `tier set to ${reason.tier} by rule ${style.name(reason.name)}${overriding}${via}`;
      }
      return `rule ${style.name(reason.name)}${via}`;
    case "target": {
      const sized = reason.sizedUp ? ` (${sizedUpPhrase(reason.sizedUp, reason.tier)})` : "";
      const environment = style.text(environmentText(reason.environment ?? "", reason.origin));
      return `target ${style.name(reason.name)} ${style.arrow} ${environment}${sized}${via}${style.text(targetReasonDetails(reason))}`;
    }
    case "sandbox":
      return `sandbox ${style.name(reason.name)}${via}`;
    case "policy-file":
      return `the policy file itself${via}`;
    case "workflow":
      return `a GitHub Actions workflow (always the highest tier)${via}`;
    case "default":
      return `no rule matches${via}${style.defaultTier}`;
  }
}

/** A touched target's tier for this pull request: "critical (past its size: ...; its own tier is high)". */
export function targetTier(target: TargetTouched): string {
  return target.sizedUp ? `${target.tier} (${sizedUpPhrase(target.sizedUp, target.tier).replace(/^\S+ /, "")})` : target.tier;
}

/** "; set to another tier by a rule, so not counted: a.yaml" */
export function loweredNote(target: TargetTouched, path: (p: string) => string): string {
  const lowered = target.lowered ?? [];
  return lowered.length ? `; given another tier by a \`set\` rule, so not counted for its size or escalations: ${lowered.map(path).join(", ")}` : "";
}

/** " from @a or @b"; empty when anyone may approve. */
export function fromApprovers(from: readonly string[] | undefined): string {
  if (!from || from.length === 0) return "";
  return ` from ${either(from.map((f) => (f.startsWith("@") ? f : `@${f}`)))}`;
}

/** "2 approvals from @acme/seniors" */
export function approvalsPhrase(count: number, from: readonly string[] | undefined, more = false): string {
  return `${plural(count, more ? "more approval" : "approval", more ? "more approvals" : "approvals")}${fromApprovers(from)}`;
}

/** "a code owner's approval from @acme/payments and from @bob or @carol" */
export function codeOwnersPhrase(groups: ReadonlyArray<{ owners: readonly string[] }>): string {
  return `a code owner's approval from ${groups.map((g) => either(g.owners)).join(" and from ")}`;
}

export interface OwnerGroupView {
  owners: readonly string[];
  files: readonly string[];
  approvedBy?: readonly string[];
  unknown?: ReadonlyArray<{ login: string; teams: readonly string[] }>;
  emailOwners?: readonly string[];
}

/** One line per owner group, then the unowned files and what cannot be used: the code-owner part of every view. */
export function codeOwnersLines(need: CodeOwnersNeed, statuses: readonly OwnerGroupView[] | undefined, style: Style): string[] {
  const lines: string[] = [];
  const source = need.source ? style.path(need.source) : "CODEOWNERS";
  for (const problem of need.problems) lines.push(`${source} cannot be used, so no code owner can approve: ${style.text(problem)}`);
  if (need.problems.length) return lines;
  const groups: readonly OwnerGroupView[] = statuses ?? need.groups;
  for (const g of groups) {
    const files = g.files.slice(0, 5).map(style.path).join(", ") + (g.files.length > 5 ? ` and ${g.files.length - 5} more` : "");
    const state = !statuses ? "needs one of them" : g.approvedBy?.length ? `approved by ${g.approvedBy.map((l) => `@${l}`).join(", ")}` : "not approved yet";
    const email = g.emailOwners?.length ? ` (${g.emailOwners.join(", ")}: an e-mail owner cannot be matched to a GitHub login, so only the other owners can approve)` : "";
    const doubt = g.unknown?.length && !g.approvedBy?.length ? ` (${g.unknown.map((u) => `cannot tell whether @${u.login} is in ${either(u.teams.map((t) => `@${t}`))}`).join("; ")}: the token cannot read team membership)` : "";
    lines.push(`${either(g.owners.map(style.text))}: ${state}${doubt}${email} — ${plural(g.files.length, "file")}: ${files}`);
  }
  if (need.unowned.length) {
    lines.push(`No code owner (${plural(need.unowned.length, "file")} at ${need.tier} or above): ${need.unowned.slice(0, 10).map(style.path).join(", ")}${need.unowned.length > 10 ? ` and ${need.unowned.length - 10} more` : ""}`);
  }
  return lines;
}

/**
 * The sentences the engine puts into a decision (escalations, notes, sandbox and size notes):
 * the engine measures and fills them in, the words live here with every other phrase.
 */
export const decisionWords = {
  incompleteList: (listed: number, total: number) =>
    `${total > listed ? `GitHub listed ${listed} of ${total} changed files` : `GitHub listed ${listed} changed files, as many as it lists, so there may be more`}; files that cannot be seen cannot be judged, so the pull request takes the highest tier`,
  policyChanged: (paths: readonly string[]) => `${paths.join(", ")} changed; a pull request cannot loosen its own policy, so it takes the highest tier`,
  workflowChanged: (paths: readonly string[]) => `${paths.join(", ")} changed; a workflow can skip or replace the Blast Radius check, so it takes the highest tier`,
  /** "2 deploy targets touched in production (more than 1): payments, web" */
  measure: (value: number | null, noun: string, limit: number, named?: readonly string[]) => `${value ?? "unknown"} ${noun} (more than ${limit})${named ? `: ${named.join(", ")}` : ""}`,
  inEnvironments: (environments: readonly string[]) => `in ${environments.join(" or ")}`,
  atOrAbove: (tier: string) => `at ${tier} or above`,
  filesAtOrAbove: (tier: string) => `of files at ${tier} or above`,
  directOnly: "that a changed file lies in (not through a dependency)",
  withoutNeverShip: "leaving out never_ship files",
  escalationUnchecked: (index: number, condition: string) => `Line counts are unknown, so escalate[${index}] (${condition}) was not checked.`,
  targetFilesChanged: (count: number, limit: number) => `${count} of its files changed (more than ${limit})`,
  targetLinesChanged: (lines: number, limit: number) => `${lines} changed lines in its files (more than ${limit})`,
  sizeUnchecked: (target: string, limit: number | undefined) => `Line counts are unknown, so the size of target ${target} (changed_lines_over: ${limit}) was not checked.`,
  sandboxLinesUnknown: (limit: number) => `line counts are unknown, so its limit of ${limit} changed lines cannot be checked`,
  sandboxOverBudget: (lines: number, limit: number) => `${lines} changed lines is over its limit of ${limit}`,
  unknownBase: "The base branch is unknown, so every deploy target counts, whatever its `branches` or `branches_ignore`.",
  noFiles: "The pull request changes no files.",
};
