#!/usr/bin/env node
/**
 * Replays a repository's merged history through Blast Radius: for each of the last N first-parent
 * commits C, the files `git diff -M C^ C` changes (what `blast-radius evaluate --base C^` reads
 * with C checked out) are evaluated against a policy, and, with `--graph`, the workspace graph and
 * lockfile attribution are read from the repository as of C^ and laid over the decision.
 *
 *   npm run build
 *   node scripts/replay.mjs --repo /path/to/repo.git --policy policy.yml [--count 200] [--graph]
 *       [--branch main] [--json out.json] [--check-cli 5] [--never-ship "*.test.ts,*.md"]
 *
 * Works on bare repositories (the `fetch` mirrors): nothing is checked out except, with
 * --check-cli K, K temporary worktrees in which the real CLI runs `evaluate --base C^` so the
 * in-process numbers can be compared with it.
 *
 * The overlay (--graph) is how the case studies estimated the engine with dependencies followed
 * before the engine took the graph itself: a file's through-dependency and lockfile targets join
 * its direct ones, the PR's tier is raised to their tiers, and `targets_over` is re-checked on the
 * union of targets. A readable lockfile change that reaches no target takes the lowest tier.
 *
 * A policy with `discover` is evaluated the way the CLI does it (`discoverTargets`, the one module
 * the CLI, the Action and the app share): workflows, workspace graph and lockfiles read at C^ (the
 * lockfile's new text at C), passed to the engine as `discovered`. Each row then also says which
 * targets were reached only through dependencies, and the tier when `targets_over` counts direct
 * targets only (what issue 10's scoped escalations allow).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { compilePolicy, evaluate } from "../dist/src/engine/evaluate.js";
import { loadPolicy } from "../dist/src/policy/load.js";
import { GlobList } from "../dist/src/engine/glob.js";
import { parseNameStatus, parseNumstat } from "../dist/src/cli/git.js";
import { readWorkspaceGraph } from "../dist/src/discover/workspaces.js";
import { dependencyHits } from "../dist/src/discover/workspaces-routes.js";
import { attributeLockfileChange, lockfileHits, lockfileKind } from "../dist/src/discover/lockfiles.js";
import { discoverTargets, wantsDiscovery } from "../dist/src/discover/targets.js";
import { gitCommitFiles } from "../dist/src/discover/local-files.js";

const { values } = parseArgs({
  options: {
    repo: { type: "string" },
    policy: { type: "string" },
    count: { type: "string", default: "200" },
    branch: { type: "string", default: "main" },
    graph: { type: "boolean", default: false },
    json: { type: "string" },
    "check-cli": { type: "string", default: "0" },
    "never-ship": { type: "string" },
  },
});
if (!values.repo || !values.policy) {
  console.error("usage: replay.mjs --repo GITDIR --policy FILE [--count N] [--graph] [--json OUT] [--check-cli K]");
  process.exit(2);
}
const repo = resolve(values.repo);
const git = (...args) =>
  execFileSync("git", ["-C", repo, "-c", "core.quotepath=off", ...args], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });

const policyText = readFileSync(values.policy, "utf8");
const loaded = loadPolicy([{ path: values.policy, text: policyText }]);
if (!loaded.ok) {
  console.error(loaded.problems);
  process.exit(1);
}
const policy = loaded.policy;
const compiled = compilePolicy(policy);
const rank = (t) => policy.tiers.indexOf(t);
const maxTier = (a, b) => (rank(b) > rank(a) ? b : a);
// --never-ship "*.test.ts,*.md": files that reach no target through dependencies (what the
// policy's never_ship does in the engine), to show its effect on the overlay
const neverShip = values["never-ship"] ? new GlobList(values["never-ship"].split(",")) : undefined;
const targetTier = new Map(policy.targets.map((t) => [t.name, t.tier]));
const targetsAt = (path) =>
  compiled
    .areasOf(path)
    .filter((a) => a.kind === "target" && (!a.branches || a.branches.matches(values.branch)))
    .map((a) => a.name);

/** Blob texts by object id: manifests rarely change, so most reads are cached. */
const blobCache = new Map();
function repositoryAt(commit) {
  const ids = new Map();
  for (const line of git("ls-tree", "-r", "-z", commit).split("\0")) {
    if (!line) continue;
    const tab = line.indexOf("\t");
    const [, type, id] = line.slice(0, tab).split(" ");
    if (type === "blob") ids.set(line.slice(tab + 1), id);
  }
  return {
    paths: async () => [...ids.keys()],
    read: async (path) => {
      const id = ids.get(path);
      if (!id) return undefined;
      if (!blobCache.has(id)) blobCache.set(id, git("cat-file", "blob", id));
      return blobCache.get(id);
    },
  };
}
const showOrUndefined = (commit, path) => {
  try {
    return git("show", `${commit}:${path}`);
  } catch {
    return undefined;
  }
};

