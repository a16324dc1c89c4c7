/**
 * `blast-radius init`: a starter policy written from what the repository already says: its deploy
 * workflows and their environments, its test and documentation layout, its CODEOWNERS teams, its
 * workspaces and a sandbox-like area. Pure: it is given the file list and a reader.
 */
import { policySchema } from "../policy/schema.js";
import { discoverTargets, type Discovery } from "./targets.js";
import { readWorkflow, type RepositoryFiles } from "./workflows.js";

export interface StarterPolicy {
  text: string;
  /** what was found, for the command's summary */
  found: { targets: number; environments: string[]; neverShip: string[]; teams: string[]; sandbox?: string; workspaces: boolean };
}

/** Tiers for environment names people commonly use; anything else is `other_environments`. */
const ENVIRONMENT_GUESSES: Array<[RegExp, string]> = [
  [/prod|live|release/i, "critical"],
  [/stag|pre-?prod|uat|qa|canary/i, "medium"],
  [/dev|preview|review|test|sandbox|ephemeral/i, "low"],
];

/** Directory names and file patterns that hold tests, docs, stories and fixtures. */
const NEVER_SHIP_DIRECTORIES = ["test", "tests", "__tests__", "spec", "e2e", "docs", "doc", "__fixtures__", "fixtures", "__mocks__", "stories", "testdata"];
const NEVER_SHIP_FILES: Array<[RegExp, string]> = [
  [/\.test\.[cm]?[jt]sx?$/, "*.test.*"],
  [/\.spec\.[cm]?[jt]sx?$/, "*.spec.*"],
  [/\.stories\.[cm]?[jt]sx?$|\.stories\.mdx$/, "*.stories.*"],
  [/_test\.go$/, "*_test.go"],
  [/(^|\/)test_[^/]*\.py$/, "test_*.py"],
];
const SANDBOX_DIRECTORIES = ["sandbox", "playground", "examples"];

/** Push workflows to named branches, without environments, whose names say they deploy: `without_environment`. */
const DEPLOY_NAME = /deploy|publish|release|container|docker|ship/i;

export async function starterPolicy(allFiles: readonly string[], files: RepositoryFiles): Promise<StarterPolicy> {
  const first = await discoverTargets(policySchema.parse({ version: 1, discover: { workflows: {} } }), files);
  const withoutEnvironment: string[] = [];
  for (const w of first.workflows) {
    const name = w.file.slice(w.file.lastIndexOf("/") + 1);
    if (!("skipped" in w) || w.skipped !== "no job has an environment" || !DEPLOY_NAME.test(name)) continue;
    // a deploy on merge names its branches; one that runs on a push to any branch builds, it does not ship
    const reading = await readWorkflow(files, w.file, { environment: null });
    if ("deploy" in reading && (reading.deploy.branches.include || reading.deploy.branches.ignore)) withoutEnvironment.push(name);
  }
  const discovery = withoutEnvironment.length
    ? await discoverTargets(policySchema.parse({ version: 1, discover: { workflows: { without_environment: { workflows: withoutEnvironment } } } }), files)
    : first;
  const environments = [...new Set(discovery.targets.map((t) => t.environment).filter((e) => e !== "unknown"))].sort();
  const neverShip = neverShipGlobs(allFiles);
  const teams = await codeownersTeams(files);
  const topLevel = new Set(allFiles.map((f) => f.split("/")[0]));
  const sandbox = SANDBOX_DIRECTORIES.find((d) => topLevel.has(d) && allFiles.some((f) => f.startsWith(`${d}/`)));
  const workspaces = await hasWorkspaces(files);

  const lines: string[] = [
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/blast-radius/blast-radius/main/schema/blast-radius.schema.json",
    "# Blast Radius policy, written by `blast-radius init` from what this repository already says.",
    "# Check it with `blast-radius targets` and `blast-radius explain PATH...`, then edit freely.",
    "version: 1",
    "tiers: [low, medium, high, critical]",
    "default_tier: medium",
    "",
    "rules:",
    "  # CI and deploy definitions decide what ships where",
    "  - name: ci-and-deploy",
    '    paths: [".github/workflows/**", ".github/actions/**"]',
    "    tier: high",
    "",
    ...discoverSection(discovery, environments, workspaces, withoutEnvironment),
    "",
    ...neverShipSection(neverShip),
    ...sandboxSection(sandbox),
    ...approvalsSection(teams),
    "",
    "escalate:",
    "  - name: several deploy targets",
    "    when: { targets_over: 2 }",
    "    tier: high",
  ];
  return { text: lines.join("\n") + "\n", found: { targets: discovery.targets.length, environments, neverShip, teams, ...(sandbox ? { sandbox } : {}), workspaces } };
}

