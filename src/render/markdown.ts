/**
 * The decision as markdown: the check run summary and the Action's job summary show exactly this.
 * Kept within GitHub's 65,535-character limit for check output by trimming the file table.
 */
import type { ApprovalStatus } from "../engine/approvals.js";
import type { GateResult, OverrideStatus } from "../engine/gate.js";
import type { Decision, FileDecision, Reason } from "../engine/types.js";
import { markdownCode as code, markdownText as text } from "./escape.js";
import { TEAM_MEMBERSHIP_FIXES, unreadableMembership } from "./membership.js";
import { environmentText, neverShipText, targetTouchedDetails } from "./shipping.js";
import { approvalsPhrase, codeOwnersLines, loweredNote, plural, reasonPhrase, targetTier, type Style } from "./words.js";

export const GITHUB_OUTPUT_LIMIT = 65_535;

export interface ReportContext {
  approval?: ApprovalStatus | null;
  override?: OverrideStatus | null;
  gate?: GateResult;
  /** teams not requested because a membership could not be read */
  reviewRequests?: { undecidedTeams: readonly string[] } | null;
  /** e.g. ".github/blast-radius.yml on main", or "built-in default policy" */
  policySource?: string;
  headSha?: string;
}

const TIER_ICONS = ["🟢", "🟡", "🟠", "🔴", "🟣"];

export function tierIcon(decision: Decision, tier = decision.tier): string {
  const rank = decision.tiers.indexOf(tier);
  const top = decision.tiers.length - 1;
  if (rank === top) return top >= 3 ? "🔴" : "🟠";
  return TIER_ICONS[Math.min(rank, TIER_ICONS.length - 2)] ?? "⚪";
}


/** A GitHub login as it is (its characters are safe in markdown), anything else escaped. */
const login = (name: string) => (/^[A-Za-z0-9-]+(\[bot\])?$/.test(name) ? name : text(name));

/** How markdown shows values inside a phrase (src/render/words.ts says the phrase). */
export const markdownStyle: Style = { name: (v) => `**${text(v)}**`, text, path: (v) => code(v), defaultTier: ": `default_tier`", arrow: "→" };

export function describeReason(reason: Reason): string {
  return reasonPhrase(reason, markdownStyle);
}

function fileRow(file: FileDecision): string {
  const path = file.previousPath ? `${code(file.previousPath)} → ${code(file.path)}` : code(file.path);
  const setting = file.reasons.filter((r) => r.tier === file.tier);
  const others = file.reasons.filter((r) => r.tier !== file.tier);
  const never = neverShipText(file);
  const why = [...setting.map(describeReason), ...(never ? [text(never)] : [])].join("; ") + (others.length ? ` (also ${others.map((r) => `${describeReason(r)}: ${r.tier}`).join("; ")})` : "");
  return `| ${path} | ${file.tier} | ${why} |`;
}

function approvalLines(decision: Decision, ctx: ReportContext): string[] {
  const lines: string[] = [];
  const req = decision.approvals;
  if (!req) {
    lines.push(`- **Approval:** none needed for ${decision.sandboxed ? "a sandboxed pull request" : `tier ${decision.tier}`}.`);
  } else {
    lines.push(`- **Approval:** ${approvalsPhrase(req.count, req.from)} on the latest commit (${text(req.source)}).`);
    if (ctx.approval) {
      const { approvedBy, ignored, missing } = ctx.approval;
      lines.push(`- **Approved by:** ${approvedBy.length ? approvedBy.map((l) => `@${login(l)}`).join(", ") : "nobody yet"}${missing > 0 ? ` — ${missing} more needed` : ""}.`);
      for (const i of ignored) lines.push(`- Not counted: @${login(i.login)} ${text(i.reason)}.`);
    }
  }
  if (req?.codeOwners) {
    lines.push(`- **Code owners** (files at ${req.codeOwners.tier} or above, from ${req.codeOwners.source ? code(req.codeOwners.source) : "CODEOWNERS"}):`);
    lines.push(...codeOwnersLines(req.codeOwners, ctx.approval?.codeOwners, markdownStyle).map((l) => `  - ${l}`));
  }
  const unreadable = unreadableMembership(ctx);
  if (unreadable.length) lines.push(...unreadable.map((l) => `- **Cannot read team membership:** ${l}`), `- ${TEAM_MEMBERSHIP_FIXES}`);
  const o = ctx.override;
  if (o) {
    const label = code(o.label, false);
    const by = o.appliedBy === null ? null : login(o.appliedBy);
    if (o.notForHead) {
      const when = o.notForHead === "pushed later" ? "was applied before the latest push" : "cannot be shown to postdate the latest push (GitHub does not say when it happened)";
      lines.push(`- **Override not for this commit:** ${label}${by ? ` (applied by @${by})` : ""} ${when}. An override covers only the commit it was given for: remove the label and apply it again to override the new head commit.`);
    } else if (o.allowed) lines.push(`- **Override:** @${by} applied ${label}; the check passes regardless of approvals.`);
    else if (by && o.unknownTeams?.length) lines.push(`- **Override not confirmed:** @${by} applied ${label}; see below.`);
    else if (by) lines.push(`- **Override ignored:** @${by} applied ${label} but is not allowed to (see \`override.by\`).`);
    else lines.push(`- **Override ignored:** ${label} is present but GitHub does not say who applied it.`);
  }
  if (decision.mode === "report") lines.push("- **Mode:** report — this check labels and explains but never blocks.");
  return lines;
}

