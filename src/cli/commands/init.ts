/** `blast-radius init`: write a starter policy for the repository it runs in, and validate it. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { starterPolicy } from "../../discover/init.js";
import { walkWorkingTree, workingTreeFiles } from "../../discover/local-files.js";
import { formatProblem, loadPolicy } from "../../policy/load.js";
import { DEFAULT_POLICY_PATH } from "../../policy/schema.js";
import { checkPositionals, parseFlags } from "../args.js";
import type { CommandContext, CommandResult } from "../context.js";
import { CliError, describeReadError, EXIT_OK } from "../errors.js";
import { repositoryRoot } from "../git.js";

const OPTIONS = {
  output: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function initCommand(args: string[], context: CommandContext): Promise<CommandResult> {
  const { values, positionals } = parseFlags("init", Object.keys(OPTIONS), () => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }));
  checkPositionals("init", positionals, 0);
  const root = repositoryRoot(context.cwd) ?? context.cwd;
  const output = values.output ?? DEFAULT_POLICY_PATH;
  const target = output === "-" ? undefined : resolve(values.output === undefined ? root : context.cwd, output);
  if (target && existsSync(target) && !values.force) {
    throw new CliError(`${relative(context.cwd, target) || target} already exists; run with --force to overwrite it, or --output - to print a starter policy`);
  }

  const starter = await starterPolicy(listFiles(root), workingTreeFiles(root));
  // never write a policy that does not load: that would be a bug here, not the user's mistake
  const check = loadPolicy([{ path: output === "-" ? DEFAULT_POLICY_PATH : output, text: starter.text }]);
  if (!check.ok) throw new Error(`the starter policy is invalid: ${check.problems.map(formatProblem).join("; ")}`);
  if (!target) return { stdout: starter.text, stderr: [], exitCode: EXIT_OK };

  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, starter.text);
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${describeReadError(error)}`);
  }
  const { found } = starter;
  const summary = [
    `wrote ${relative(context.cwd, target) || target} (valid):`,
    `  ${found.targets} deploy target${found.targets === 1 ? "" : "s"} from .github/workflows${found.environments.length ? ` (environments: ${found.environments.join(", ")})` : ""}`,
    `  never_ship: ${found.neverShip.length ? found.neverShip.join(", ") : "nothing found"}`,
    `  approvers from CODEOWNERS: ${found.teams.length ? found.teams.join(", ") : "none found"}`,
    ...(found.sandbox ? [`  sandbox: ${found.sandbox}/`] : []),
    `  workspaces: ${found.workspaces ? "found, followed" : "none found"}`,
    "next: blast-radius targets, blast-radius explain PATH...",
  ];
  return { stdout: summary.join("\n") + "\n", stderr: [], exitCode: EXIT_OK };
}

/**
 * The repository's files: git's list when it is a repository (ignored files left out), else a
 * walk. A repository whose index is empty (a fresh `git init`, a checkout made without one) lists
 * nothing through git, though its files are there: walk those too.
 */
function listFiles(root: string): string[] {
  let tracked: string[] = [];
  try {
    tracked = execFileSync("git", ["-c", "core.quotepath=off", "ls-files", "-z"], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] })
      .split("\0")
      .filter(Boolean);
  } catch {
    // not a repository: walk
  }
  if (tracked.length > 0) return tracked;
  return walkWorkingTree(root, 200_000);
}
