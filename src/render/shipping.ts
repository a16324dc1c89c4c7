/** Words for where files ship: discovered targets' origins, dependency routes, never-ship. */
import type { TargetOrigin } from "../engine/shipping.js";
import type { FileDecision, Reason, TargetTouched } from "../engine/types.js";
import { plural } from "./words.js";

/** `.github/workflows/deploy.yml:22` (and the reusable workflow it goes through). */
export function originText(origin: TargetOrigin): string {
  return `${origin.file}:${origin.line}${origin.via ? ` via ${origin.via}` : ""}`;
}

/** An environment, with the expression when it is known only at run time. */
export function environmentText(environment: string, origin?: TargetOrigin): string {
  if (origin?.expression) return `${environment} (${origin.expression})`;
  if (origin?.withoutEnvironment) return `${environment} (no job names an environment; discover.workflows.without_environment)`;
  return environment;
}

export function routeText(route: readonly string[]): string {
  return route.join(" → ");
}

export const EVERY_FILE = "no path filters: every changed file ships to it";

/** What a target reason adds after "target NAME -> ENVIRONMENT". */
export function targetReasonDetails(reason: Reason): string {
  const parts: string[] = [];
  if (reason.route) parts.push(`via ${routeText(reason.route)}`);
  if (reason.origin) parts.push(`from ${originText(reason.origin)}${reason.everyFile ? `, ${EVERY_FILE}` : ""}`);
  return parts.length ? ` (${parts.join("; ")})` : "";
}

/** What a touched target adds after its name, environment, tier and direct file count. */
export function targetTouchedDetails(target: TargetTouched): string[] {
  const parts: string[] = [];
  const through = target.throughDependency?.length ?? 0;
  if (through) parts.push(`${plural(through, "file")} through dependencies`);
  if (target.origin) parts.push(`from ${originText(target.origin)}`);
  if (target.everyFile) parts.push(EVERY_FILE);
  return parts;
}

export function neverShipText(file: FileDecision): string | null {
  return file.neverShip ? `never ships (never_ship "${file.neverShip}")` : null;
}
