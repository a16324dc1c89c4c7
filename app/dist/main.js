// app/main.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join2 } from "node:path";
import { parseEnv } from "node:util";

// app/server.ts
import { createServer } from "node:http";
import { Probot } from "probot";

// src/github/client.ts
function asGitHubClient(octokit) {
  const candidate = octokit;
  if (!candidate || typeof candidate.request !== "function") throw new TypeError("expected an Octokit instance");
  return candidate;
}
function describeGitHubError(error) {
  const e = error;
  const unanswered = e?.request !== void 0 && e?.response === void 0;
  const status = typeof e?.status === "number" && !unanswered ? e.status : null;
  const message = e?.response?.data?.message ?? e?.message ?? String(error);
  return { status, message: message.split("\n")[0].replace(/ - https:\/\/docs\.github\.com\S*/, "") };
}
function isStatus(error, ...statuses) {
  return statuses.includes(error?.status ?? -1);
}
var DEFAULT_REQUEST_TIMEOUT_MS = 1e4;
function fetchWithTimeout(timeoutMs, base = globalThis.fetch) {
  return async (input, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await base(input, { ...init, signal });
    } catch (error) {
      if (timeout.aborted && !init.signal?.aborted) throw new Error(`GitHub did not answer within ${timeoutMs} ms`, { cause: error });
      throw error;
    }
  };
}

// src/engine/gate.ts
function tierTitle(decision) {
  const tier = decision.tier;
  return `${tier.charAt(0).toUpperCase()}${tier.slice(1)} risk${decision.sandboxed ? " (sandboxed)" : ""}`;
}
function describeApprovers(from) {
  if (!from || from.length === 0) return "";
  const names = from.map((f) => f.startsWith("@") ? f : `@${f}`);
  return ` from ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`}`;
}
function missingApprovals(status) {
  const { missing, approvedBy, requirement } = status;
  const more = approvedBy.length > 0 ? " more" : "";
  return `needs ${missing}${more} approval${missing === 1 ? "" : "s"}${describeApprovers(requirement.from)}`;
}
function gate(decision, approval, override) {
  const head = tierTitle(decision);
  if (override?.allowed) {
    return { passing: true, state: "overridden", title: `${head}: overridden by @${override.appliedBy} with ${override.label}` };
  }
  if (!decision.approvals) {
    return { passing: true, state: "passed", title: `${head}: no approval needed` };
  }
  if (approval?.met) {
    return { passing: true, state: "approved", title: `${head}: approved by ${approval.approvedBy.map((l) => `@${l}`).join(", ")}` };
  }
  const needs = approval ? missingApprovals(approval) : `needs ${decision.approvals.count} approval${decision.approvals.count === 1 ? "" : "s"}${describeApprovers(decision.approvals.from)}`;
  if (decision.mode === "report") return { passing: true, state: "report", title: `${head}: ${needs} (report only, not blocking)` };
  return { passing: false, state: "blocked", title: `${head}: ${needs}` };
}

// src/render/markdown.ts
var GITHUB_OUTPUT_LIMIT = 65535;
var TIER_ICONS = ["\u{1F7E2}", "\u{1F7E1}", "\u{1F7E0}", "\u{1F534}", "\u{1F7E3}"];
function tierIcon(decision, tier = decision.tier) {
  const rank = decision.tiers.indexOf(tier);
  const top = decision.tiers.length - 1;
  if (rank === top) return top >= 3 ? "\u{1F534}" : "\u{1F7E0}";
  return TIER_ICONS[Math.min(rank, TIER_ICONS.length - 2)] ?? "\u26AA";
}
var code = (s) => `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
var escapeCell = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
function describeReason(reason) {
  const via = reason.viaPreviousPath ? ` (previous path ${code(reason.viaPreviousPath)})` : "";
  switch (reason.kind) {
    case "rule":
      return `rule **${escapeCell(reason.name)}**${via}`;
    case "target":
      return `target **${escapeCell(reason.name)}** \u2192 ${escapeCell(reason.environment ?? "")}${via}`;
    case "sandbox":
      return `sandbox **${escapeCell(reason.name)}**${via}`;
    case "policy-file":
      return `the policy file itself${via}`;
    case "default":
      return `no rule matches${via}: \`default_tier\``;
  }
}
function fileRow(file) {
  const path = file.previousPath ? `${code(file.previousPath)} \u2192 ${code(file.path)}` : code(file.path);
  const setting = file.reasons.filter((r) => r.tier === file.tier);
  const others = file.reasons.filter((r) => r.tier !== file.tier);
  const why = setting.map(describeReason).join("; ") + (others.length ? ` (also ${others.map((r) => `${describeReason(r)}: ${r.tier}`).join("; ")})` : "");
  return `| ${path} | ${file.tier} | ${why} |`;
}
function approvalLines(decision, ctx) {
  const lines = [];
  const req = decision.approvals;
  if (!req) {
    lines.push(`- **Approval:** none needed for ${decision.sandboxed ? "a sandboxed pull request" : `tier ${decision.tier}`}.`);
  } else {
    lines.push(`- **Approval:** ${req.count} approval${req.count === 1 ? "" : "s"}${describeApprovers(req.from)} on the latest commit (${req.source}).`);
    if (ctx.approval) {
      const { approvedBy, ignored, missing } = ctx.approval;
      lines.push(`- **Approved by:** ${approvedBy.length ? approvedBy.map((l) => `@${l}`).join(", ") : "nobody yet"}${missing > 0 ? ` \u2014 ${missing} more needed` : ""}.`);
      for (const i of ignored) lines.push(`- Not counted: @${i.login} ${i.reason}.`);
    }
  }
  const o = ctx.override;
  if (o) {
    if (o.allowed) lines.push(`- **Override:** @${o.appliedBy} applied \`${o.label}\`; the check passes regardless of approvals.`);
    else if (o.appliedBy) lines.push(`- **Override ignored:** @${o.appliedBy} applied \`${o.label}\` but is not allowed to (see \`override.by\`).`);
    else lines.push(`- **Override ignored:** \`${o.label}\` is present but GitHub does not say who applied it.`);
  }
  if (decision.mode === "report") lines.push("- **Mode:** report \u2014 this check labels and explains but never blocks.");
  return lines;
}
function renderMarkdown(decision, ctx = {}, limit = GITHUB_OUTPUT_LIMIT) {
  const head = [];
  const title = ctx.gate?.title ?? `${decision.tier} risk`;
  head.push(`## ${tierIcon(decision)} ${escapeCell(title)}`, "");
  const setting = decision.files.filter((f) => f.tier === decision.tier);
  const fileCount = decision.totals.files;
  head.push(
    `**${decision.tier}** risk from ${fileCount} changed file${fileCount === 1 ? "" : "s"}` + (decision.totals.changedLines !== null ? ` (${decision.totals.changedLines} changed lines)` : "") + (decision.sandboxed ? ", all inside sandboxes." : "."),
    ""
  );
  head.push(...approvalLines(decision, ctx), "");
  if (decision.escalations.length) {
    head.push("### Escalations", "");
    for (const e of decision.escalations) head.push(`- **${escapeCell(e.condition)}** \u2192 ${e.tier}: ${escapeCell(e.description)}`);
    head.push("");
  }
  if (decision.targets.length) {
    head.push("### Deploy targets touched", "", "| Target | Environment | Tier | Files |", "|---|---|---|---|");
    for (const t of decision.targets) {
      const shown2 = t.files.slice(0, 3).map(code).join(", ") + (t.files.length > 3 ? ` and ${t.files.length - 3} more` : "");
      head.push(`| ${escapeCell(t.name)} | ${escapeCell(t.environment)} | ${t.tier} | ${shown2} |`);
    }
    head.push("");
  }
  if (decision.sandboxes.length) {
    head.push("### Sandboxes", "");
    for (const s of decision.sandboxes) {
      const lines = s.changedLines === null ? "" : `, ${s.changedLines} changed lines${s.maxChangedLines !== void 0 ? ` (limit ${s.maxChangedLines})` : ""}`;
      head.push(`- **${escapeCell(s.name)}**: ${s.files.length} file${s.files.length === 1 ? "" : "s"}${lines}${s.counts ? "" : ` \u2014 does not count as a sandbox: ${s.note}`}`);
    }
    head.push("");
  }
  for (const note of decision.notes) head.push(`> ${note}`, "");
  const footer = ["", "---"];
  const where = [ctx.policySource ? `Policy: ${ctx.policySource}` : "", `mode ${decision.mode}`, ctx.headSha ? `commit ${ctx.headSha.slice(0, 7)}` : ""].filter(Boolean);
  footer.push(`<sub>${escapeCell(where.join(" \xB7 "))} \xB7 [Blast Radius](https://github.com/blast-radius/blast-radius)</sub>`);
  const rank = (t) => decision.tiers.indexOf(t);
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
  if (shown < ordered.length) body += `
\u2026 and ${ordered.length - shown} more file${ordered.length - shown === 1 ? "" : "s"} (not shown: the summary is limited to ${limit} characters; run \`blast-radius evaluate\` for all of them).
`;
  const out = body + tail;
  if (out.length <= limit) return out;
  let cut = limit - 1;
  const last = out.charCodeAt(cut - 1);
  if (last >= 55296 && last <= 56319) cut--;
  return out.slice(0, cut) + "\u2026";
}

// src/github/check-run.ts
var CHECK_NAME_PREFIX = "blast-radius: ";
var checkName = (baseRef) => `${CHECK_NAME_PREFIX}${baseRef}`;
var clip = (s, limit) => s.length > limit ? `${s.slice(0, limit - 1)}\u2026` : s;
async function findCheckRun(client, repo, name2, headSha, appId) {
  const { data } = await client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    ...repo,
    ref: headSha,
    check_name: name2,
    filter: "latest",
    per_page: 100
  });
  const runs = data.check_runs.filter((r) => appId === void 0 || r.app?.id === appId);
  return runs[0] ?? null;
}
async function upsertCheckRun(client, repo, content, existing) {
  const output = { title: clip(content.title, 1e3), summary: clip(content.summary, GITHUB_OUTPUT_LIMIT) };
  if (existing && existing.status === "completed" && existing.conclusion === content.conclusion && existing.output?.title === output.title && existing.output?.summary === output.summary) {
    return "unchanged";
  }
  const body = { status: "completed", conclusion: content.conclusion, output, ...content.detailsUrl ? { details_url: content.detailsUrl } : {} };
  if (existing) {
    try {
      await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repo, check_run_id: existing.id, ...body });
      return "updated";
    } catch (error) {
      if (!isStatus(error, 403, 404)) throw error;
    }
  }
  await client.request("POST /repos/{owner}/{repo}/check-runs", { ...repo, name: content.name, head_sha: content.headSha, ...body });
  return "created";
}

