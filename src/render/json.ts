/** The decision as plain JSON: `--format json`, and the Action's `report` output. */
import type { ApprovalStatus } from "../engine/approvals.js";
import type { GateResult, OverrideStatus } from "../engine/gate.js";
import type { Decision } from "../engine/types.js";

export interface DecisionReport {
  tier: string;
  sandboxed: boolean;
  labels: string[];
  targets: Decision["targets"];
  files: Decision["files"];
  escalations: Decision["escalations"];
  sandboxes: Decision["sandboxes"];
  approvals: Decision["approvals"];
  mode: Decision["mode"];
  truncated: boolean;
  totals: Decision["totals"];
  notes: string[];
  policy?: string;
  approval?: ApprovalStatus | null;
  override?: OverrideStatus | null;
  gate?: GateResult;
}

export function decisionReport(
  decision: Decision,
  extra: { policy?: string; approval?: ApprovalStatus | null; override?: OverrideStatus | null; gate?: GateResult } = {},
): DecisionReport {
  return {
    tier: decision.tier,
    sandboxed: decision.sandboxed,
    labels: decision.labels,
    targets: decision.targets,
    files: decision.files,
    escalations: decision.escalations,
    sandboxes: decision.sandboxes,
    approvals: decision.approvals,
    mode: decision.mode,
    truncated: decision.truncated,
    totals: decision.totals,
    notes: decision.notes,
    ...extra,
  };
}
