/**
 * The one module that turns a repository (read at the base commit, or a working tree) into the
 * targets the engine will see: discovered deploy targets, the targets reached through workspace
 * dependencies and, per change, through lockfiles, as data. The CLI, the Action and the app all
 * call discoverTargets(), each with its own RepositoryFiles and lockfile readers.
 */
import { compilePolicy } from "../engine/evaluate.js";
import { targetsContaining, type DiscoveredFacts, type DiscoveredTarget } from "../engine/shipping.js";
import type { ChangedFile } from "../engine/types.js";
import type { Policy } from "../policy/schema.js";
import { lockfileKind, lockfileReach, type LockfileChange } from "./lockfiles.js";
import { filterPatternRegExp } from "./path-filter.js";
import { listWorkflowFiles, readWorkflow, type Deployment, type RepositoryFiles, type WorkflowReading } from "./workflows.js";
import { readWorkspaceGraph, type WorkspaceGraph } from "./workspaces.js";
import { dependencyReach } from "./workspaces-routes.js";

export type { RepositoryFiles } from "./workflows.js";
export { wantsDiscovery } from "./wanted.js";

export interface Discovery extends DiscoveredFacts {
  /** every workflow file read, deploy or not, and why not: what `blast-radius targets` lists */
  workflows: WorkflowReading[];
  /** the workspace graph at the base commit (discover.workspaces) */
  graph?: WorkspaceGraph;
}

export const UNKNOWN_ENVIRONMENT = "unknown";

/** The text of a file at one side of the change; null when it is not there. */
export type ReadText = (path: string) => Promise<string | null | undefined>;

/**
 * What the change itself says, for lockfile attribution: its changed files, and how to read a
 * file before (the base commit) and after (the head commit) the change. Without it, lockfiles
 * are not attributed (`targets`, `explain`).
 */
export interface ChangeTexts {
  files: readonly ChangedFile[];
  before: ReadText;
  after: ReadText;
}

export async function discoverTargets(policy: Policy, files: RepositoryFiles, change?: ChangeTexts): Promise<Discovery> {
  const discovery: Discovery = { targets: [], dependencyReach: [], notes: [], workflows: [] };
  await discoverWorkflowTargets(policy, files, discovery);
  if (policy.discover?.workspaces) await discoverDependencies(policy, files, discovery, change);
  return discovery;
}

/**
 * `discover.workspaces`: every package's files reach the targets (written or discovered) that
 * contain the root of a package depending on it at run time; a changed lockfile reaches the
 * targets of the packages whose entries changed.
 */
async function discoverDependencies(policy: Policy, files: RepositoryFiles, discovery: Discovery, change: ChangeTexts | undefined): Promise<void> {
  const graph = await readWorkspaceGraph(files);
  discovery.graph = graph;
  for (const problem of graph.problems) discovery.notes.push(`discover.workspaces: ${problem}`);
  if (graph.packages.length === 0) discovery.notes.push("discover.workspaces is on, but no npm, yarn, pnpm or Go workspace package was found, so no target is reached through dependencies.");
  const targetsAt = targetsContaining(compilePolicy(policy), discovery);
  discovery.dependencyReach = dependencyReach(graph, targetsAt);
  const lockfiles = (change?.files ?? []).filter((f) => lockfileKind(f.path) !== undefined);
  if (!change || lockfiles.length === 0) return;
  const reach = lockfileReach(graph, await Promise.all(lockfiles.map((f) => lockfileTexts(f, change))), targetsAt);
  discovery.lockfileHits = reach.hits;
  for (const { path, reason } of reach.unreadable) discovery.notes.push(`${path}: which packages it changes cannot be read (${reason}); rules give it its tier.`);
  for (const path of reach.shipsNowhere) discovery.notes.push(`${path} changes no run-time dependency of a package a target deploys: it ships nowhere through dependencies.`);
}

/** A changed lockfile's texts: none before when the change adds it, none after when it removes it. */
async function lockfileTexts(file: ChangedFile, change: ChangeTexts): Promise<LockfileChange> {
  const before = file.status === "added" ? undefined : ((await change.before(file.previousPath ?? file.path)) ?? null);
  const after = file.status === "removed" ? undefined : ((await change.after(file.path)) ?? null);
  return { path: file.path, before, after };
}

async function discoverWorkflowTargets(policy: Policy, files: RepositoryFiles, discovery: Discovery): Promise<void> {
  const settings = policy.discover?.workflows;
  if (!settings) return;
  const excluded = settings.exclude.map((name) => ({ name, regexp: filterPatternRegExp(name) }));
  const withoutEnvironment = (settings.without_environment?.workflows ?? []).map((name) => filterPatternRegExp(name));
  const assumed = { environment: settings.without_environment?.environment ?? null };
  const workflowFiles = await listWorkflowFiles(files);
  if (workflowFiles.length === 0) discovery.notes.push("discover.workflows is on, but .github/workflows holds no workflow file, so no deploy target was discovered.");
  // read every workflow at once (through the API, each is a request unless cached); report in name order
  const readings = await Promise.all(
    workflowFiles.map((file): Promise<WorkflowReading> | WorkflowReading => {
      const exclusion = excluded.find((e) => e.regexp.test(file.slice(file.lastIndexOf("/") + 1)));
      if (exclusion) return { file, skipped: `excluded by discover.workflows.exclude "${exclusion.name}"` };
      const name = file.slice(file.lastIndexOf("/") + 1);
      return readWorkflow(files, file, withoutEnvironment.some((r) => r.test(name)) ? assumed : undefined);
    }),
  );
  for (const reading of readings) {
    const base = reading.file.slice(reading.file.lastIndexOf("/") + 1);
    discovery.workflows.push(reading);
    if (!("deploy" in reading)) {
      if ("problem" in reading && reading.problem) discovery.notes.push(`${reading.file} was not read as a deploy workflow: ${reading.skipped}.`);
      continue;
    }
    for (const deployment of reading.deploy.deployments) {
      discovery.targets.push({
        name: deployment.withoutEnvironment ? base : `${base}:${deployment.job}`,
        environment: deployment.environment ?? UNKNOWN_ENVIRONMENT,
        tier: environmentTier(policy, deployment),
        origin: {
          file: deployment.file,
          line: deployment.line,
          job: deployment.job,
          ...(deployment.via ? { via: deployment.via } : {}),
          ...(deployment.expression ? { expression: deployment.expression } : {}),
          ...(deployment.withoutEnvironment ? { withoutEnvironment: true } : {}),
        },
        paths: reading.deploy.paths,
        branches: reading.deploy.branches,
      } satisfies DiscoveredTarget);
    }
  }
}

/** `environments` by exact name (case-insensitive, as GitHub compares them), then by pattern in order. */
export function environmentTier(policy: Policy, deployment: Pick<Deployment, "environment">): string {
  const settings = policy.discover?.workflows;
  if (deployment.environment === null) return settings?.unknown_environment ?? policy.tiers[policy.tiers.length - 1];
  const wanted = deployment.environment.toLowerCase();
  const entries = Object.entries(settings?.environments ?? {});
  const exact = entries.find(([name]) => name.toLowerCase() === wanted);
  if (exact) return exact[1];
  const pattern = entries.find(([name]) => name.includes("*") && new RegExp(`^${name.toLowerCase().split("*").map(escapeRegExp).join(".*")}$`).test(wanted));
  return pattern?.[1] ?? settings?.other_environments ?? policy.default_tier;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