// src/engine/approvals.ts
function parseApprover(entry) {
  return entry.startsWith("@") && entry.includes("/") ? { team: entry.slice(1) } : { user: entry.replace(/^@/, "") };
}
var sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
function latestVerdicts(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of [...reviews].sort((a, b) => a.id - b.id)) {
    if (review.state === "COMMENTED" || review.state === "PENDING") continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()];
}
function approvalCandidates(reviews, context) {
  const candidates = [];
  const ignored = [];
  for (const review of latestVerdicts(reviews)) {
    if (review.state !== "APPROVED") continue;
    if (review.isBot || /\[bot\]$/i.test(review.login)) ignored.push({ login: review.login, reason: "is a bot" });
    else if (sameLogin(review.login, context.author)) ignored.push({ login: review.login, reason: "is the author" });
    else if (review.commitId !== context.headSha) {
      ignored.push({ login: review.login, reason: `approved an earlier commit${review.commitId ? ` (${review.commitId.slice(0, 7)})` : ""}` });
    } else candidates.push(review.login);
  }
  return { candidates, ignored };
}
function membershipQuestions(from, login) {
  const who = (from ?? []).map(parseApprover);
  if (who.some((w) => "user" in w && sameLogin(w.user, login))) return [];
  return who.flatMap((w) => "team" in w ? [{ team: w.team, login }] : []);
}
function isAllowedApprover(login, from, isTeamMember) {
  if (!from) return true;
  return from.some((entry) => {
    const who = parseApprover(entry);
    return "user" in who ? sameLogin(who.user, login) : isTeamMember(who.team, login);
  });
}
function evaluateApprovals(requirement, reviews, context) {
  const { candidates, ignored } = approvalCandidates(reviews, context);
  const approvedBy = [];
  for (const login of candidates) {
    if (isAllowedApprover(login, requirement.from, context.isTeamMember)) approvedBy.push(login);
    else ignored.push({ login, reason: `is not in ${requirement.from.join(", ")}` });
  }
  const missing = Math.max(0, requirement.count - approvedBy.length);
  return { requirement, met: missing === 0, approvedBy, ignored, missing };
}

// src/policy/schema.ts
import { z } from "zod";
var DEFAULT_TIERS = ["low", "medium", "high", "critical"];
var DEFAULT_POLICY_PATH = ".github/blast-radius.yml";
var name = z.string().min(1).describe("A unique name, shown to people in the check run.");
var tierName = z.string().min(1).describe("A tier defined in `tiers`.");
var glob = z.string().min(1).describe("A path glob (gitignore style: dot files match, a pattern without a slash matches at any depth).");
var globs = z.array(glob).min(1, "must list at least one glob");
var approvalSchema = z.strictObject({
  count: z.int().min(0).describe("How many distinct approvals are needed."),
  from: z.array(z.string().min(1)).min(1, "must list at least one team (@org/slug) or user login").optional().describe("Who may approve: team slugs as @org/slug, or user logins. Anyone with write access when omitted.")
}).describe("An approval requirement.");
var ruleSchema = z.strictObject({
  name,
  description: z.string().optional(),
  paths: globs.describe("Globs of the paths this rule covers."),
  exclude: z.array(glob).optional().describe("Globs removed from `paths`."),
  tier: tierName
}).describe("A path rule: files matching it are at least this tier.");
var targetSchema = z.strictObject({
  name,
  description: z.string().optional(),
  paths: globs.describe("Globs of the paths that ship to this target."),
  exclude: z.array(glob).optional(),
  environment: z.string().min(1).describe("Where the target ships (free text, shown to people)."),
  tier: tierName,
  branches: z.array(glob).min(1).optional().describe("The target ships only from pull requests into these base branches (globs allowed).")
}).describe("A deploy target: a service and the environment it ships to.");
var sandboxSchema = z.strictObject({
  name,
  description: z.string().optional(),
  paths: globs.describe("Globs of the area juniors own."),
  exclude: z.array(glob).optional(),
  max_changed_lines: z.int().min(0).optional().describe("Above this many changed lines (additions + deletions) in this sandbox, it does not count as a sandbox."),
  approvals: approvalSchema.optional().describe("Replaces the lowest tier's approvals for sandboxed pull requests.")
}).describe("An area juniors own: unmatched files here take the lowest tier.");
var escalationSchema = z.strictObject({
  name: z.string().min(1).optional(),
  when: z.strictObject({
    targets_over: z.int().min(0).optional().describe("More than this many deploy targets touched."),
    changed_files_over: z.int().min(0).optional().describe("More than this many changed files."),
    changed_lines_over: z.int().min(0).optional().describe("More than this many changed lines (additions + deletions).")
  }).refine((when) => Object.keys(when).length > 0, "must name at least one condition: targets_over, changed_files_over or changed_lines_over").describe("Conditions; all of them must hold."),
  tier: tierName
}).describe("Raises the whole pull request to at least `tier` when its conditions hold.");
var policySchema = z.strictObject({
  version: z.literal(1).describe("The policy format version. Always 1."),
  _extends: z.string().optional().describe("Inherit from another repository's policy (app and action only): `repo`, `owner/repo` or `owner/repo:path`."),
  tiers: z.array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, '.', '_' or '-'")).min(2, "must list at least two tiers").default([...DEFAULT_TIERS]).describe("Tier names, lowest first."),
  default_tier: tierName.default("medium").describe("Tier of a changed file that no rule, target or sandbox covers."),
  rules: z.array(ruleSchema).default([]),
  targets: z.array(targetSchema).default([]),
  sandboxes: z.array(sandboxSchema).default([]),
  escalate: z.array(escalationSchema).default([]),
  approvals: z.record(z.string(), approvalSchema).default({}).describe("Approval requirement per tier; tiers not named need none."),
  labels: z.strictObject({
    prefix: z.string().min(1).max(40).default("risk:").describe("Risk labels are <prefix><tier>."),
    sandbox: z.union([z.string().min(1).max(50), z.literal(false)], { error: "must be a label name, or false to add no sandbox label" }).default("sandbox").describe("Extra label on sandboxed pull requests; false turns it off.")
  }).default({ prefix: "risk:", sandbox: "sandbox" }),
  override: z.strictObject({
    label: z.string().min(1).max(50).describe("The break-glass label."),
    by: z.array(z.string().min(1)).min(1).describe("Who may apply it: teams (@org/slug) or user logins.")
  }).optional().describe("Break-glass: the label passes the check when someone listed in `by` applied it."),
  mode: z.enum(["enforce", "report"]).default("enforce").describe("enforce blocks; report labels and explains but never blocks.")
}).describe("Blast Radius policy (.github/blast-radius.yml)");