/** The markdown summary. Sections are dropped or trimmed from the end to stay under `limit`. */
export function renderMarkdown(decision: Decision, ctx: ReportContext = {}, limit = GITHUB_OUTPUT_LIMIT): string {
  const head: string[] = [];
  const title = ctx.gate?.title ?? `${decision.tier} risk`;
  head.push(`## ${tierIcon(decision)} ${text(title)}`, "");
  const setting = decision.files.filter((f) => f.tier === decision.tier);
  const fileCount = decision.totals.files;
  head.push(
    `**${decision.tier}** risk from ${plural(fileCount, "changed file")}` +
      (decision.totals.changedLines !== null ? ` (${decision.totals.changedLines} changed lines)` : "") +
      (decision.sandboxed ? ", all inside sandboxes." : "."),
    "",
  );
  head.push(...approvalLines(decision, ctx), "");

  if (decision.escalations.length) {
    head.push("### Escalations", "");
    for (const e of decision.escalations) head.push(`- **${text(e.condition)}** → ${e.tier}: ${text(e.description)}`);
    head.push("");
  }
  if (decision.targets.length) {
    head.push("### Deploy targets touched", "", "| Target | Environment | Tier | Files |", "|---|---|---|---|");
    for (const t of decision.targets) {
      const shown = t.files.slice(0, 3).map((f) => code(f)).join(", ") + (t.files.length > 3 ? ` and ${t.files.length - 3} more` : "");
      const details = targetTouchedDetails(t);
      head.push(`| ${text(t.name)}${details.length ? `<br><sub>${text(details.join("; "))}</sub>` : ""} | ${text(environmentText(t.environment, t.origin))} | ${targetTier(t)} | ${shown}${loweredNote(t, (f) => code(f))} |`);
    }
    head.push("");
  }
  if (decision.sandboxes.length) {
    head.push("### Sandboxes", "");
    for (const s of decision.sandboxes) {
      const lines = s.changedLines === null ? "" : `, ${s.changedLines} changed lines${s.maxChangedLines !== undefined ? ` (limit ${s.maxChangedLines})` : ""}`;
      head.push(`- **${text(s.name)}**: ${plural(s.files.length, "file")}${lines}${s.counts ? "" : ` — does not count as a sandbox: ${text(s.note ?? "")}`}`);
    }
    head.push("");
  }
  for (const note of decision.notes) head.push(`> ${text(note)}`, "");

  const footer: string[] = ["", "---"];
  const where = [ctx.policySource ? `Policy: ${ctx.policySource}` : "", `mode ${decision.mode}`, ctx.headSha ? `commit ${ctx.headSha.slice(0, 7)}` : ""].filter(Boolean);
  footer.push(`<sub>${text(where.join(" · "))} · [Blast Radius](https://github.com/blast-radius/blast-radius)</sub>`);

  // Files: the ones that set the tier, then the rest, highest tier first; trimmed to fit.
  const rank = (t: string) => decision.tiers.indexOf(t);
  const ordered = [...setting, ...decision.files.filter((f) => f.tier !== decision.tier).sort((a, b) => rank(b.tier) - rank(a.tier))];
  const tableHead = [`### Files (${decision.files.length}${decision.truncated ? ` of ${decision.totals.files} listed by GitHub` : ""})`, "", "| File | Tier | Why |", "|---|---|---|"];
  let body = head.join("\n") + "\n" + tableHead.join("\n") + "\n";
  const tail = footer.join("\n");
  const budget = limit - tail.length - 200;
  let shown = 0;
  for (const file of ordered) {
    const row = fileRow(file) + "\n";
    if (body.length + row.length > budget) break;
    body += row;
    shown++;
  }
  if (shown < ordered.length) body += `\n… and ${plural(ordered.length - shown, "more file")} (not shown: the summary is limited to ${limit} characters; run \`blast-radius evaluate\` for all of them).\n`;
  const out = body + tail;
  if (out.length <= limit) return out;
  // last resort (a huge header); never cut an emoji's surrogate pair in half
  let cut = limit - 1;
  const last = out.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return out.slice(0, cut) + "…";
}
