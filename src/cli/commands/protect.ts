/** `blast-radius protect`: create or update the repository ruleset that requires the check. */
import { parseArgs } from "node:util";
import { checkName } from "../../github/check-run.js";
import { checkPositionals, parseCount, parseFlags } from "../args.js";
import type { CommandContext, CommandResult } from "../context.js";
import { CliError, EXIT_OK } from "../errors.js";
import { connect, gitHubFailure, parseRepo } from "../github.js";
import { notice } from "../output.js";

const OPTIONS = {
  repo: { type: "string" },
  branch: { type: "string" },
  "app-id": { type: "string" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function protectCommand(args: string[], context: CommandContext): Promise<CommandResult> {
  const { values, positionals } = parseFlags("protect", Object.keys(OPTIONS), () => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }));
  checkPositionals("protect", positionals, 0);
  const repo = parseRepo(values.repo, "protect");
  const branch = values.branch?.trim();
  if (!branch) throw new CliError("missing --branch NAME: the branch whose pull requests must pass the check (see blast-radius protect --help)");
  if (/[*?[\]]/.test(branch)) throw new CliError(`--branch "${branch}" must be one branch, not a pattern: the check is named per branch`);
  const appId = values["app-id"] === undefined ? undefined : parseCount("--app-id", values["app-id"]);
  const { client, apiUrl } = await connect(context.env ?? process.env);
  const { planProtection, applyProtection } = await import("../../github/protection.js");
  const fullName = `${repo.owner}/${repo.repo}`;

  let doing = `read the rulesets of ${fullName}`;
  try {
    const plan = await planProtection(client, repo, branch, appId);
    const stdout = `${JSON.stringify(plan.body, null, 2)}\n`;
    const source = appId === undefined ? " from any source (give --app-id to accept it only from the Blast Radius app)" : ` from app ${appId}`;
    const what = `ruleset "${plan.body.name}" requiring "${checkName(branch)}" on ${branch}${source}`;
    if (plan.action === "none") return { stdout, stderr: [notice(`${fullName} already has the ${what} (id ${plan.id}): nothing sent`)], exitCode: EXIT_OK };
    const verb = plan.action === "create" ? "create" : `update (id ${plan.id})`;
    if (values["dry-run"]) return { stdout, stderr: [notice(`dry run: would ${verb} the ${what}; nothing sent`)], exitCode: EXIT_OK };
    doing = plan.action === "create" ? `create a ruleset in ${fullName}` : `update ruleset ${plan.id} in ${fullName}`;
    const id = await applyProtection(client, repo, plan);
    return { stdout, stderr: [notice(`${plan.action === "create" ? "created" : "updated"} the ${what} (id ${id})`)], exitCode: EXIT_OK };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw gitHubFailure(error, { apiUrl, repo, doing });
  }
}