// src/engine/glob.ts
import { braceExpand, Minimatch } from "minimatch";
var MAGIC = /[*?[\]{}()!+@\\]/;
var MM_OPTIONS = { dot: true, nocomment: true, nonegate: true };
function globProblem(pattern) {
  if (pattern.trim() === "") return "is empty";
  if (pattern !== pattern.trim()) return "has leading or trailing spaces";
  if (pattern.startsWith("!")) return "starts with '!': negation is not supported here, use `exclude` instead";
  if (pattern.includes("\\")) return "contains a backslash: paths use '/'";
  if (/(^|\/)\.\.?(\/|$)/.test(pattern.replace(/^\//, ""))) return "contains a '.' or '..' segment: paths are relative to the repository root";
  if (pattern.includes("//")) return "contains an empty segment ('//')";
  let square = 0;
  let curly = 0;
  for (const ch of pattern) {
    if (ch === "[") square++;
    else if (ch === "]") square = Math.max(0, square - 1);
    else if (ch === "{") curly++;
    else if (ch === "}") {
      if (curly === 0) return "has a '}' without a matching '{'";
      curly--;
    }
  }
  if (square > 0) return "has an unclosed '['";
  if (curly > 0) return "has an unclosed '{'";
  if (pattern.length > 1024) return "is longer than 1,024 characters";
  return null;
}
function scopedPattern(glob2) {
  let p = glob2;
  let anchored = false;
  if (p.startsWith("/")) {
    anchored = true;
    p = p.slice(1);
  }
  let directoryOnly = false;
  if (p.endsWith("/")) {
    directoryOnly = true;
    p = p.slice(0, -1);
  }
  if (!anchored && !p.includes("/")) p = `**/${p}`;
  if (p.endsWith("**")) return { pattern: p, scope: "self" };
  return { pattern: p, scope: directoryOnly ? "below" : "both" };
}
function expandGlob(glob2) {
  const { pattern, scope } = scopedPattern(glob2);
  return scope === "self" ? [pattern] : scope === "below" ? [`${pattern}/**`] : [pattern, `${pattern}/**`];
}
var CompiledPattern = class {
  constructor(pattern, scope, owner) {
    this.pattern = pattern;
    this.scope = scope;
    this.owner = owner;
    const segments = pattern.split("/");
    const magic = segments.filter((s) => MAGIC.test(s));
    this.shape = magic.length === 0 ? "literal" : magic.length === 1 && segments[segments.length - 1] === "**" && scope === "self" ? "subtree" : null;
  }
  pattern;
  scope;
  owner;
  compiled;
  /**
   * "literal": no magic at all (`services/api`); "subtree": a literal directory and `/**`. Found
   * through the literal-prefix index, these need no minimatch call: the index lookup itself proved
   * the path starts with that directory, which is all they ask.
   */
  shape;
  /** Matching for a path that the prefix index found under this pattern's literal prefix. */
  matchesUnderPrefix(path, prefixIsWholePath) {
    if (this.shape === "literal") return this.scope === "both" || (this.scope === "below" ? !prefixIsWholePath : prefixIsWholePath);
    if (this.shape === "subtree" && !prefixIsWholePath) return true;
    return this.matches(path);
  }
  matches(path) {
    const matcher = this.compiled ??= new Minimatch(this.pattern, MM_OPTIONS);
    if (this.scope !== "below" && matcher.match(path)) return true;
    if (this.scope === "self") return false;
    for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) {
      if (matcher.match(path.slice(0, slash))) return true;
    }
    return false;
  }
};
function indexKey(pattern) {
  const segments = pattern.split("/");
  const literal = [];
  for (const segment of segments) {
    if (MAGIC.test(segment)) break;
    literal.push(segment);
  }
  if (literal.length > 0) return { kind: "prefix", value: literal.join("/") };
  const literalSegment = segments.find((s) => s !== "**" && !MAGIC.test(s));
  if (literalSegment) return { kind: "segment", value: literalSegment };
  const ext = segments.map((s) => /^\*(\.[^*?[\]{}()!+@\\/]+)$/.exec(s)?.[1]).find(Boolean);
  if (ext) return { kind: "ext", value: ext };
  return { kind: "all" };
}
var GlobIndex = class {
  byPrefix = /* @__PURE__ */ new Map();
  bySegment = /* @__PURE__ */ new Map();
  byExt = /* @__PURE__ */ new Map();
  always = [];
  add(glob2, owner) {
    for (const braced of braceExpand(glob2, MM_OPTIONS)) {
      const { pattern, scope } = scopedPattern(braced);
      const compiled = new CompiledPattern(pattern, scope, owner);
      const key = indexKey(pattern);
      if (key.kind === "all") this.always.push(compiled);
      else {
        const map = key.kind === "prefix" ? this.byPrefix : key.kind === "segment" ? this.bySegment : this.byExt;
        const list = map.get(key.value);
        if (list) list.push(compiled);
        else map.set(key.value, [compiled]);
      }
    }
  }
  /** Owners with at least one glob matching `path`, each once, in no particular order. */
  ownersOf(path) {
    const found = /* @__PURE__ */ new Set();
    const test = (list) => {
      if (!list) return;
      for (const c of list) if (!found.has(c.owner) && c.matches(path)) found.add(c.owner);
    };
    const segments = path.split("/");
    let prefix = "";
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      prefix = prefix ? `${prefix}/${segment}` : segment;
      const underPrefix = this.byPrefix.get(prefix);
      if (underPrefix) {
        const whole = i === segments.length - 1;
        for (const c of underPrefix) if (!found.has(c.owner) && c.matchesUnderPrefix(path, whole)) found.add(c.owner);
      }
      test(this.bySegment.get(segment));
      if (this.byExt.size > 0) {
        for (let dot = segment.indexOf("."); dot >= 0; dot = segment.indexOf(".", dot + 1)) test(this.byExt.get(segment.slice(dot)));
      }
    }
    test(this.always);
    return found;
  }
};
var GlobList = class {
  matchers;
  constructor(globs2, options = {}) {
    this.matchers = globs2.flatMap(
      (g) => options.anyDepth === false ? [new Minimatch(g, MM_OPTIONS)] : expandGlob(g).map((p) => new Minimatch(p, MM_OPTIONS))
    );
  }
  matches(value) {
    return this.matchers.some((m) => m.match(value));
  }
};

// src/engine/evaluate.ts
function policyAreas(policy) {
  let order = 0;
  return [
    ...policy.rules.map((r) => ({ area: { order: order++, kind: "rule", name: r.name, tier: r.tier }, paths: r.paths, exclude: r.exclude ?? [] })),
    ...policy.targets.map((t) => ({
      area: { order: order++, kind: "target", name: t.name, tier: t.tier, environment: t.environment, branches: t.branches ? new GlobList(t.branches, { anyDepth: false }) : void 0 },
      paths: t.paths,
      exclude: t.exclude ?? []
    })),
    ...policy.sandboxes.map((s) => ({ area: { order: order++, kind: "sandbox", name: s.name }, paths: s.paths, exclude: s.exclude ?? [] }))
  ];
}
function compilePolicy(policy) {
  const include = new GlobIndex();
  const exclude = new GlobIndex();
  let hasExcludes = false;
  for (const { area, paths, exclude: excludes } of policyAreas(policy)) {
    for (const glob2 of paths) include.add(glob2, area);
    for (const glob2 of excludes) {
      exclude.add(glob2, area);
      hasExcludes = true;
    }
  }
  return {
    policy,
    areasOf(path) {
      const found = include.ownersOf(path);
      if (hasExcludes) for (const excluded of exclude.ownersOf(path)) found.delete(excluded);
      return [...found].sort((a, b) => a.order - b.order);
    }
  };
}
function evaluate(compiled, change) {
  const { policy } = compiled;
  const tiers = policy.tiers;
  const rank = (tier2) => tiers.indexOf(tier2);
  const max = (a, b) => rank(b) > rank(a) ? b : a;
  const lowest = tiers[0];
  const highest = tiers[tiers.length - 1];
  const policyPath = change.policyPath ?? DEFAULT_POLICY_PATH;
  const policyFiles = /* @__PURE__ */ new Set([policyPath, ...change.policyPaths ?? []]);
  const notes = [];
  const targetApplies = (area) => area.kind !== "target" || !area.branches || change.baseBranch === void 0 || area.branches.matches(change.baseBranch);
  if (change.baseBranch === void 0 && policy.targets.some((t) => t.branches)) {
    notes.push("The base branch is unknown, so every deploy target counts, whatever its `branches`.");
  }
  const perFile = change.files.map((file) => {
    const paths = [{ path: file.path, areas: compiled.areasOf(file.path).filter(targetApplies) }];
    if (file.previousPath && file.previousPath !== file.path) {
      paths.push({ path: file.previousPath, viaPreviousPath: file.previousPath, areas: compiled.areasOf(file.previousPath).filter(targetApplies) });
    }
    return { file, paths };
  });
  const hasLines = (f) => f.additions !== void 0 && f.deletions !== void 0;
  const linesKnown = change.files.every(hasLines);
  const linesOf = (f) => (f.additions ?? 0) + (f.deletions ?? 0);
  const sandboxUse = /* @__PURE__ */ new Map();
  for (const { file, paths } of perFile) {
    const names = new Set(paths.flatMap((p) => p.areas.filter((a) => a.kind === "sandbox").map((a) => a.name)));
    for (const name2 of names) {
      const use = sandboxUse.get(name2) ?? { name: name2, files: [], changedLines: 0, counts: true };
      use.files.push(file.path);
      use.changedLines = use.changedLines === null || !hasLines(file) ? null : use.changedLines + linesOf(file);
      sandboxUse.set(name2, use);
    }
  }
  for (const sandbox of policy.sandboxes) {
    const use = sandboxUse.get(sandbox.name);
    if (!use || sandbox.max_changed_lines === void 0) continue;
    use.maxChangedLines = sandbox.max_changed_lines;
    if (use.changedLines === null) {
      use.counts = false;
      use.note = `line counts are unknown, so its limit of ${sandbox.max_changed_lines} changed lines cannot be checked`;
    } else if (use.changedLines > sandbox.max_changed_lines) {
      use.counts = false;
      use.note = `${use.changedLines} changed lines is over its limit of ${sandbox.max_changed_lines}`;
    }
  }
  const inCountingSandbox = (p) => p.areas.some((a) => a.kind === "sandbox" && sandboxUse.get(a.name)?.counts);
  const targets = /* @__PURE__ */ new Map();
  const files = perFile.map(({ file, paths }) => {
    const reasons = [];
    const via = (p) => p.viaPreviousPath ? { viaPreviousPath: p.viaPreviousPath } : {};
    const add = (reason) => {
      if (!reasons.some((r) => r.kind === reason.kind && r.name === reason.name)) reasons.push(reason);
    };
    for (const p of paths) {
      let covered = false;
      if (policyFiles.has(p.path)) {
        covered = true;
        add({ kind: "policy-file", name: "the Blast Radius policy", tier: highest, ...via(p) });
      }
      for (const area of p.areas) {
        if (area.kind === "sandbox") continue;
        covered = true;
        add({
          kind: area.kind,
          name: area.name,
          tier: area.tier,
          ...area.kind === "target" ? { environment: area.environment } : {},
          ...via(p)
        });
        if (area.kind === "target") {
          const touched = targets.get(area.name) ?? { name: area.name, environment: area.environment, tier: area.tier, files: [] };
          if (!touched.files.includes(file.path)) touched.files.push(file.path);
          targets.set(area.name, touched);
        }
      }
      if (covered) continue;
      const sandbox = p.areas.find((a) => a.kind === "sandbox" && sandboxUse.get(a.name)?.counts);
      add(sandbox ? { kind: "sandbox", name: sandbox.name, tier: lowest, ...via(p) } : { kind: "default", name: "default_tier", tier: policy.default_tier, ...via(p) });
    }
    const tier2 = reasons.reduce((t, r) => max(t, r.tier), lowest);
    reasons.sort((a, b) => rank(b.tier) - rank(a.tier));
    return {
      path: file.path,
      ...file.previousPath && file.previousPath !== file.path ? { previousPath: file.previousPath } : {},
      ...file.status ? { status: file.status } : {},
      tier: tier2,
      reasons
    };
  });
  let tier = files.reduce((t, f) => max(t, f.tier), lowest);
  const totalFiles = Math.max(change.totalFiles ?? change.files.length, change.files.length);
  const changedLines = linesKnown ? change.files.reduce((n, f) => n + linesOf(f), 0) : null;
  const escalations = [];
  const truncated = totalFiles > change.files.length;
  if (truncated) {
    escalations.push({
      condition: "incomplete file list",
      description: `GitHub listed ${change.files.length} of ${totalFiles} changed files; files that cannot be seen cannot be judged, so the pull request takes the highest tier`,
      tier: highest
    });
  }
  if (files.some((f) => f.reasons.some((r) => r.kind === "policy-file"))) {
    escalations.push({
      condition: "policy file changed",
      description: `${[...policyFiles].filter((p) => files.some((f) => f.path === p || f.previousPath === p)).join(", ") || policyPath} changed; a pull request cannot loosen its own policy, so it takes the highest tier`,
      tier: highest
    });
  }
  policy.escalate.forEach((rule, i) => {
    const { targets_over, changed_files_over, changed_lines_over } = rule.when;
    const parts = [];
    const conditions = [];
    let holds = true;
    if (targets_over !== void 0) {
      conditions.push(`targets_over: ${targets_over}`);
      parts.push(`${targets.size} deploy targets touched (more than ${targets_over})`);
      holds &&= targets.size > targets_over;
    }
    if (changed_files_over !== void 0) {
      conditions.push(`changed_files_over: ${changed_files_over}`);
      parts.push(`${totalFiles} changed files (more than ${changed_files_over})`);
      holds &&= totalFiles > changed_files_over;
    }
    if (changed_lines_over !== void 0) {
      conditions.push(`changed_lines_over: ${changed_lines_over}`);
      parts.push(`${changedLines ?? "unknown"} changed lines (more than ${changed_lines_over})`);
      if (changedLines === null) {
        notes.push(`Line counts are unknown, so escalate[${i}] (changed_lines_over: ${changed_lines_over}) was not checked.`);
        holds = false;
      } else holds &&= changedLines > changed_lines_over;
    }
    if (holds) escalations.push({ condition: rule.name ?? conditions.join(", "), description: parts.join(" and "), tier: rule.tier });
  });
  for (const e of escalations) tier = max(tier, e.tier);
  const sandboxed = files.length > 0 && tier === lowest && perFile.every(({ paths }) => paths.every(inCountingSandbox));
  let approvals = null;
  if (sandboxed) {
    const own = policy.sandboxes.filter((s) => s.approvals && sandboxUse.has(s.name)).map((s) => ({ ...s.approvals, source: `sandbox ${s.name}` })).sort((a, b) => b.count - a.count || (b.from ? 1 : 0) - (a.from ? 1 : 0));
    approvals = own[0] ?? (policy.approvals[lowest] ? { ...policy.approvals[lowest], source: `tier ${lowest}` } : null);
  } else if (policy.approvals[tier]) {
    approvals = { ...policy.approvals[tier], source: `tier ${tier}` };
  }
  if (approvals && approvals.count === 0) approvals = null;
  const labels = [`${policy.labels.prefix}${tier}`];
  if (sandboxed && policy.labels.sandbox !== false) labels.push(policy.labels.sandbox);
  if (change.files.length === 0 && !truncated) notes.push("The pull request changes no files.");
  return {
    tier,
    tiers: [...tiers],
    sandboxed,
    labels,
    targets: [...targets.values()],
    files,
    escalations,
    sandboxes: [...sandboxUse.values()],
    approvals,
    mode: policy.mode,
    truncated,
    totals: { files: totalFiles, listedFiles: change.files.length, changedLines },
    ...change.baseBranch !== void 0 ? { baseBranch: change.baseBranch } : {},
    notes
  };
}
function managedLabels(policy) {
  const labels = policy.tiers.map((t) => `${policy.labels.prefix}${t}`);
  if (policy.labels.sandbox !== false) labels.push(policy.labels.sandbox);
  return labels;
}

// src/policy/load.ts
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit } from "yaml";

