/**
 * The one module that turns a repository (read at the base commit, or a working tree) into the
 * targets the engine will see: discovered deploy targets, as data. The CLI, the Action and the app
 * all call discoverTargets(), each with its own RepositoryFiles.
 */
import type { DiscoveredFacts, DiscoveredTarget } from "../engine/shipping.js";
import type { Policy } from "../policy/schema.js";
import { filterPatternRegExp } from "./path-filter.js";
import { listWorkflowFiles, readWorkflow, type Deployment, type RepositoryFiles, type WorkflowReading } from "./workflows.js";

export type { RepositoryFiles } from "./workflows.js";

export interface Discovery extends DiscoveredFacts {
  /** every workflow file read, deploy or not, and why not: what `blast-radius targets` lists */
  workflows: WorkflowReading[];
}

export const UNKNOWN_ENVIRONMENT = "unknown";

/** Nothing to discover when the policy does not ask for it: no request, no file read. */
export function wantsDiscovery(policy: Policy): boolean {
  return Boolean(policy.discover?.workflows);
}

export async function discoverTargets(policy: Policy, files: RepositoryFiles): Promise<Discovery> {
  const settings = policy.discover?.workflows;
  const discovery: Discovery = { targets: [], dependencyReach: [], notes: [], workflows: [] };
  if (!settings) return discovery;
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
  return discovery;
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
