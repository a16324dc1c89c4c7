/**
 * The permissions Blast Radius is installed with, read from the files an admin follows, never
 * copied: the app's installation carries app.yml's `default_permissions`; the Action's token
 * carries the `permissions:` block of the README's example workflow. The GitHub stand-in gives
 * tokens exactly these, so a permission the docs forget fails the tests as it fails on GitHub.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export type Access = "read" | "write";
/** GitHub's permission names, with underscores (`pull_requests`), as in app.yml and API answers. */
export type Permissions = Record<string, Access>;

/** Paths are from the repository root, where Jest and the bench run. */
const fromRoot = (file: string) => readFileSync(join(process.cwd(), file), "utf8");

function normalise(block: unknown, where: string): Permissions {
  if (!block || typeof block !== "object" || Array.isArray(block)) throw new Error(`${where}: expected a map of permissions, got ${JSON.stringify(block)}`);
  const out: Permissions = {};
  for (const [name, access] of Object.entries(block)) {
    if (access === "none") continue;
    if (access !== "read" && access !== "write") throw new Error(`${where}: ${name}: ${JSON.stringify(access)} is not read, write or none`);
    out[name.replace(/-/g, "_")] = access;
  }
  return out;
}

/** app.yml's `default_permissions`: what an installation token of the app carries. */
export function appManifestPermissions(text = fromRoot("app.yml")): Permissions {
  return normalise((parse(text) as { default_permissions?: unknown }).default_permissions, "app.yml default_permissions");
}

/** The README's example workflow: the fenced YAML block that uses the Action. */
export function exampleWorkflow(readme = fromRoot("README.md")): string {
  const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  const workflows = blocks.filter((b) => /uses:\s*blast-radius\/blast-radius@/.test(b) && /^on:/m.test(b));
  if (workflows.length !== 1) throw new Error(`README.md: expected one example workflow using the Action, found ${workflows.length}`);
  return workflows[0];
}

/**
 * The permissions a workflow's `permissions:` block can grant GITHUB_TOKEN. Organisation
 * permissions such as `members` are not among them: no workflow can read team membership.
 */
const WORKFLOW_PERMISSIONS = [
  "actions", "attestations", "checks", "contents", "deployments", "discussions", "id_token", "issues", "models",
  "packages", "pages", "pull_requests", "repository_projects", "security_events", "statuses",
];

/** What the example workflow's GITHUB_TOKEN carries: the job's `permissions:`, else the workflow's. */
export function exampleWorkflowPermissions(readme?: string): Permissions {
  const workflow = parse(exampleWorkflow(readme)) as { permissions?: unknown; jobs?: Record<string, { permissions?: unknown }> };
  const job = Object.values(workflow.jobs ?? {}).find((j) => j.permissions !== undefined);
  const permissions = normalise(job?.permissions ?? workflow.permissions, "README.md example workflow permissions");
  const unknown = Object.keys(permissions).filter((name) => !WORKFLOW_PERMISSIONS.includes(name));
  if (unknown.length) throw new Error(`README.md example workflow permissions: a workflow cannot grant ${unknown.join(", ")}`);
  return permissions;
}