// src/policy/suggest.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower3 = word.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(lower3, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/policy/load.ts
function formatProblem(p) {
  return `${p.file}:${p.line}:${p.column}: ${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`;
}
var PolicyError = class extends Error {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
    this.name = "PolicyError";
  }
  problems;
};
function formatKeyPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}
function position(parsed, offset) {
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}
function locate(parsed, path, atKey = false) {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    if (atKey && depth === path.length && depth > 0) {
      const parent = sub.length > 1 ? parsed.doc.getIn(sub.slice(0, -1), true) : parsed.doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(sub[sub.length - 1]));
        const keyNode = pair?.key;
        if (keyNode?.range) return position(parsed, keyNode.range[0]);
      }
    }
    const node = depth === 0 ? parsed.doc.contents : parsed.doc.getIn(sub, true);
    if (node && typeof node === "object" && "range" in node && node.range) return position(parsed, node.range[0]);
  }
  return { line: 1, column: 1 };
}
function parseSource(source, problems) {
  const lines = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      problems.push({ file: source.path, line, column: col, keyPath: "", message: `invalid YAML: ${message}` });
    }
    return null;
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const alias = aliasProblemAt(doc);
    const { line, col } = lines.linePos(alias?.range?.[0] ?? 0);
    problems.push({ file: source.path, line, column: col, keyPath: "", message: `invalid YAML: ${error.message}` });
    return null;
  }
  if (value === null || value === void 0) {
    problems.push({ file: source.path, line: 1, column: 1, keyPath: "", message: "the policy is empty: it needs at least `version: 1`" });
    return null;
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    problems.push({ file: source.path, line: 1, column: 1, keyPath: "", message: "the policy must be a mapping of keys (like `version: 1`)" });
    return null;
  }
  return { source, doc, lines, value };
}
function aliasProblemAt(doc) {
  let first;
  let unresolved;
  visit(doc, {
    Alias(_, alias) {
      first ??= alias;
      if (!unresolved && !alias.resolve(doc)) unresolved = alias;
    }
  });
  return unresolved ?? first;
}
function valueAt(value, path) {
  let current = value;
  for (const seg of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[seg];
  }
  return current;
}
function schemaAt(path) {
  let schema = policySchema;
  for (const seg of path) {
    schema = unwrap(schema);
    const def = schema?.def;
    if (!def) return void 0;
    if (def.type === "object") schema = def.shape[String(seg)];
    else if (def.type === "array") schema = def.element;
    else if (def.type === "record") schema = def.valueType;
    else return void 0;
  }
  return unwrap(schema);
}
function unwrap(schema) {
  let current = schema;
  for (; ; ) {
    const def = current?.def;
    if (def && (def.type === "default" || def.type === "optional" || def.type === "nullable" || def.type === "prefault") && def.innerType) {
      current = def.innerType;
    } else return current;
  }
}
function validKeysAt(path) {
  const def = schemaAt(path)?.def;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
function loadPolicy(sources) {
  const policy = loadValidPolicyQuickly(sources);
  return policy ? { ok: true, policy } : loadPolicyWithPositions(sources);
}
function parseYamlQuickly(text) {
  const cached2 = quickParses.get(text);
  if (cached2) return cached2.value;
  let value;
  try {
    value = loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    value = void 0;
  }
  if (quickParses.size >= 8) quickParses.delete(quickParses.keys().next().value);
  quickParses.set(text, { value });
  return value;
}
var quickParses = /* @__PURE__ */ new Map();
function loadValidPolicyQuickly(sources) {
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
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
  const merged = Object.fromEntries(entries);
  const result = policySchema.safeParse(merged);
  if (!result.success) return null;
  let valid = true;
  checkMeaning(result.data, merged, () => valid = false);
  return valid ? result.data : null;
}
function loadPolicyWithPositions(sources) {
  const problems = [];
  const parsed = sources.map((s) => parseSource(s, problems));
  if (problems.length > 0) return { ok: false, problems };
  const docs = parsed;
  if (docs.length === 0) throw new Error("loadPolicy needs at least one source");
  const entries = [];
  const origin = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    for (const [key, value] of Object.entries(doc.value)) {
      if (!origin.has(key)) {
        origin.set(key, doc);
        entries.push([key, value]);
      }
    }
  }
  const merged = Object.fromEntries(entries);
  const owner = (path) => origin.get(String(path[0])) ?? docs[0];
  const report = (path, message, atKey = false) => {
    const doc = owner(path);
    problems.push({ file: doc.source.path, ...locate(doc, path, atKey), keyPath: formatKeyPath(path), message });
  };
  const result = policySchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p) => typeof p !== "symbol");
      if (issue.code === "unrecognized_keys") {
        const valid = validKeysAt(path);
        for (const key of issue.keys) {
          const guess = closest(key, valid);
          const hint = guess ? `; did you mean "${guess}"?` : valid.length ? ` (valid keys: ${valid.join(", ")})` : "";
          report([...path, key], `unknown key "${key}"${hint}`, true);
        }
      } else if ((issue.code === "invalid_type" || issue.code === "invalid_value") && path.length > 0 && valueAt(merged, path) === void 0) {
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
function checkMeaningOfValidParts(merged, issues, report) {
  const rejected = new Set(issues.map((i) => String(i.path[0] ?? "")));
  if (rejected.has("tiers") || rejected.has("")) return;
  const shape = policySchema.shape;
  const partial = {};
  for (const key of Object.keys(shape)) {
    if (rejected.has(key)) continue;
    partial[key] = key === "version" ? 1 : merged[key];
  }
  const repaired = policySchema.safeParse(partial);
  if (!repaired.success) return;
  checkMeaning(repaired.data, merged, (path, message, atKey) => {
    if (!rejected.has(String(path[0]))) report(path, message, atKey);
  });
}
var APPROVER = /^(@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+|@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)$/;
function checkMeaning(policy, written, report) {
  const tiers = new Set(policy.tiers);
  const seenTiers = /* @__PURE__ */ new Set();
  policy.tiers.forEach((tier, i) => {
    if (seenTiers.has(tier)) report(["tiers", i], `tier "${tier}" is listed twice`);
    seenTiers.add(tier);
  });
  const checkTier = (path, tier, atKey = false) => {
    if (tiers.has(tier)) return;
    const guess = closest(tier, policy.tiers);
    report(path, `unknown tier "${tier}" (tiers are ${policy.tiers.join(", ")})${guess ? `; did you mean "${guess}"?` : ""}`, atKey);
  };
  if ("default_tier" in written) checkTier(["default_tier"], policy.default_tier);
  else if (!tiers.has(policy.default_tier)) {
    report(["tiers"], `default_tier is not set and its default "${policy.default_tier}" is not one of these tiers; set default_tier to one of ${policy.tiers.join(", ")}`);
  }
  const writtenApprovals = written.approvals;
  const approvalTiers = writtenApprovals && typeof writtenApprovals === "object" ? Object.keys(writtenApprovals) : Object.keys(policy.approvals);
  for (const tier of approvalTiers) checkTier(["approvals", tier], tier, true);
  const checkGlobs = (path, globs2) => globs2?.forEach((glob2, i) => {
    const problem = globProblem(glob2);
    if (problem) report([...path, i], `invalid glob "${glob2}": ${problem}`);
  });
  const checkApprovers = (path, who) => who?.forEach((entry, i) => {
    if (!APPROVER.test(entry)) report([...path, i], `"${entry}" is neither a team (@org/team-slug) nor a user login`);
  });
  for (const listKey of ["rules", "targets", "sandboxes"]) {
    const names = /* @__PURE__ */ new Map();
    policy[listKey].forEach((entry, i) => {
      const first = names.get(entry.name);
      if (first !== void 0) report([listKey, i, "name"], `duplicate name "${entry.name}" (also ${listKey}[${first}])`);
      else names.set(entry.name, i);
      checkGlobs([listKey, i, "paths"], entry.paths);
      checkGlobs([listKey, i, "exclude"], entry.exclude);
      if ("tier" in entry) checkTier([listKey, i, "tier"], entry.tier);
    });
  }
  policy.targets.forEach((target, i) => target.branches?.forEach((b, j) => {
    if (b.trim() === "" || b.startsWith("!")) report(["targets", i, "branches", j], `invalid branch glob "${b}"`);
  }));
  const checkSatisfiable = (path, rule) => {
    if (!rule?.from || rule.from.some((entry) => "team" in parseApprover(entry))) return;
    const users = new Set(rule.from.map((entry) => entry.replace(/^@/, "").toLowerCase()));
    if (rule.count > users.size) report([...path, "count"], `needs ${rule.count} approvals but \`from\` lists only ${users.size} user${users.size === 1 ? "" : "s"} and no team, so it can never be met`);
  };
  policy.sandboxes.forEach((sandbox, i) => {
    checkApprovers(["sandboxes", i, "approvals", "from"], sandbox.approvals?.from);
    checkSatisfiable(["sandboxes", i, "approvals"], sandbox.approvals);
  });
  policy.escalate.forEach((escalation, i) => checkTier(["escalate", i, "tier"], escalation.tier));
  for (const [tier, rule] of Object.entries(policy.approvals)) {
    checkApprovers(["approvals", tier, "from"], rule.from);
    checkSatisfiable(["approvals", tier], rule);
  }
  if (policy.override) checkApprovers(["override", "by"], policy.override.by);
}

// src/render/json.ts
function decisionReport(decision, extra = {}) {
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
    ...extra
  };
}

