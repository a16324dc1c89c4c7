#!/usr/bin/env node
/**
 * Compares a senior's tiers (written before any tool ran) with a replay's tiers, commit by commit:
 * exact agreement per repository, and every disagreement, the ones where the tool is lower than a
 * senior's high or critical first (issue 10's hard target: none of those).
 *
 *   node scripts/agreement.mjs --senior docs/case-studies/issue-10-senior-tiers.json \
 *     --replay openstatusHQ/openstatus=before-openstatus.json --replay ... [--key tier] [--markdown]
 *
 * A replay file is the `--json` output of scripts/replay.mjs or scripts/replay-cli.mjs; `--key`
 * picks which of its tier fields to compare (tier, tierWithGraphDirectEscalations, ...).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    senior: { type: "string" },
    replay: { type: "string", multiple: true },
    key: { type: "string", default: "tier" },
    markdown: { type: "boolean", default: false },
  },
});
if (!values.senior || !values.replay?.length) {
  console.error("usage: agreement.mjs --senior FILE --replay OWNER/NAME=REPLAY.json [--replay ...] [--key tier] [--markdown]");
  process.exit(2);
}

const TIERS = ["low", "medium", "high", "critical"];
const rank = (tier) => TIERS.indexOf(tier);
const senior = JSON.parse(readFileSync(values.senior, "utf8"));

/** The replay's row for a short commit id, or a readable failure naming what is missing. */
function rowFor(rows, commit, file) {
  const row = rows.find((r) => r.commit.startsWith(commit));
  if (!row) throw new Error(`${file}: no replayed commit ${commit} (is it among the replayed changes?)`);
  return row;
}

function compare(repository, replayFile) {
  const picks = senior.repositories[repository];
  if (!picks) throw new Error(`${values.senior}: no repository ${repository}`);
  const rows = JSON.parse(readFileSync(replayFile, "utf8")).results;
  return picks.map((pick) => {
    const row = rowFor(rows, pick.commit, replayFile);
    const tool = row[values.key];
    if (rank(tool) < 0) throw new Error(`${replayFile}: commit ${pick.commit} has no tier under "${values.key}"`);
    return { repository, ...pick, tool, setBy: row.setBy ?? [], targets: row.targets ?? [], escalations: (row.escalations ?? []).map((e) => (typeof e === "string" ? e : (e.name ?? e.condition))) };
  });
}

let all = [];
try {
  for (const spec of values.replay) {
    const at = spec.indexOf("=");
    if (at < 0) throw new Error(`--replay ${spec}: expected OWNER/NAME=FILE`);
    all = all.concat(compare(spec.slice(0, at), spec.slice(at + 1)));
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const seriousTooLow = (d) => rank(d.senior) >= rank("high") && rank(d.tool) < rank(d.senior);
const summary = (rows) => {
  const agree = rows.filter((d) => d.tool === d.senior).length;
  return { agree, of: rows.length, percent: Math.round((100 * agree) / rows.length), tooLow: rows.filter((d) => rank(d.tool) < rank(d.senior)).length, tooHigh: rows.filter((d) => rank(d.tool) > rank(d.senior)).length, seriousTooLow: rows.filter(seriousTooLow).length };
};
const repositories = [...new Set(all.map((d) => d.repository))];
const why = (d) => [...d.setBy, ...d.escalations].join(", ") || "default tier";

if (values.markdown) {
  console.log("| repository | exact agreement | tool lower | tool higher | senior high/critical, tool lower |");
  console.log("|---|---|---|---|---|");
  for (const r of [...repositories, "all"]) {
    const s = summary(r === "all" ? all : all.filter((d) => d.repository === r));
    console.log(`| ${r} | ${s.agree} / ${s.of} (${s.percent}%) | ${s.tooLow} | ${s.tooHigh} | ${s.seriousTooLow} |`);
  }
  console.log("\n| repository | commit | change | senior | tool | set by | senior's reason |");
  console.log("|---|---|---|---|---|---|---|");
  for (const d of all.filter((d) => d.tool !== d.senior)) console.log(`| ${d.repository.split("/")[1]} | ${d.commit} | ${d.change} | ${d.senior} | ${d.tool}${seriousTooLow(d) ? " (too low)" : ""} | ${why(d)} | ${d.why} |`);
} else {
  console.log(JSON.stringify({ key: values.key, perRepository: Object.fromEntries(repositories.map((r) => [r, summary(all.filter((d) => d.repository === r))])), all: summary(all), disagreements: all.filter((d) => d.tool !== d.senior).map((d) => ({ repository: d.repository, commit: d.commit, change: d.change, senior: d.senior, tool: d.tool, seriousTooLow: seriousTooLow(d), setBy: why(d), why: d.why })) }, null, 1));
}
