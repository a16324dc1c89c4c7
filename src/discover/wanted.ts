import type { Policy } from "../policy/schema.js";

/**
 * Nothing to discover when the policy does not ask for it: no request, no file read. On its own
 * so that asking loads none of discovery (workflow and lockfile parsers).
 */
export function wantsDiscovery(policy: Policy): boolean {
  return Boolean(policy.discover?.workflows || policy.discover?.workspaces);
}