// src/github/facts.ts
var GITHUB_FILE_LIST_CAP = 3e3;
var PER_PAGE = 100;
async function readPullRequest(client, ref) {
  const { data } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.pullNumber
  });
  return {
    number: data.number,
    title: data.title ?? "",
    author: data.user?.login ?? "",
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseRef: data.base.ref,
    draft: Boolean(data.draft),
    state: data.state,
    labels: (data.labels ?? []).map((l) => l.name),
    requestedUsers: (data.requested_reviewers ?? []).map((u) => u.login),
    requestedTeams: (data.requested_teams ?? []).map((t) => t.slug),
    changedFiles: data.changed_files ?? 0
  };
}
function toChangedFile(f) {
  return {
    path: f.filename,
    ...f.status ? { status: f.status } : {},
    additions: f.additions ?? 0,
    deletions: f.deletions ?? 0,
    ...f.previous_filename ? { previousPath: f.previous_filename } : {}
  };
}
async function listFiles(client, ref, changedFiles) {
  const pages = Math.max(1, Math.ceil(Math.min(changedFiles, GITHUB_FILE_LIST_CAP) / PER_PAGE));
  const responses = await Promise.all(
    Array.from(
      { length: pages },
      (_, i) => client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        owner: ref.owner,
        repo: ref.repo,
        pull_number: ref.pullNumber,
        per_page: PER_PAGE,
        page: i + 1
      })
    )
  );
  const files = responses.flatMap((r) => r.data);
  let link = String(responses[responses.length - 1].headers.link ?? "");
  let page = pages;
  while (/rel="next"/.test(link) && files.length < GITHUB_FILE_LIST_CAP) {
    page++;
    const next = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
      per_page: PER_PAGE,
      page
    });
    files.push(...next.data);
    link = String(next.headers.link ?? "");
  }
  return files.map(toChangedFile);
}
async function listReviews(client, ref) {
  const reviews = [];
  for (let page = 1; page <= 30; page++) {
    const { data, headers } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
      per_page: PER_PAGE,
      page
    });
    for (const r of data) {
      if (!r.user) continue;
      reviews.push({ id: r.id, login: r.user.login, state: r.state, commitId: r.commit_id, isBot: r.user.type === "Bot" || r.user.login.endsWith("[bot]") });
    }
    if (!/rel="next"/.test(String(headers.link ?? ""))) break;
  }
  return reviews;
}
var TeamMembership = class {
  constructor(client) {
    this.client = client;
  }
  client;
  cache = /* @__PURE__ */ new Map();
  isMember(team, login) {
    const key = `${team.toLowerCase()}:${login.toLowerCase()}`;
    let found = this.cache.get(key);
    if (!found) {
      const [org, slug] = team.split("/");
      found = this.client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", { org, team_slug: slug, username: login }).then((r) => r.data?.state === "active").catch((error) => {
        if (isStatus(error, 404)) return false;
        throw error;
      });
      this.cache.set(key, found);
    }
    return found;
  }
  /** Synchronous view of lookups already made, for the pure approval functions. */
  async resolve(pairs) {
    const known = /* @__PURE__ */ new Map();
    await Promise.all(pairs.map(async ({ team, login }) => known.set(`${team.toLowerCase()}:${login.toLowerCase()}`, await this.isMember(team, login))));
    return (team, login) => known.get(`${team.toLowerCase()}:${login.toLowerCase()}`) ?? false;
  }
};
async function whoAppliedLabel(client, ref, label) {
  const fetchPage = (page) => client.request("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
    owner: ref.owner,
    repo: ref.repo,
    issue_number: ref.pullNumber,
    per_page: PER_PAGE,
    page
  });
  const first = await fetchPage(1);
  const last = /[?&]page=(\d+)>; rel="last"/.exec(String(first.headers.link ?? ""));
  const lastPage = last ? Number(last[1]) : 1;
  for (let page = lastPage; page >= 1; page--) {
    const events = (page === 1 ? first : await fetchPage(page)).data;
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.event === "labeled" && e.label?.name.toLowerCase() === label.toLowerCase()) return e.actor?.login ?? null;
    }
    if (lastPage - page >= 4) break;
  }
  return null;
}

// src/github/labels.ts
var TIER_COLORS = ["0e8a16", "fbca04", "d93f0b", "b60205", "5319e7"];
var SANDBOX_COLOR = "1d76db";
var GITHUB_DEFAULT_LABEL_COLOR = "ededed";
var lower = (s) => s.toLowerCase();
function planLabels(current, wanted, managed) {
  const have = new Set(current.map(lower));
  const want = new Set(wanted.map(lower));
  const ours = new Set(managed.map(lower));
  return {
    add: wanted.filter((l) => !have.has(lower(l))),
    remove: current.filter((l) => ours.has(lower(l)) && !want.has(lower(l)))
  };
}
function labelStyle(policy, label) {
  const tierIndex = policy.tiers.findIndex((t) => lower(`${policy.labels.prefix}${t}`) === lower(label));
  if (tierIndex >= 0) {
    const top = policy.tiers.length - 1;
    const color = tierIndex === top ? TIER_COLORS[3] : TIER_COLORS[Math.min(Math.round(tierIndex / Math.max(1, top) * 3), 2)];
    return { color, description: `Blast Radius: ${policy.tiers[tierIndex]} risk` };
  }
  return { color: SANDBOX_COLOR, description: "Blast Radius: every change is inside a sandbox juniors own" };
}
async function applyLabels(client, ref, plan, policy, styled) {
  const repo = { owner: ref.owner, repo: ref.repo };
  const writes = [];
  if (plan.add.length > 0) {
    writes.push(
      client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repo, issue_number: ref.pullNumber, labels: plan.add }).then(async ({ data }) => {
        for (const label of data) {
          const key = `${ref.owner}/${ref.repo}:${lower(label.name)}`;
          if (!plan.add.some((a) => lower(a) === lower(label.name)) || styled.has(key)) continue;
          if (lower(label.color) === GITHUB_DEFAULT_LABEL_COLOR && !label.description) {
            await client.request("PATCH /repos/{owner}/{repo}/labels/{name}", { ...repo, name: label.name, ...labelStyle(policy, label.name) });
          }
          styled.add(key);
        }
      })
    );
  }
  for (const name2 of plan.remove) {
    writes.push(
      client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", { ...repo, issue_number: ref.pullNumber, name: name2 }).catch((error) => {
        if (error.status !== 404) throw error;
      })
    );
  }
  const results = await Promise.allSettled(writes);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

// src/github/policy.ts
import { composeConfigGet } from "@probot/octokit-plugin-config";

// src/policy/default.ts
var DEFAULT_POLICY_NAME = "built-in default policy";
var DEFAULT_POLICY_YAML = `# Blast Radius built-in default policy (report mode: labels and explains, never blocks)
version: 1
tiers: [low, medium, high, critical]
default_tier: medium
rules:
  - name: docs
    paths: ["docs/**", "*.md", "*.txt", "LICENSE*"]
    tier: low
  - name: tests
    paths: ["test/**", "tests/**", "__tests__/**", "spec/**", "*.test.*", "*.spec.*", "*_test.go", "test_*.py"]
    tier: low
  - name: ci-and-repository-settings
    paths: [".github/**", ".gitlab-ci.yml", "CODEOWNERS"]
    tier: high
  - name: infrastructure
    paths: ["infra/**", "terraform/**", "*.tf", "k8s/**", "helm/**", "Dockerfile", "docker-compose*.yml"]
    tier: high
  - name: database-migrations
    paths: ["migrations/**", "*.sql"]
    tier: high
escalate:
  - when: { changed_files_over: 100 }
    tier: high
  - when: { changed_lines_over: 5000 }
    tier: high
approvals:
  high: { count: 1 }
  critical: { count: 2 }
mode: report
`;
var cached;
function defaultPolicy() {
  if (!cached) {
    const result = loadPolicy([{ path: DEFAULT_POLICY_NAME, text: DEFAULT_POLICY_YAML }]);
    if (!result.ok) throw new PolicyError(result.problems);
    cached = result.policy;
  }
  return cached;
}

// src/github/policy.ts
function sourceName(file, home) {
  return file.owner === home.owner && file.repo === home.repo ? file.path : `${file.owner}/${file.repo}:${file.path}`;
}
async function readPolicy(client, repo, baseRef, path) {
  const texts = /* @__PURE__ */ new Map();
  const recordingRequest = Object.assign(
    async (route, params) => {
      const response = await client.request(route, params);
      if (typeof response.data !== "string") return response;
      texts.set(client.request.endpoint(route).url, response.data);
      const value = parseYamlQuickly(response.data);
      if (!value || typeof value !== "object" || Array.isArray(value)) return response;
      const extendsValue = value._extends;
      return { ...response, data: extendsValue === void 0 ? "{}" : JSON.stringify({ _extends: extendsValue }) };
    },
    { endpoint: client.request.endpoint }
  );
  const displayPath = (url) => {
    const m = /\/repos\/([^/]+)\/([^/]+)\/contents\/([^?]+)/.exec(url);
    return m ? sourceName({ owner: m[1], repo: m[2], path: decodeURIComponent(m[3]) }, repo) : url;
  };
  let files;
  try {
    const result2 = await composeConfigGet({ request: recordingRequest }, { ...repo, path, branch: baseRef });
    files = result2.files;
  } catch (error) {
    if (texts.size > 0) {
      const located = loadPolicy([...texts.entries()].map(([url, text]) => ({ path: displayPath(url), text })));
      if (!located.ok) return { ok: false, source: `${path} on ${baseRef}`, problems: located.problems };
    }
    if (error.status) throw error;
    const message = error.message.replace(/^\[@probot\/octokit-plugin-config\] /, "");
    return { ok: false, source: `${path} on ${baseRef}`, problems: [{ file: path, line: 1, column: 1, keyPath: "", message }] };
  }
  const found = files.filter((f) => f.config !== null);
  if (found.length === 0) return { ok: true, policy: defaultPolicy(), source: DEFAULT_POLICY_NAME };
  const sources = found.map((f) => ({ path: sourceName(f, repo), text: texts.get(f.url) ?? "" }));
  const result = loadPolicy(sources);
  const [own, ...inherited] = sources.map((s) => s.path === path ? `${path} on ${baseRef}` : s.path);
  const source = inherited.length ? `${own}, extending ${inherited.join(", ")}` : own;
  return result.ok ? { ok: true, policy: result.policy, source } : { ok: false, source, problems: result.problems };
}

