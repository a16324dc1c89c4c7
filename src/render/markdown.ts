/**
 * The decision as markdown: the check run summary and the Action's job summary show exactly this.
 * Kept within GitHub's 65,535-character limit for check output by trimming the file table.
 */
import type { ApprovalStatus } from "../engine/approvals.js";
import { describeApprovers, type GateResult, type OverrideStatus } from "../engine/gate.js";
import type { Decision, FileDecision, Reason } from "../engine/types.js";
import { TEAM_MEMBERSHIP_FIXES, unreadableMembership } from "./membership.js";
import { codeOwnersLines, loweredNote, reasonPhrase, targetTier, type Style } from "./words.js";

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

const code = (s: string) => `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
const escapeCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** How markdown shows values inside a phrase (src/render/words.ts says the phrase). */
export const markdownStyle: Style = { name: (v) => `**${escapeCell(v)}**`, text: escapeCell, path: code, key: (v) => `\`${v}\``, arrow: "→" };

export function describeReason(reason: Reason): string {
  return reasonPhrase(reason, markdownStyle);
}

function fileRow(file: FileDecision): string {
  const path = file.previousPath ? `${code(file.previousPath)} → ${code(file.path)}` : code(file.path);
  const setting = file.reasons.filter((r) => r.tier === file.tier);
  const others = file.reasons.filter((r) => r.tier !== file.tier);
  const why = setting.map(describeReason).join("; ") + (others.length ? ` (also ${others.map((r) => `${describeReason(r)}: ${r.tier}`).join("; ")})` : "");
  return `| ${path} | ${file.tier} | ${why} |`;
}

function approvalLines(decision: Decision, ctx: ReportContext): string[] {
  const lines: string[] = [];
  const req = decision.approvals;
  if (!req) {
    lines.push(`- **Approval:** none needed for ${decision.sandboxed ? "a sandboxed pull request" : `tier ${decision.tier}`}.`);
  } else {
    lines.push(`- **Approval:** ${req.count} approval${req.count === 1 ? "" : "s"}${describeApprovers(req.from)} on the latest commit (${req.source}).`);
    if (ctx.approval) {
      const { approvedBy, ignored, missing } = ctx.approval;
      lines.push(`- **Approved by:** ${approvedBy.length ? approvedBy.map((l) => `@${l}`).join(", ") : "nobody yet"}${missing > 0 ? ` — ${missing} more needed` : ""}.`);
      for (const i of ignored) lines.push(`- Not counted: @${i.login} ${i.reason}.`);
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
    if (o.notForHead) {
      const when = o.notForHead === "pushed later" ? "was applied before the latest push" : "cannot be shown to postdate the latest push (GitHub does not say when it happened)";
      lines.push(`- **Override not for this commit:** \`${o.label}\`${o.appliedBy ? ` (applied by @${o.appliedBy})` : ""} ${when}. An override covers only the commit it was given for: remove the label and apply it again to override the new head commit.`);
    } else if (o.allowed) lines.push(`- **Override:** @${o.appliedBy} applied \`${o.label}\`; the check passes regardless of approvals.`);
    else if (o.appliedBy && o.unknownTeams?.length) lines.push(`- **Override not confirmed:** @${o.appliedBy} applied \`${o.label}\`; see below.`);
    else if (o.appliedBy) lines.push(`- **Override ignored:** @${o.appliedBy} applied \`${o.label}\` but is not allowed to (see \`override.by\`).`);
    else lines.push(`- **Override ignored:** \`${o.label}\` is present but GitHub does not say who applied it.`);
  }
  if (decision.mode === "report") lines.push("- **Mode:** report — this check labels and explains but never blocks.");
  return lines;
}

/** The markdown summary. Sections are dropped or trimmed from the end to stay under `limit`. */
export function renderMarkdown(decision: Decision, ctx: ReportContext = {}, limit = GITHUB_OUTPUT_LIMIT): string {
  const head: string[] = [];
  const title = ctx.gate?.title ?? `${decision.tier} risk`;
  head.push(`## ${tierIcon(decision)} ${escapeCell(title)}`, "");
  const setting = decision.files.filter((f) => f.tier === decision.tier);
  const fileCount = decision.totals.files;
  head.push(
    `**${decision.tier}** risk from ${fileCount} changed file${fileCount === 1 ? "" : "s"}` +
      (decision.totals.changedLines !== null ? ` (${decision.totals.changedLines} changed lines)` : "") +
      (decision.sandboxed ? ", all inside sandboxes." : "."),
    "",
  );
  head.push(...approvalLines(decision, ctx), "");

  if (decision.escalations.length) {
    head.push("### Escalations", "");
    for (const e of decision.escalations) head.push(`- **${escapeCell(e.condition)}** → ${e.tier}: ${escapeCell(e.description)}`);
    head.push("");
  }
  if (decision.targets.length) {
    head.push("### Deploy targets touched", "", "| Target | Environment | Tier | Files |", "|---|---|---|---|");
    for (const t of decision.targets) {
      const shown = t.files.slice(0, 3).map(code).join(", ") + (t.files.length > 3 ? ` and ${t.files.length - 3} more` : "");
      head.push(`| ${escapeCell(t.name)} | ${escapeCell(t.environment)} | ${targetTier(t)} | ${shown}${loweredNote(t, code)} |`);
    }
    head.push("");
  }
  if (decision.sandboxes.length) {
    head.push("### Sandboxes", "");
    for (const s of decision.sandboxes) {
      const lines = s.changedLines === null ? "" : `, ${s.changedLines} changed lines${s.maxChangedLines !== undefined ? ` (limit ${s.maxChangedLines})` : ""}`;
      head.push(`- **${escapeCell(s.name)}**: ${s.files.length} file${s.files.length === 1 ? "" : "s"}${lines}${s.counts ? "" : ` — does not count as a sandbox: ${s.note}`}`);
    }
    head.push("");
  }
  for (const note of decision.notes) head.push(`> ${note}`, "");

  const footer: string[] = ["", "---"];
  const where = [ctx.policySource ? `Policy: ${ctx.policySource}` : "", `mode ${decision.mode}`, ctx.headSha ? `commit ${ctx.headSha.slice(0, 7)}` : ""].filter(Boolean);
  footer.push(`<sub>${escapeCell(where.join(" · "))} · [Blast Radius](https://github.com/blast-radius/blast-radius)</sub>`);

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
  if (shown < ordered.length) body += `\n… and ${ordered.length - shown} more file${ordered.length - shown === 1 ? "" : "s"} (not shown: the summary is limited to ${limit} characters; run \`blast-radius evaluate\` for all of them).\n`;
  const out = body + tail;
  if (out.length <= limit) return out;
  // last resort (a huge header); never cut an emoji's surrogate pair in half
  let cut = limit - 1;
  const last = out.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return out.slice(0, cut) + "…";
}