function discoverSection(discovery: Discovery, environments: string[], workspaces: boolean, withoutEnvironment: string[]): string[] {
  const lines = ["discover:", "  workflows:"];
  if (discovery.targets.length === 0) {
    lines.push("    # No workflow in .github/workflows deploys on push to an environment yet; deploy workflows added later are read automatically.");
  } else {
    lines.push("    # Deploy targets read from .github/workflows at the pull request's base commit:");
    for (const t of discovery.targets) {
      const filters = t.paths.include || t.paths.ignore ? "" : " (no path filters: every change deploys)";
      lines.push(`    #   ${t.name} -> ${t.origin.expression ?? t.environment}, ${t.origin.file} line ${t.origin.line}${filters}`);
    }
  }
  lines.push("    environments:");
  if (environments.length === 0) lines.push("      production: critical", "      staging: medium");
  for (const name of environments) {
    const guess = ENVIRONMENT_GUESSES.find(([pattern]) => pattern.test(name))?.[1] ?? "high";
    lines.push(`      ${yamlKey(name)}: ${guess}`);
  }
  lines.push(
    "    # An environment not listed above, and one known only at run time (${{ matrix.env }}, ${{ inputs.env }}):",
    "    other_environments: high",
    "    unknown_environment: critical",
  );
  const everyFile = discovery.targets.filter((t) => !t.paths.include && !t.paths.ignore).map((t) => t.origin.file.replace(".github/workflows/", ""));
  const unique = [...new Set(everyFile)];
  if (unique.length) {
    lines.push("    # These deploy on every change (no path filters), so every file is a target of theirs. If that is not a risk, exclude them:");
    lines.push(`    # exclude: [${unique.map(yamlScalar).join(", ")}]`);
  }
  lines.push("    exclude: []");
  if (withoutEnvironment.length) {
    lines.push(
      "    # These run on push and look like deploys, but no job names a GitHub environment. Say where they deploy",
      "    # (e.g. `environment: production`); until then they count as an unknown environment. Remove any that do not deploy.",
      "    without_environment:",
      `      workflows: [${withoutEnvironment.map(yamlScalar).join(", ")}]`,
    );
  }
  lines.push(workspaces ? "  # Workspaces found: a target also covers the packages its packages depend on." : "  # No npm/yarn/pnpm or Go workspaces found; set `workspaces: true` when there are.");
  lines.push(`  workspaces: ${workspaces}`);
  return lines;
}

function neverShipSection(globs: string[]): string[] {
  if (globs.length === 0) return ["# Files that ship nowhere (tests, docs): none found; list them here when there are.", "never_ship: []", ""];
  return ["# Tests, docs and fixtures found in this repository: they are part of no target (rules still apply).", "never_ship:", ...globs.map((g) => `  - ${yamlScalar(g)}`), ""];
}

function sandboxSection(sandbox: string | undefined): string[] {
  if (!sandbox) return [];
  return [
    `# ${sandbox}/ looks like an area where mistakes stay local: changes only there take the lowest tier.`,
    "sandboxes:",
    `  - name: ${sandbox}`,
    `    paths: ["${sandbox}/**"]`,
    "    max_changed_lines: 400",
    "",
  ];
}

function approvalsSection(teams: string[]): string[] {
  const lines = ["approvals:", "  high: { count: 1 }"];
  if (teams.length === 0) return [...lines, "  critical: { count: 2 }"];
  return [
    ...lines,
    "  # Teams from CODEOWNERS, as suggested approvers for the riskiest changes; keep the ones that own production.",
    "  critical:",
    "    count: 1",
    `    from: [${teams.map(yamlScalar).join(", ")}]`,
  ];
}

/** A never_ship glob for each test/doc layout present (a directory name, or a file pattern). */
export function neverShipGlobs(allFiles: readonly string[]): string[] {
  const globs: string[] = [];
  for (const name of NEVER_SHIP_DIRECTORIES) {
    if (allFiles.some((f) => f.startsWith(`${name}/`) || f.includes(`/${name}/`))) globs.push(`${name}/`);
  }
  for (const [pattern, glob] of NEVER_SHIP_FILES) if (allFiles.some((f) => pattern.test(f))) globs.push(glob);
  return globs;
}

async function codeownersTeams(files: RepositoryFiles): Promise<string[]> {
  for (const path of [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]) {
    const text = await files.read(path);
    if (text === null) continue;
    const teams = new Set<string>();
    for (const line of text.split("\n")) {
      if (line.trim().startsWith("#")) continue;
      for (const token of line.split(/\s+/)) if (/^@[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(token)) teams.add(token);
    }
    return [...teams].sort();
  }
  return [];
}

async function hasWorkspaces(files: RepositoryFiles): Promise<boolean> {
  if ((await files.read("pnpm-workspace.yaml")) !== null || (await files.read("go.work")) !== null) return true;
  const manifest = await files.read("package.json");
  if (manifest === null) return false;
  try {
    return Boolean((JSON.parse(manifest) as { workspaces?: unknown }).workspaces);
  } catch {
    return false;
  }
}

/** A YAML scalar that reads back as the same string (quotes when plain style would not). */
function yamlScalar(value: string): string {
  return /^[A-Za-z0-9_./-][A-Za-z0-9_./ -]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[\d.]+$/.test(value) ? value : JSON.stringify(value);
}

const yamlKey = yamlScalar;