// src/github/review-requests.ts
var lower2 = (s) => s.toLowerCase();
function planReviewRequests(input) {
  const plan = { users: [], teams: [], skippedTeams: [] };
  const headReviewers = input.reviews.filter((r) => r.commitId === input.headSha).map((r) => r.login);
  const reviewedHead = new Set(headReviewers.map(lower2));
  const requestedUsers = new Set(input.requestedUsers.map(lower2));
  const requestedTeams = new Set(input.requestedTeams.map(lower2));
  for (const entry of input.requirement.from ?? []) {
    const who = parseApprover(entry);
    if ("user" in who) {
      const login = lower2(who.user);
      if (login === lower2(input.author) || requestedUsers.has(login) || reviewedHead.has(login)) continue;
      if (!plan.users.some((u) => lower2(u) === login)) plan.users.push(who.user);
    } else {
      const [org, slug] = who.team.split("/");
      if (lower2(org) !== lower2(input.owner)) plan.skippedTeams.push(entry);
      else if (!requestedTeams.has(lower2(slug)) && !headReviewers.some((login) => input.isTeamMember(who.team, login))) plan.teams.push(slug);
    }
  }
  return plan;
}
async function requestReviews(client, ref, plan) {
  if (plan.users.length === 0 && plan.teams.length === 0) return;
  await client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.pullNumber,
    ...plan.users.length ? { reviewers: plan.users } : {},
    ...plan.teams.length ? { team_reviewers: plan.teams } : {}
  });
}

// src/github/evaluate-pull-request.ts
var PERMISSIONS = {
  labels: "pull-requests: write (to add and remove labels)",
  "check run": "checks: write (to create the check run)",
  "review requests": "pull-requests: write (to request reviews)"
};
var inFlight = /* @__PURE__ */ new Map();
function serialized(key, work) {
  const previous = inFlight.get(key) ?? Promise.resolve();
  const next = previous.catch(() => void 0).then(work);
  inFlight.set(key, next);
  const cleanup = () => {
    if (inFlight.get(key) === next) inFlight.delete(key);
  };
  next.then(cleanup, cleanup);
  return next;
}
function evaluatePullRequest(options) {
  const { owner, repo, pullNumber } = options.pullRequest;
  return serialized(`${owner}/${repo}#${pullNumber}`.toLowerCase(), () => run(options));
}
async function run(options) {
  const { client, pullRequest: ref } = options;
  const repo = { owner: ref.owner, repo: ref.repo };
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const log = options.log;
  const pr = await readPullRequest(client, ref);
  const name2 = checkName(pr.baseRef);
  let existingCheck;
  const lookUpExistingCheck = () => existingCheck ??= findCheckRun(client, repo, name2, pr.headSha, options.appId).then(
    (run2) => ({ run: run2 }),
    (error) => ({ error })
  );
  if (options.onlyIfLabelMatters === void 0) void lookUpExistingCheck();
  const base = {
    pullRequest: pr,
    policySource: `${policyPath} on ${pr.baseRef}`,
    decision: null,
    approval: null,
    override: null,
    gate: null,
    labels: null,
    reviewRequests: null,
    problems: [],
    writeErrors: [],
    approved: false,
    report: null
  };
  const failClosed = async (title, summary2, problems) => {
    const check2 = { name: name2, headSha: pr.headSha, conclusion: "failure", title, summary: summary2 };
    const outcome2 = { ...base, problems, check: check2, checkWrite: "failed", passing: false };
    outcome2.checkWrite = await writeCheck(outcome2);
    return outcome2;
  };
  const writeCheck = async (outcome2) => {
    try {
      const existing = await lookUpExistingCheck();
      if ("error" in existing) throw existing.error;
      return await upsertCheckRun(client, repo, outcome2.check, existing.run);
    } catch (error) {
      outcome2.writeErrors.push(writeError("check run", error));
      log?.error(`could not write the check run on ${ref.owner}/${ref.repo}#${ref.pullNumber}: ${describeGitHubError(error).message}`);
      return "failed";
    }
  };
  let policy;
  let files;
  try {
    const policyRead = readPolicy(client, repo, pr.baseRef, policyPath);
    if (options.onlyIfLabelMatters !== void 0) {
      const read2 = await policyRead;
      if (read2.ok && !labelMatters(read2.policy, options.onlyIfLabelMatters)) {
        return { ...base, skipped: `label "${options.onlyIfLabelMatters}" is not one Blast Radius manages`, check: null, checkWrite: "skipped", passing: false };
      }
      void lookUpExistingCheck();
    }
    const [read, listed] = await Promise.all([policyRead, listFiles(client, ref, pr.changedFiles)]);
    base.policySource = read.source;
    if (!read.ok) return await failClosed(...policyFailure(read.problems, read.source));
    policy = options.modeOverride ? { ...read.policy, mode: options.modeOverride } : read.policy;
    files = listed;
  } catch (error) {
    return await failClosed(...readFailure("the policy and the changed files", error));
  }
  const decision = evaluate(compilePolicy(policy), { files, baseBranch: pr.baseRef, totalFiles: pr.changedFiles, policyPath });
  const overrideLabel = policy.override && pr.labels.find((l) => l.toLowerCase() === policy.override.label.toLowerCase());
  let reviews = [];
  let overrideActor = null;
  let isTeamMember = () => false;
  try {
    [reviews, overrideActor] = await Promise.all([
      decision.approvals ? listReviews(client, ref) : Promise.resolve([]),
      overrideLabel ? whoAppliedLabel(client, ref, overrideLabel) : Promise.resolve(null)
    ]);
    const candidates = decision.approvals?.from ? approvalCandidates(reviews, { headSha: pr.headSha, author: pr.author }).candidates : [];
    const pairs = [
      ...candidates.flatMap((login) => membershipQuestions(decision.approvals.from, login)),
      ...overrideActor && policy.override ? membershipQuestions(policy.override.by, overrideActor) : []
    ];
    const membership = new TeamMembership(client);
    isTeamMember = await membership.resolve(pairs);
  } catch (error) {
    return await failClosed(...readFailure("reviews and team memberships", error));
  }
  const approval = decision.approvals ? evaluateApprovals(decision.approvals, reviews, { headSha: pr.headSha, author: pr.author, isTeamMember }) : null;
  const override = overrideLabel && policy.override ? {
    label: overrideLabel,
    appliedBy: overrideActor,
    allowed: overrideActor !== null && !overrideActor.endsWith("[bot]") && isAllowedApprover(overrideActor, policy.override.by, isTeamMember)
  } : null;
  const result = gate(decision, approval, override);
  const summary = renderMarkdown(decision, { approval, override, gate: result, policySource: base.policySource, headSha: pr.headSha });
  const check = { name: name2, headSha: pr.headSha, conclusion: result.passing ? "success" : "failure", title: result.title, summary };
  const labels = planLabels(pr.labels, decision.labels, managedLabels(policy));
  const wantsReviews = approval && !approval.met && !override?.allowed && decision.mode === "enforce" && !pr.draft && pr.state === "open";
  const reviewRequests = wantsReviews ? planReviewRequests({
    requirement: decision.approvals,
    owner: ref.owner,
    author: pr.author,
    headSha: pr.headSha,
    reviews,
    requestedUsers: pr.requestedUsers,
    requestedTeams: pr.requestedTeams,
    isTeamMember
  }) : null;
  const outcome = {
    ...base,
    decision,
    approval,
    override,
    gate: result,
    check,
    checkWrite: "failed",
    labels,
    reviewRequests,
    passing: result.passing,
    approved: !decision.approvals || Boolean(approval?.met) || Boolean(override?.allowed),
    report: decisionReport(decision, { policy: base.policySource, approval, override, gate: result })
  };
  const attempt = async (what, write) => {
    try {
      await write();
    } catch (error) {
      outcome.writeErrors.push(writeError(what, error));
      log?.error(`could not update ${what} on ${ref.owner}/${ref.repo}#${ref.pullNumber}: ${describeGitHubError(error).message}`);
    }
  };
  const styled = options.styledLabels ?? /* @__PURE__ */ new Set();
  const [checkWrite] = await Promise.all([
    writeCheck(outcome),
    labels.add.length || labels.remove.length ? attempt("labels", () => applyLabels(client, ref, labels, policy, styled)) : Promise.resolve(),
    reviewRequests && (reviewRequests.users.length || reviewRequests.teams.length) ? attempt("review requests", () => requestReviews(client, ref, reviewRequests)) : Promise.resolve()
  ]);
  outcome.checkWrite = checkWrite;
  log?.info(`${ref.owner}/${ref.repo}#${ref.pullNumber}: ${result.title} (check ${checkWrite})`);
  return outcome;
}
function labelMatters(policy, label) {
  const l = label.toLowerCase();
  return managedLabels(policy).some((m) => m.toLowerCase() === l) || policy.override?.label.toLowerCase() === l;
}
function writeError(what, error) {
  const { status, message } = describeGitHubError(error);
  return { what, status, message, permission: PERMISSIONS[what] };
}
function policyFailure(problems, source) {
  const lines = problems.map(formatProblem);
  const title = `Blast Radius policy is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"})`;
  const summary = [
    `## \u274C ${title}`,
    "",
    `The policy (${source}) could not be used, so this pull request cannot be evaluated and the check fails until it is fixed.`,
    "",
    "```text",
    ...lines.slice(0, 200),
    ...lines.length > 200 ? [`\u2026 and ${lines.length - 200} more`] : [],
    "```",
    "",
    "Fix the policy on the base branch (`blast-radius validate` checks it locally), then re-run this check."
  ].join("\n");
  return [title, summary, lines];
}
function readFailure(what, error) {
  const { status, message } = describeGitHubError(error);
  const reason = `GitHub answered ${status ? `HTTP ${status}: ` : ""}${message}`;
  const title = `Blast Radius could not read ${what} from GitHub`;
  const summary = [
    `## \u274C ${title}`,
    "",
    `${reason}.`,
    "",
    "Without them the risk cannot be judged, so the check fails rather than passing unseen changes. Re-run this check to try again."
  ].join("\n");
  return [title, summary, [`${title}: ${reason}`]];
}

