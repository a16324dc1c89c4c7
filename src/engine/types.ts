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
  /** a target discovered in a workflow: where */
  origin?: TargetOrigin;
  /** a target reached through workspace dependencies: the packages, the target's first */
  route?: string[];
  /** a discovered target without path filters: every file ships to it */
  everyFile?: boolean;
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
  tier: string;
  /** the files that lie in the target itself */
  files: string[];
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
}

export interface ApprovalRequirement extends ApprovalRule {
  /** e.g. `tier high` or `sandbox playground` */
  source: string;
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
