/** The engine's inputs and its one result tree. Everything a person sees is rendered from a Decision. */
import type { ApprovalRule } from "../policy/schema.js";
import type { DiscoveredFacts, TargetOrigin } from "./shipping.js";

/** One changed file, as GitHub's "list pull request files" describes it. */
export interface ChangedFile {
  path: string;
  /** added, removed, modified, renamed, copied, changed, unchanged */
  status?: string;
  additions?: number;
  deletions?: number;
  /** For renames: the path before the change. It counts too. */
  previousPath?: string;
}

export interface PullRequestChange {
  files: readonly ChangedFile[];
  /** The PR's base branch; targets with `branches` apply only when it matches. Unknown: they apply. */
  baseBranch?: string;
  /** How many files the PR really changes. More than `files.length` means the list is truncated. */
  totalFiles?: number;
  /** Where the policy lives; a change to it is always the highest tier. */
  policyPath?: string;
  /**
   * Every other file of this repository the policy is assembled from (an `_extends` chain within
   * the repository): a change to any of them is a change to the policy, so the highest tier too.
   */
  policyPaths?: readonly string[];
  /**
   * The list stopped at GitHub's cap (3,000 files): there may be more than `totalFiles` says,
   * since GitHub's count can lag behind a push. Treated as truncated.
   */
  listCapped?: boolean;
  /** CODEOWNERS from the base branch; null: none of its locations has one; undefined: not read */
  codeOwners?: CodeOwnersFile | null;
  /** Targets the repository itself declares (deploy workflows, workspace dependencies), read at the base commit. */
  discovered?: DiscoveredFacts;
}

export type ReasonKind = "rule" | "target" | "sandbox" | "default" | "policy-file" | "workflow";

/** Why a file has its tier. */
export interface Reason {
  kind: ReasonKind;
  /** rule, target or sandbox name; for default, policy-file and workflow, a short label */
  name: string;
  tier: string;
  environment?: string;
  /** set when the reason came from a renamed file's previous path */
  viaPreviousPath?: string;
  /** a rule with `precedence: set`: it sets the file's tier, even below these reasons */
  precedence?: "set";
  /** what a `set` rule overrode: the reasons that would have given the file a higher tier */
  overrides?: Array<{ kind: ReasonKind; name: string; tier: string }>;
  /** a target's tier raised past its `size` */
  sizedUp?: SizedUp;
  /** a target discovered in a workflow: where */
  origin?: TargetOrigin;
  /** a target reached through workspace dependencies: the packages, the target's first */
  route?: string[];
  /** a discovered target without path filters: every file ships to it */
  everyFile?: boolean;
}

/** A target that took a higher tier past its `size`. */
export interface SizedUp {
  /** the target's own tier */
  from: string;
  /** e.g. "712 changed lines in its files (more than 400)" */
  description: string;
}

export interface FileDecision {
  path: string;
  previousPath?: string;
  status?: string;
  tier: string;
  /** The reasons that set `tier` come first. */
  reasons: Reason[];
  /** the `never_ship` glob that keeps this file out of every target */
  neverShip?: string;
}

export interface TargetTouched {
  name: string;
  environment: string;
  /** the target's tier for this pull request (raised past its `size`) */
  tier: string;
  /** the files that lie in the target itself */
  files: string[];
  /** files of the target a `set` rule gave another tier: they count for neither `size` nor escalations */
  lowered?: string[];
  sizedUp?: SizedUp;
  /** the files that reach it only through a workspace dependency, with the route */
  throughDependency?: Array<{ path: string; route: string[] }>;
  /** discovered in a workflow: where */
  origin?: TargetOrigin;
  /** a discovered target without path filters: every file ships to it */
  everyFile?: boolean;
}

export interface SandboxUse {
  name: string;
  files: string[];
  changedLines: number | null;
  maxChangedLines?: number;
  /** false when over its line budget (or the budget cannot be checked) */
  counts: boolean;
  note?: string;
}

export interface Escalation {
  /** e.g. "targets_over: 2" */
  condition: string;
  description: string;
  tier: string;
  /** what an escalation's scoped conditions counted: the targets by name, the files by count */
  counted?: { targets?: string[]; files?: number; lines?: number | null };
}

export interface ApprovalRequirement extends ApprovalRule {
  /** e.g. `tier high` or `sandbox playground` */
  source: string;
  /** with `code_owners: true`: the owner groups that must each approve */
  codeOwners?: CodeOwnersNeed;
}

/** CODEOWNERS as read from the base branch: the first of its three locations that exists. */
export interface CodeOwnersFile {
  path: string;
  text: string;
}

/** Whose approval `code_owners: true` asks for, from CODEOWNERS (src/engine/owner-approvals.ts). */
export interface CodeOwnersNeed {
  /** the CODEOWNERS file read, or null when none was found */
  source: string | null;
  /** the files at this tier or above need their owners' approval */
  tier: string;
  /** each distinct set of owners and its files; one approval from any owner covers the group */
  groups: Array<{ owners: string[]; files: string[]; lines: number[] }>;
  /** files at the tier or above that no CODEOWNERS line owns (or a line without owners) */
  unowned: string[];
  /** why CODEOWNERS cannot be used ("line 3: ..."): the check fails closed */
  problems: string[];
}

export interface Decision {
  tier: string;
  tiers: string[];
  sandboxed: boolean;
  labels: string[];
  targets: TargetTouched[];
  files: FileDecision[];
  escalations: Escalation[];
  sandboxes: SandboxUse[];
  /** null: this tier needs no approval */
  approvals: ApprovalRequirement | null;
  mode: "enforce" | "report";
  truncated: boolean;
  totals: { files: number; listedFiles: number; changedLines: number | null };
  baseBranch?: string;
  notes: string[];
}