const commits = git("rev-list", "--first-parent", `-n`, values.count, "HEAD").trim().split("\n");
const results = [];
let evaluateMs = 0;
let graphMs = 0;
let discoverMs = 0;

/** What the CLI's `evaluate --base C^` discovers, with C checked out. */
function discoverAt(commit, files) {
  const base = gitCommitFiles(repo, `${commit}^`);
  const head = gitCommitFiles(repo, commit);
  return discoverTargets(policy, base, { files, before: (p) => base.read(p), after: (p) => head.read(p) });
}

/** The tier when `targets_over` counts only targets a changed file lies in (not reached through a dependency). */
function tierDirectEscalations(decision) {
  const direct = decision.targets.filter((t) => t.files.length > 0).length;
  // an escalation is named by its rule's name, or by its conditions when it has none
  const kept = decision.escalations.filter((e) => {
    const rule = policy.escalate.find((r) => (r.name ?? `targets_over: ${r.when.targets_over}`) === e.condition && r.tier === e.tier);
    const onlyTargets = rule && Object.keys(rule.when).length === 1 && rule.when.targets_over !== undefined;
    return !(onlyTargets && direct <= rule.when.targets_over);
  });
  return [...decision.files.map((f) => f.tier), ...kept.map((e) => e.tier)].reduce(maxTier, policy.tiers[0]);
}
for (const commit of commits) {
  const parents = git("rev-list", "--parents", "-n", "1", commit).trim().split(" ");
  if (parents.length < 2) continue;
  const base = `${commit}^`;
  const common = ["diff", "-z", "-M", "--no-ext-diff", "--no-textconv", "--no-color"];
  const counts = parseNumstat(git(...common, "--numstat", base, commit));
  const files = parseNameStatus(git(...common, "--name-status", base, commit)).map((f) => ({ ...f, ...(counts.get(f.path) ?? { additions: 0, deletions: 0 }) }));
  const discoverStarted = performance.now();
  const discovered = wantsDiscovery(policy) ? await discoverAt(commit, files) : undefined;
  discoverMs += performance.now() - discoverStarted;
  const started = performance.now();
  const decision = evaluate(compiled, { files, baseBranch: values.branch, discovered });
  evaluateMs += performance.now() - started;
  const row = {
    commit,
    subject: git("log", "-1", "--format=%s", commit).trim(),
    files: files.length,
    tier: decision.tier,
    targets: decision.targets.map((t) => t.name),
    escalations: decision.escalations.map((e) => e.condition),
    ...(discovered
      ? {
          throughOnly: decision.targets.filter((t) => t.files.length === 0).map((t) => t.name),
          routes: decision.targets.flatMap((t) => (t.throughDependency ?? []).map((d) => `${d.path}: ${t.name} via ${d.route.join(" → ")}`)).slice(0, 6),
          tierDirectEscalations: tierDirectEscalations(decision),
          notes: discovered.notes.filter((n) => /lockfile|lock\.|ships nowhere/.test(n)),
        }
      : {}),
    // the rules, targets or defaults that set the tier (escalations aside)
    setBy: [...new Set(decision.files.filter((f) => f.tier === decision.tier).flatMap((f) => f.reasons.filter((r) => r.tier === decision.tier).map((r) => r.name)))],
  };
  if (values.graph) Object.assign(row, await withGraph(commit, files, decision));
  results.push(row);
}

