/** `blast-radius targets`: the deploy targets as the engine will see them, written and discovered. */
import type { Discovery } from "../discover/targets.js";
import type { FilterPair } from "../discover/path-filter.js";
import type { Policy } from "../policy/schema.js";
import { environmentText, EVERY_FILE, originText, routeText } from "./shipping.js";

export interface TargetsReport {
  /** where the policy and workflows were read */
  policy: string;
  workflowsFrom?: string;
  targets: Array<
    | { source: "policy"; name: string; environment: string; tier: string; paths: string[]; exclude: string[]; branches?: string[] }
    | ({ source: "workflow" } & Discovery["targets"][number])
  >;
  dependencyReach: Discovery["dependencyReach"];
  neverShip: string[];
  workflows: Array<{ file: string; skipped: string }>;
  notes: string[];
}

export function targetsReport(policy: Policy, discovery: Discovery | undefined, where: { policy: string; workflowsFrom?: string }): TargetsReport {
  return {
    ...where,
    targets: [
      ...policy.targets.map((t) => ({
        source: "policy" as const,
        name: t.name,
        environment: t.environment,
        tier: t.tier,
        paths: t.paths,
        exclude: t.exclude ?? [],
        ...(t.branches ? { branches: t.branches } : {}),
      })),
      ...(discovery?.targets ?? []).map((t) => ({ source: "workflow" as const, ...t })),
    ],
    dependencyReach: discovery?.dependencyReach ?? [],
    neverShip: policy.never_ship,
    workflows: (discovery?.workflows ?? []).flatMap((w) => ("skipped" in w ? [{ file: w.file, skipped: w.skipped }] : [])),
    notes: discovery?.notes ?? [],
  };
}

function filterLines(key: string, filter: FilterPair): string[] {
  const lines: string[] = [];
  if (filter.include) lines.push(`on.push.${key}: ${filter.include.join(", ")}`);
  if (filter.ignore) lines.push(`on.push.${key}-ignore: ${filter.ignore.join(", ")}`);
  return lines;
}

export function renderTargets(report: TargetsReport): string {
  const out: string[] = [];
  const from = report.workflowsFrom ? `; workflows read from ${report.workflowsFrom}` : "";
  out.push(`Deploy targets (policy ${report.policy}${from}):`);
  if (report.targets.length === 0) out.push("  none: every file takes its tier from rules, sandboxes or default_tier");
  for (const t of report.targets) {
    out.push("");
    if (t.source === "policy") {
      out.push(`  ${t.name} -> ${t.environment} (${t.tier}), written in the policy`);
      out.push(`    paths: ${t.paths.join(", ")}`);
      if (t.exclude.length) out.push(`    exclude: ${t.exclude.join(", ")}`);
      if (t.branches) out.push(`    branches: ${t.branches.join(", ")}`);
    } else {
      out.push(`  ${t.name} -> ${environmentText(t.environment, t.origin)} (${t.tier}), discovered in ${originText(t.origin)}`);
      const paths = filterLines("paths", t.paths);
      out.push(...(paths.length ? paths : [EVERY_FILE]).map((l) => `    ${l}`));
      out.push(...filterLines("branches", t.branches).map((l) => `    ${l}`));
    }
    for (const reach of report.dependencyReach.filter((r) => r.target === t.name)) {
      out.push(`    through dependencies: ${reach.root}/** via ${routeText(reach.route)}`);
    }
  }
  if (report.neverShip.length) out.push("", `Never ship (part of no target): ${report.neverShip.join(", ")}`);
  if (report.workflows.length) {
    out.push("", "Workflows that are not deploy targets:");
    for (const w of report.workflows) out.push(`  ${w.file}: ${w.skipped}`);
  }
  for (const note of report.notes) out.push("", `Note: ${note}`);
  return out.join("\n") + "\n";
}
