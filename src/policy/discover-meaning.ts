/** The meaning checks of `discover` and `never_ship`: what the schema cannot say about them. */
import type { Policy } from "./schema.js";

type PathSegment = string | number;

export interface MeaningChecks {
  checkTier(path: PathSegment[], tier: string, atKey?: boolean): void;
  checkGlobs(path: PathSegment[], globs: readonly string[] | undefined): void;
  report(path: PathSegment[], message: string, atKey?: boolean): void;
}

export function checkDiscoverMeaning(policy: Policy, { checkTier, checkGlobs, report }: MeaningChecks): void {
  checkGlobs(["never_ship"], policy.never_ship);
  const workflows = policy.discover?.workflows;
  if (!workflows) return;
  const path = ["discover", "workflows"];
  for (const [environment, tier] of Object.entries(workflows.environments)) checkTier([...path, "environments", environment], tier);
  if (workflows.other_environments !== undefined) checkTier([...path, "other_environments"], workflows.other_environments);
  if (workflows.unknown_environment !== undefined) checkTier([...path, "unknown_environment"], workflows.unknown_environment);
  const checkNames = (key: PathSegment[], names: readonly string[]) =>
    names.forEach((name, i) => {
      if (name.includes("/")) report([...key, i], `"${name}" is a path: name a workflow file of .github/workflows, like "preview.yml"`);
    });
  checkNames([...path, "exclude"], workflows.exclude);
  if (workflows.without_environment) checkNames([...path, "without_environment", "workflows"], workflows.without_environment.workflows);
}
