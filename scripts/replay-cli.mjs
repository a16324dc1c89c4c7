#!/usr/bin/env node
/**
 * Replays a repository's last N first-parent changes through a built `blast-radius` CLI, exactly as
 * an admin would: `blast-radius evaluate --base C^ --config POLICY --format json` with C as HEAD.
 * Use it for policies with keys the in-process replay (scripts/replay.mjs) does not know yet, or
 * to time the real command.
 *
 *   node scripts/replay-cli.mjs --repo GITDIR --policy FILE [--cli bin/blast-radius.js]
 *       [--count 200] [--branch main] [--json out.json] [--commits abc123,def456]
 *
 * --commits keeps, among the last N, only the commits with these ids (or id prefixes): a sample.
 *
 * One no-checkout worktree is moved from commit to commit (`git reset --soft`): `evaluate --base`
 * reads git only, and the mirrors may lack their largest blobs.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const { values } = parseArgs({
  options: {
    repo: { type: "string" },
    policy: { type: "string" },
    cli: { type: "string", default: new URL("../bin/blast-radius.js", import.meta.url).pathname },
    count: { type: "string", default: "200" },
    branch: { type: "string", default: "main" },
    json: { type: "string" },
    commits: { type: "string" },
  },
});
if (!values.repo || !values.policy) {
  console.error("usage: replay-cli.mjs --repo GITDIR --policy FILE [--cli PATH] [--count N] [--json OUT]");
  process.exit(2);
}
const repo = resolve(values.repo);
const git = (cwd, ...args) => execFileSync("git", ["-C", cwd, ...args], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });

const sample = values.commits?.split(",").map((c) => c.trim()).filter(Boolean);
const commits = git(repo, "rev-list", "--first-parent", "-n", values.count, "HEAD")
  .trim()
  .split("\n")
  .filter((c) => !sample || sample.some((id) => c.startsWith(id)));
const dir = mkdtempSync(join(tmpdir(), "replay-cli-"));
const results = [];
let totalMs = 0;
try {
  git(repo, "worktree", "add", "--no-checkout", "--detach", "--quiet", dir, commits[0]);
  for (const commit of commits) {
    if (git(repo, "rev-list", "--parents", "-n", "1", commit).trim().split(" ").length < 2) continue;
    git(dir, "reset", "--quiet", "--soft", commit);
    const started = performance.now();
    let report;
    try {
      const out = execFileSync("node", [resolve(values.cli), "evaluate", "--base", `${commit}^`, "--base-branch", values.branch, "--config", resolve(values.policy), "--format", "json"], {
        cwd: dir,
        encoding: "utf8",
        maxBuffer: 1e9,
        stdio: ["ignore", "pipe", "pipe"],
      });
      report = JSON.parse(out);
    } catch (error) {
      results.push({ commit, error: String(error.stderr ?? error.message).split("\n")[0] });
      continue;
    } finally {
      totalMs += performance.now() - started;
    }
    results.push({
      commit,
      subject: git(repo, "log", "-1", "--format=%s", commit).trim(),
      tier: report.tier,
      targets: report.targets.map((t) => t.name),
      throughDependency: report.targets.filter((t) => (t.throughDependency ?? []).length > 0).map((t) => t.name),
      escalations: report.escalations.map((e) => e.condition),
      // with `code_owners` in the policy: the owner groups that must approve, and unowned files
      ...(report.approvals?.codeOwners && {
        codeOwnerGroups: report.approvals.codeOwners.groups.map((g) => g.owners.join(" or ")),
        unownedFiles: report.approvals.codeOwners.unowned.length,
      }),
      // the rules and targets that gave a file the pull request's tier (escalations aside)
      setBy: [...new Set(report.files.filter((f) => f.tier === report.tier).flatMap((f) => f.reasons.filter((r) => r.tier === report.tier).map((r) => r.name)))],
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  git(repo, "worktree", "prune");
}

const ok = results.filter((r) => !r.error);
const tiers = {};
for (const r of ok) tiers[r.tier] = (tiers[r.tier] ?? 0) + 1;
const summary = {
  repository: repo,
  head: commits[0],
  changes: results.length,
  errors: results.length - ok.length,
  firstError: results.find((r) => r.error)?.error,
  tiers,
  noTarget: ok.filter((r) => r.targets.length === 0).length,
  msPerCommand: +(totalMs / results.length).toFixed(0),
};
if (values.json) writeFileSync(values.json, JSON.stringify({ summary, results }, null, 1) + "\n");
console.log(JSON.stringify(summary, null, 2));
