/**
 * Stage 6: the approval requirement. A sandboxed pull request needs its sandbox's own approvals
 * (the strictest when several: the highest count, then `from` over none), else the lowest tier's;
 * any other needs its tier's. `count: 0` needs nothing, unless code owners are asked for.
 */
import type { Policy } from "../policy/schema.js";
import type { Ranking } from "./file-tiers.js";
import { codeOwnersNeed } from "./owner-approvals.js";
import type { ApprovalRequirement, FileDecision, PullRequestChange, SandboxUse } from "./types.js";

/** `record[key]` only when `key` is the record's own: a tier named `toString` is not a function. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export interface RequirementInput {
  policy: Policy;
  tier: string;
  sandboxed: boolean;
  sandboxes: ReadonlyMap<string, SandboxUse>;
  files: readonly FileDecision[];
  codeOwners: PullRequestChange["codeOwners"];
  ranking: Ranking;
}

export function approvalRequirement(input: RequirementInput): ApprovalRequirement | null {
  const requirement = input.sandboxed ? sandboxRequirement(input) : tierRequirement(input.policy, input.tier);
  if (requirement?.code_owners) {
    const tier = input.sandboxed ? input.ranking.lowest : input.tier;
    return { ...requirement, codeOwners: codeOwnersNeed(input.codeOwners, input.files, tier, input.ranking) };
  }
  return requirement && requirement.count > 0 ? requirement : null;
}

function tierRequirement(policy: Policy, tier: string): ApprovalRequirement | null {
  const rule = own(policy.approvals, tier);
  return rule ? { ...rule, source: `tier ${tier}` } : null;
}

function sandboxRequirement({ policy, sandboxes, ranking }: RequirementInput): ApprovalRequirement | null {
  const strictest = policy.sandboxes
    .filter((s) => s.approvals && sandboxes.has(s.name))
    .map((s) => ({ ...s.approvals!, source: `sandbox ${s.name}` }))
    .sort((a, b) => b.count - a.count || (b.from ? 1 : 0) - (a.from ? 1 : 0));
  return strictest[0] ?? tierRequirement(policy, ranking.lowest);
}