// src/github/open-pull-requests.ts
var MAX_PULL_REQUESTS_PER_SWEEP = 300;
async function openPullRequestsInto(client, repo, branch, limit = MAX_PULL_REQUESTS_PER_SWEEP) {
  const numbers = [];
  for (let page = 1; numbers.length < limit; page++) {
    const { data, headers } = await client.request("GET /repos/{owner}/{repo}/pulls", { ...repo, state: "open", ...branch !== void 0 && { base: branch }, per_page: 100, page });
    numbers.push(...data.map((p) => p.number));
    if (!/rel="next"/.test(String(headers.link ?? ""))) break;
  }
  return numbers.slice(0, limit);
}
async function openPullRequestsForCommit(client, repo, sha) {
  const { data } = await client.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { ...repo, commit_sha: sha, per_page: 100 });
  return data.filter((p) => p.state === "open" && p.head.sha === sha).map((p) => p.number);
}

// app/index.ts
function blastRadiusApp(options = {}) {
  const policyPath = options.policyPath || DEFAULT_POLICY_PATH;
  const appId = options.appId;
  const installSweepLimit = options.installSweepLimit ?? MAX_PULL_REQUESTS_PER_SWEEP;
  const styledLabels = /* @__PURE__ */ new Set();
  return (app) => {
    const evaluate2 = async (context, pullNumber, onlyIfLabelMatters, { owner, repo } = context.repo()) => {
      const log = {
        info: (m) => context.log.info(m),
        warn: (m) => context.log.warn(m),
        error: (m) => context.log.error(m)
      };
      try {
        const outcome = await evaluatePullRequest({
          client: asGitHubClient(context.octokit),
          pullRequest: { owner, repo, pullNumber },
          policyPath,
          styledLabels,
          onlyIfLabelMatters,
          appId,
          log
        });
        if (outcome.skipped) context.log.debug(`${owner}/${repo}#${pullNumber}: skipped, ${outcome.skipped}`);
      } catch (error) {
        const { status, message } = describeGitHubError(error);
        context.log.error(`${owner}/${repo}#${pullNumber}: could not read the pull request (${status ?? "no status"}: ${message})`);
      }
    };
    app.on(["pull_request.opened", "pull_request.reopened", "pull_request.synchronize", "pull_request.ready_for_review"], async (context) => {
      await evaluate2(context, context.payload.pull_request.number);
    });
    app.on("pull_request.edited", async (context) => {
      if (context.payload.changes?.base) await evaluate2(context, context.payload.pull_request.number);
    });
    app.on(["pull_request.labeled", "pull_request.unlabeled"], async (context) => {
      if (context.payload.sender.type === "Bot") return;
      const label = context.payload.label?.name;
      if (label) await evaluate2(context, context.payload.pull_request.number, label);
    });
    app.on(["pull_request_review.submitted", "pull_request_review.edited", "pull_request_review.dismissed"], async (context) => {
      await evaluate2(context, context.payload.pull_request.number);
    });
    app.on("check_run.rerequested", async (context) => {
      const run2 = context.payload.check_run;
      if (!run2.name.startsWith(CHECK_NAME_PREFIX)) return;
      let numbers = run2.pull_requests.map((p) => p.number);
      if (numbers.length === 0) numbers = await openPullRequestsForCommit(asGitHubClient(context.octokit), context.repo(), run2.head_sha);
      for (const number of numbers) await evaluate2(context, number);
    });
    app.on("check_suite.rerequested", async (context) => {
      const suite = context.payload.check_suite;
      let numbers = suite.pull_requests.map((p) => p.number);
      if (numbers.length === 0 && suite.head_sha) numbers = await openPullRequestsForCommit(asGitHubClient(context.octokit), context.repo(), suite.head_sha);
      for (const number of numbers) await evaluate2(context, number);
    });
    const evaluateOpenPullRequestsOf = async (context, repositories) => {
      const client = asGitHubClient(context.octokit);
      let budget = installSweepLimit;
      let evaluated = 0;
      let unswept = 0;
      for (const { full_name } of repositories) {
        const [owner, repo] = full_name.split("/");
        if (budget === 0) {
          unswept++;
          continue;
        }
        let numbers;
        try {
          numbers = await openPullRequestsInto(client, { owner, repo }, void 0, budget);
        } catch (error) {
          const { status, message } = describeGitHubError(error);
          context.log.error(`${full_name}: could not list open pull requests (${status ?? "no status"}: ${message})`);
          continue;
        }
        budget -= numbers.length;
        for (const number of numbers) await evaluate2(context, number, void 0, { owner, repo });
        evaluated += numbers.length;
      }
      context.log.info(`newly installed on ${repositories.length} repositor${repositories.length === 1 ? "y" : "ies"}: evaluated ${evaluated} open pull request(s)`);
      if (budget === 0) {
        context.log.warn(`stopped at ${installSweepLimit} pull requests (${unswept} repositor${unswept === 1 ? "y" : "ies"} not swept); the others get their check on their next push`);
      }
    };
    app.on("installation.created", async (context) => {
      await evaluateOpenPullRequestsOf(context, context.payload.repositories ?? []);
    });
    app.on("installation_repositories.added", async (context) => {
      await evaluateOpenPullRequestsOf(context, context.payload.repositories_added);
    });
    app.on("push", async (context) => {
      const { ref, commits, deleted } = context.payload;
      if (deleted || !ref.startsWith("refs/heads/")) return;
      const touched = commits.some((c) => [...c.added ?? [], ...c.modified ?? [], ...c.removed ?? []].includes(policyPath));
      if (!touched) return;
      const branch = ref.slice("refs/heads/".length);
      const client = asGitHubClient(context.octokit);
      const numbers = await openPullRequestsInto(client, context.repo(), branch);
      context.log.info(`${policyPath} changed on ${branch}: re-evaluating ${numbers.length} open pull request(s)`);
      for (const number of numbers) await evaluate2(context, number);
    });
  };
}

