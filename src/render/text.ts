/** The decision for a terminal: what `blast-radius evaluate` prints by default. */
import type { Decision, Reason } from "../engine/types.js";
import { visible as v } from "./escape.js";
import { environmentText, neverShipText, targetTouchedDetails } from "./shipping.js";
import { approvalsPhrase, codeOwnersLines, loweredNote, plainStyle, plural, reasonPhrase, targetTier } from "./words.js";

/** One reason in a line of plain text: "target api -> production", "rule migrations". */
export const reasonText = (r: Reason) => reasonPhrase(r, plainStyle);

export function renderText(decision: Decision, options: { policySource?: string; maxFiles?: number } = {}): string {
  const out: string[] = [];
  const maxFiles = options.maxFiles ?? 50;
  out.push(`Risk: ${decision.tier.toUpperCase()}${decision.sandboxed ? " (sandboxed)" : ""}`);
  out.push(`Labels: ${decision.labels.map(v).join(", ")}`);
  if (options.policySource) out.push(`Policy: ${v(options.policySource)} (mode ${decision.mode})`);
  const req = decision.approvals;
  out.push(`Approval: ${req ? `${approvalsPhrase(req.count, req.from)} (${v(req.source)})` : "none needed"}`);
  if (req?.codeOwners) {
    out.push(`Code owners (files at ${req.codeOwners.tier} or above, from ${v(req.codeOwners.source ?? "CODEOWNERS")}):`);
    out.push(...codeOwnersLines(req.codeOwners, undefined, plainStyle).map((l) => `  ${l}`));
  }
  out.push(`Changed: ${plural(decision.totals.files, "file")}${decision.totals.changedLines !== null ? `, ${decision.totals.changedLines} lines` : ""}`);
  if (decision.targets.length) {
    out.push("", "Deploy targets touched:");
    for (const t of decision.targets) {
      const details = [targetTier(t), plural(t.files.length, "file"), ...targetTouchedDetails(t)];
      out.push(`  ${v(t.name)} -> ${v(environmentText(t.environment, t.origin))} (${v(details.join(", "))})${v(loweredNote(t, (p) => p))}`);
    }
  }
  if (decision.escalations.length) {
    out.push("", "Escalations:");
    for (const e of decision.escalations) out.push(`  ${v(e.condition)} -> ${e.tier}: ${v(e.description)}`);
  }
  if (decision.sandboxes.length) {
    out.push("", "Sandboxes:");
    for (const s of decision.sandboxes) {
      out.push(`  ${v(s.name)}: ${plural(s.files.length, "file")}${s.changedLines !== null ? `, ${s.changedLines} lines` : ""}${s.counts ? "" : ` (does not count: ${s.note})`}`);
    }
  }
  out.push("", "Files:");
  const rank = (t: string) => decision.tiers.indexOf(t);
  const files = [...decision.files].sort((a, b) => rank(b.tier) - rank(a.tier));
  const width = Math.max(...decision.tiers.map((t) => t.length));
  for (const f of files.slice(0, maxFiles)) {
    const path = f.previousPath ? `${v(f.previousPath)} -> ${v(f.path)}` : v(f.path);
    const why = [...f.reasons.filter((r) => r.tier === f.tier).map(reasonText), v(neverShipText(f) ?? "")].filter(Boolean);
    out.push(`  ${f.tier.padEnd(width)}  ${path}  [${why.join("; ")}]`);
  }
  if (files.length > maxFiles) out.push(`  ... and ${files.length - maxFiles} more (use --format json for all)`);
  for (const note of decision.notes) out.push("", `Note: ${v(note)}`);
  return out.join("\n") + "\n";
}