async function withGraph(commit, files, decision) {
  const started = performance.now();
  const graph = await readWorkspaceGraph(repositoryAt(`${commit}^`));
  const paths = files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])).filter((p) => !neverShip?.matches(p));
  const hits = dependencyHits(graph, paths, targetsAt);
  const lockfiles = [];
  for (const file of files.filter((f) => lockfileKind(f.path))) {
    const attribution = attributeLockfileChange(file.path, showOrUndefined(`${commit}^`, file.previousPath ?? file.path), showOrUndefined(commit, file.path));
    const reached = attribution.readable ? lockfileHits(graph, file.path, attribution, targetsAt) : [];
    lockfiles.push({ path: file.path, attribution, reached });
    hits.push(...reached);
  }
  graphMs += performance.now() - started;
  const direct = new Set(decision.targets.map((t) => t.name));
  const through = [...new Set(hits.map((h) => h.target))].filter((t) => !direct.has(t));
  const all = new Set([...direct, ...through]);
  let tier = decision.tier;
  for (const hit of hits) tier = maxTier(tier, targetTier.get(hit.target));
  // A readable lockfile change that reaches nothing ships nowhere: its rule tier no longer counts
  // when it was the only reason for the PR's tier (re-derived from the other files).
  const silentLockfiles = new Set(lockfiles.filter((l) => l.attribution.readable && l.reached.length === 0).map((l) => l.path));
  if (silentLockfiles.size > 0) {
    const others = decision.files.filter((f) => !silentLockfiles.has(f.path)).reduce((t, f) => maxTier(t, f.tier), policy.tiers[0]);
    const escalated = decision.escalations.reduce((t, e) => maxTier(t, e.tier), policy.tiers[0]);
    tier = [others, escalated, ...hits.map((h) => targetTier.get(h.target))].reduce(maxTier, policy.tiers[0]);
  }
  // the next issue escalates on through-dependency hits separately: this is the tier when only
  // direct targets count for `targets_over`
  const tierDirectEscalations = tier;
  for (const rule of policy.escalate) {
    if (rule.when.targets_over !== undefined && all.size > rule.when.targets_over && Object.keys(rule.when).length === 1) tier = maxTier(tier, rule.tier);
  }
  return {
    graphPackages: graph.packages.length,
    throughTargets: through,
    routes: hits.slice(0, 6).map((h) => `${h.path}: target ${h.target} via ${h.route.join(" → ")}`),
    lockfiles: lockfiles.map((l) => ({ path: l.path, ...(l.attribution.readable ? { runtime: l.attribution.runtime, devOnly: l.attribution.devOnly } : { unreadable: l.attribution.reason }), reached: [...new Set(l.reached.map((h) => h.target))] })),
    tierWithGraph: tier,
    tierWithGraphDirectEscalations: tierDirectEscalations,
  };
}

// --- the real CLI on a few commits, to show the in-process numbers are the CLI's ---
const checks = Number(values["check-cli"]);
const cliMismatches = [];
if (checks > 0) {
  const cli = resolve(new URL("../bin/blast-radius.js", import.meta.url).pathname);
  const policyPath = resolve(values.policy);
  const step = Math.max(1, Math.floor(results.length / checks));
  for (let i = 0; i < results.length && i / step < checks; i += step) {
    const row = results[i];
    const dir = mkdtempSync(join(tmpdir(), "replay-"));
    try {
      // no files are needed: `evaluate --base` reads git, and mirrors may lack their largest blobs
      git("worktree", "add", "--no-checkout", "--detach", "--quiet", dir, row.commit);
      const out = execFileSync("node", [cli, "evaluate", "--base", `${row.commit}^`, "--base-branch", values.branch, "--config", policyPath, "--format", "json"], { cwd: dir, encoding: "utf8", maxBuffer: 1e9 });
      const report = JSON.parse(out);
      const targets = report.targets.map((t) => t.name);
      if (report.tier !== row.tier || targets.join() !== row.targets.join()) cliMismatches.push({ commit: row.commit, cli: { tier: report.tier, targets }, replay: { tier: row.tier, targets: row.targets } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      git("worktree", "prune");
    }
  }
}

// --- summary ---
const distribution = (key) => Object.fromEntries(policy.tiers.map((t) => [t, results.filter((r) => r[key] === t).length]));
const summary = {
  repository: repo,
  head: commits[0],
  oldest: commits[commits.length - 1],
  changes: results.length,
  tiers: distribution("tier"),
  noTarget: results.filter((r) => r.targets.length === 0).length,
  evaluateMsPerChange: +(evaluateMs / results.length).toFixed(3),
  ...(wantsDiscovery(policy)
    ? {
        discoverMsPerChange: +(discoverMs / results.length).toFixed(1),
        discoveredTargets: [...new Set(results.flatMap((r) => r.targets))].length,
        targetSetChangedByDependencies: results.filter((r) => r.throughOnly.length > 0).length,
        tiersDirectEscalations: distribution("tierDirectEscalations"),
      }
    : {}),
  ...(checks > 0 ? { cliChecked: Math.min(checks, results.length), cliMismatches } : {}),
};
if (values.graph) {
  Object.assign(summary, {
    tiersWithGraph: distribution("tierWithGraph"),
    tiersWithGraphDirectEscalations: distribution("tierWithGraphDirectEscalations"),
    targetSetChanged: results.filter((r) => r.throughTargets.length > 0).length,
    tierChanged: results.filter((r) => r.tierWithGraph !== r.tier).length,
    lockfileChanges: results.filter((r) => r.lockfiles.length > 0).length,
    graphMsPerChange: +(graphMs / results.length).toFixed(1),
  });
}
if (values.json) writeFileSync(values.json, JSON.stringify({ summary, results }, null, 1) + "\n");
console.log(JSON.stringify(summary, null, 2));