// app/registration.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
function registrationHandler(settings, options) {
  const envFile = options.envFile ?? join(process.cwd(), ".env");
  return async (req, res) => {
    if (req.method !== "GET") return false;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/") return redirect(res, "/probot");
    if (url.pathname === "/probot") {
      const manifest = appManifest(readAppYml(), publicBaseUrl(req), settings);
      html(res, 200, registrationPage(manifest, createAppUrl(settings)));
      return true;
    }
    if (url.pathname === "/probot/setup") {
      const code2 = url.searchParams.get("code");
      if (!code2 || !/^[\w-]+$/.test(code2)) return html(res, 400, '<p>The registration code from GitHub is missing or malformed: start again from <a href="/probot">/probot</a>.</p>');
      let app;
      try {
        app = await convertManifestCode(settings, code2);
      } catch (error) {
        options.log.error(`Registration failed: ${error.message}`);
        return html(res, 502, `<p>${escapeHtml(error.message)}. Start again from <a href="/probot">/probot</a>.</p>`);
      }
      updateEnvFile(envFile, { APP_ID: String(app.id), PRIVATE_KEY: app.pem, WEBHOOK_SECRET: app.webhook_secret, GITHUB_CLIENT_ID: app.client_id, GITHUB_CLIENT_SECRET: app.client_secret });
      options.log.info(`Registered GitHub App ${app.id}; its credentials are in ${envFile}. Restart the server to receive deliveries.`);
      return redirect(res, `${app.html_url}/installations/new`);
    }
    return false;
  };
}
function appManifest(appYml, baseUrl, settings) {
  const hookAttributes = appYml.hook_attributes ?? {};
  return {
    ...appYml,
    hook_attributes: { ...hookAttributes, url: settings.webhookProxyUrl ?? `${baseUrl}${settings.webhookPath}` },
    redirect_url: `${baseUrl}/probot/setup`
  };
}
function readAppYml() {
  return parseYaml(readFileSync(join(process.cwd(), "app.yml"), "utf8")) ?? {};
}
function publicBaseUrl(req) {
  const first = (header) => (Array.isArray(header) ? header[0] : header)?.split(",")[0].trim();
  const protocol = first(req.headers["x-forwarded-proto"]) ?? ("encrypted" in req.socket && req.socket.encrypted ? "https" : "http");
  const host = first(req.headers["x-forwarded-host"]) ?? req.headers.host ?? "localhost";
  return `${protocol}://${host}`;
}
function createAppUrl(settings) {
  return `${settings.webBaseUrl}${settings.organization ? `/organizations/${encodeURIComponent(settings.organization)}` : ""}/settings/apps/new`;
}
async function convertManifestCode(settings, code2) {
  const response = await fetchWithTimeout(settings.requestTimeoutMs)(`${settings.apiBaseUrl}/app-manifests/${code2}/conversions`, {
    method: "POST",
    headers: { accept: "application/vnd.github+json", "user-agent": "blast-radius" }
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.id || !body.pem || !body.webhook_secret || !body.html_url) {
    throw new Error(`GitHub did not register the app (HTTP ${response.status}: ${body.message ?? "unexpected answer"})`);
  }
  return body;
}
function updateEnvFile(path, values) {
  let lines = [];
  try {
    lines = readFileSync(path, "utf8").split("\n");
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  if (lines.at(-1) === "") lines.pop();
  for (const [key, value] of Object.entries(values)) {
    if (value === void 0) continue;
    const line = `${key}=${/[\n"#\s]/.test(value) ? `"${value.replace(/\n/g, "\\n").replace(/"/g, '\\"')}"` : value}`;
    const at = lines.findIndex((l) => new RegExp(`^\\s*(export\\s+)?${key}\\s*=`).test(l));
    if (at >= 0) lines[at] = line;
    else lines.push(line);
  }
  writeFileSync(path, `${lines.join("\n")}
`, { mode: 384 });
}
function registrationPage(manifest, action) {
  const hook = manifest.hook_attributes.url;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Register Blast Radius</title></head>
<body>
<h1>Register Blast Radius as a GitHub App</h1>
<p>GitHub will deliver webhooks to <code>${escapeHtml(hook)}</code>. If GitHub cannot reach that address, open this page at the public address instead (or set WEBHOOK_PROXY_URL), or change the webhook URL in the app's settings afterwards.</p>
<form action="${escapeHtml(action)}" method="post">
<input type="hidden" name="manifest" value="${escapeHtml(JSON.stringify(manifest))}">
<button type="submit">Register GitHub App</button>
</form>
</body></html>
`;
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function redirect(res, location) {
  res.writeHead(302, { location, "content-type": "text/plain" }).end(`Found. Redirecting to ${location}`);
  return true;
}
function html(res, status, body) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);
  return true;
}

// app/server.ts
var MAX_WEBHOOK_BODY_BYTES = 25 * 1024 * 1024;
var REFUSED_CONNECTION_LINGER_MS = 2e3;
async function startServer(settings, options = {}) {
  const { credentials } = settings;
  let webhooks;
  let log;
  let registration;
  if (credentials) {
    const probot = new Probot({
      appId: credentials.appId,
      privateKey: credentials.privateKey,
      secret: credentials.webhookSecret,
      baseUrl: settings.apiBaseUrl,
      logLevel: settings.logLevel,
      logFormat: settings.logFormat,
      Octokit: options.Octokit,
      // Every request to GitHub, the installation token's included, gives up after the timeout.
      request: { fetch: fetchWithTimeout(settings.requestTimeoutMs) }
    });
    await probot.load(options.appFn ?? blastRadiusApp({ policyPath: settings.policyPath, appId: credentials.appId }));
    webhooks = await probot.getNodeMiddleware({ path: settings.webhookPath });
    log = probot.log;
  } else {
    log = options.log ?? console;
    webhooks = (_req, res) => reply(res, 503, "Blast Radius is not registered yet: open this server's home page to register it, or set APP_ID, PRIVATE_KEY and WEBHOOK_SECRET.\n");
    registration = registrationHandler(settings, { envFile: options.envFile, log });
  }
  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      log.error(`request ${req.method} ${req.url} failed: ${String(error)}`);
      if (!res.headersSent) reply(res, 500, "internal error\n");
    });
  });
  const route = async (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") return void reply(res, 200, JSON.stringify({ status: "ok", registered: Boolean(credentials) }), "application/json");
    if (req.method === "GET" && path === "/ping") return void reply(res, 200, "PONG");
    if (req.method === "POST" && path === settings.webhookPath) {
      const body = await readBodyWithin(req, res, MAX_WEBHOOK_BODY_BYTES);
      if (body === void 0) return;
      Object.assign(req, { body });
      if (!await webhooks(req, res)) reply(res, 404, "not found\n");
      return;
    }
    if (registration && await registration(req, res)) return;
    reply(res, 404, "not found\n");
  };
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const url = `http://${printableHost(server.address())}`;
  log.info(`Blast Radius is listening on ${url}${credentials ? `; deliveries go to ${settings.webhookPath}` : " in registration mode: open it in a browser to register the app"}`);
  const stopProxy = settings.webhookProxyUrl ? await startWebhookProxy(settings.webhookProxyUrl, `${url}${settings.webhookPath}`, log) : void 0;
  return {
    url,
    close: async () => {
      stopProxy?.();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
function readBodyWithin(req, res, limit) {
  const refuse = () => {
    res.writeHead(413, { "content-type": "text/plain" });
    res.end(`A webhook delivery is at most ${limit} bytes.
`, () => setTimeout(() => req.destroy(), REFUSED_CONNECTION_LINGER_MS).unref());
  };
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) {
    refuse();
    return Promise.resolve(void 0);
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      chunks.length = 0;
      refuse();
      resolve(void 0);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
function reply(res, status, body, contentType = "text/plain") {
  res.writeHead(status, { "content-type": contentType }).end(body);
  return true;
}
function printableHost({ address, family, port }) {
  const host = address === "0.0.0.0" || address === "::" ? "localhost" : address;
  return `${family === "IPv6" && host !== "localhost" ? `[${host}]` : host}:${port}`;
}
async function startWebhookProxy(source, target, log) {
  const moduleName = "smee-client";
  let SmeeClient;
  try {
    ({ SmeeClient } = await import(moduleName));
  } catch {
    log.warn(`WEBHOOK_PROXY_URL is set but smee-client is not installed: run \`npm install --no-save smee-client\` to forward ${source} to ${target}.`);
    return void 0;
  }
  const events = await new SmeeClient({ source, target, logger: log }).start();
  log.info(`Forwarding webhook deliveries from ${source} to ${target}`);
  return () => events.close();
}

// app/settings.ts
import { readFileSync as readFileSync2 } from "node:fs";
var DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";
var LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"];
var SettingsError = class extends Error {
  constructor(problems) {
    super(`Blast Radius cannot start; fix these settings (environment or .env):
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
    this.name = "SettingsError";
  }
  problems;
};
function readSettings(env) {
  const problems = [];
  const value = (name2) => {
    const raw = env[name2]?.trim();
    return raw ? raw : void 0;
  };
  const integer = (name2, fallback, min, max) => {
    const raw = value(name2);
    if (raw === void 0) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) {
      problems.push(`${name2}=${raw} is not a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const webhookPath = value("WEBHOOK_PATH") ?? DEFAULT_WEBHOOK_PATH;
  if (!webhookPath.startsWith("/")) problems.push(`WEBHOOK_PATH=${webhookPath} must start with "/" (e.g. ${DEFAULT_WEBHOOK_PATH})`);
  const logLevel = (value("LOG_LEVEL") ?? "info").toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL=${logLevel} is not one of ${LOG_LEVELS.join(", ")}`);
  const logFormat = value("LOG_FORMAT") ?? (value("NODE_ENV") === "production" ? "json" : "pretty");
  if (logFormat !== "json" && logFormat !== "pretty") problems.push(`LOG_FORMAT=${logFormat} must be json or pretty`);
  const webhookProxyUrl = value("WEBHOOK_PROXY_URL");
  if (webhookProxyUrl !== void 0 && !isHttpUrl(webhookProxyUrl)) problems.push(`WEBHOOK_PROXY_URL=${webhookProxyUrl} is not an http(s) URL`);
  const policyPath = value("BLAST_RADIUS_POLICY_PATH") ?? DEFAULT_POLICY_PATH;
  if (policyPath.startsWith("/") || policyPath.split("/").some((part) => part === ".." || part === "." || part === "") || policyPath.includes("\\")) {
    problems.push(`BLAST_RADIUS_POLICY_PATH=${policyPath} must be a path inside the repository, like ${DEFAULT_POLICY_PATH}`);
  }
  const settings = {
    credentials: readCredentials(value, problems),
    port: integer("PORT", 3e3, 0, 65535),
    host: value("HOST") ?? "localhost",
    webhookPath,
    webhookProxyUrl,
    logLevel,
    logFormat,
    ...gitHubUrls(value, problems),
    organization: value("GH_ORG"),
    policyPath,
    requestTimeoutMs: integer("BLAST_RADIUS_REQUEST_TIMEOUT_MS", DEFAULT_REQUEST_TIMEOUT_MS, 1, 6e5)
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}
function gitHubUrls(value, problems) {
  const host = value("GHE_HOST");
  const protocol = value("GHE_PROTOCOL") ?? "https";
  if (protocol !== "https" && protocol !== "http") problems.push(`GHE_PROTOCOL=${protocol} must be https or http`);
  if (host === void 0) return { apiBaseUrl: "https://api.github.com", webBaseUrl: "https://github.com" };
  if (/[/\s]/.test(host)) problems.push(`GHE_HOST=${host} must be a host name (and port), like github.example.com, without a scheme or path`);
  return { apiBaseUrl: `${protocol}://${host}/api/v3`, webBaseUrl: `${protocol}://${host}` };
}
function readCredentials(value, problems) {
  const rawId = value("APP_ID");
  const webhookSecret = value("WEBHOOK_SECRET");
  const keyGiven = value("PRIVATE_KEY") !== void 0 || value("PRIVATE_KEY_PATH") !== void 0;
  if (rawId === void 0 && !keyGiven && webhookSecret === void 0) return void 0;
  const privateKey = readPrivateKey(value, problems);
  const missing = [rawId === void 0 && "APP_ID", !keyGiven && "PRIVATE_KEY or PRIVATE_KEY_PATH", webhookSecret === void 0 && "WEBHOOK_SECRET"].filter(Boolean);
  if (missing.length > 0) problems.push(`${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set (the app's settings page on GitHub has ${missing.length > 1 ? "them" : "it"})`);
  const appId = rawId !== void 0 && /^\d+$/.test(rawId) ? Number(rawId) : void 0;
  if (rawId !== void 0 && !appId) problems.push(`APP_ID=${rawId} is not a GitHub App ID (a positive whole number)`);
  if (!appId || !privateKey || !webhookSecret) return void 0;
  return { appId, privateKey, webhookSecret };
}
function readPrivateKey(value, problems) {
  const inline = value("PRIVATE_KEY");
  const path = value("PRIVATE_KEY_PATH");
  if (inline !== void 0) {
    const pem = inline.replace(/\\n/g, "\n");
    if (isPem(pem)) return pem;
    const decoded = Buffer.from(inline, "base64").toString("utf8");
    if (isPem(decoded)) return decoded;
    problems.push("PRIVATE_KEY is not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----, or that PEM in base64)");
    return void 0;
  }
  if (path === void 0) return void 0;
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    problems.push(`PRIVATE_KEY_PATH=${path} cannot be read (${error.code ?? String(error)})`);
    return void 0;
  }
  if (isPem(text)) return text;
  problems.push(`PRIVATE_KEY_PATH=${path} is not a PEM private key`);
  return void 0;
}
function isPem(text) {
  return /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----/.test(text);
}
function isHttpUrl(text) {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

// app/main.ts
function environment() {
  let fromFile = {};
  try {
    fromFile = parseEnv(readFileSync3(join2(process.cwd(), ".env"), "utf8"));
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const env = { ...fromFile };
  for (const [key, value] of Object.entries(process.env)) if (value?.trim()) env[key] = value;
  return env;
}
async function main() {
  let settings;
  try {
    settings = readSettings(environment());
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const server = await startServer(settings);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      void server.close().then(() => process.exit(0));
    });
  }
}
main().catch((error) => {
  console.error(`Blast Radius could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
