/** `blast-radius validate [PATH]`: is this policy usable? Every problem, located, or a summary. */
import { parseArgs } from "node:util";
import { formatProblem } from "../../policy/load.js";
import { DEFAULT_POLICY_PATH, type Policy } from "../../policy/schema.js";
import { notice } from "../output.js";
import { checkPositionals, parseFlags } from "../args.js";
import type { CommandContext, CommandResult } from "../context.js";
import { EXIT_ERROR, EXIT_OK } from "../errors.js";
import { readPolicyFile } from "../policy.js";

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** e.g. "4 rules, 2 targets, 1 sandbox" */
export function summarize(policy: Policy): string {
  return [count(policy.rules.length, "rule"), count(policy.targets.length, "target"), count(policy.sandboxes.length, "sandbox", "sandboxes")].join(", ");
}

export async function validateCommand(args: string[], context: CommandContext): Promise<CommandResult> {
  const { positionals } = parseFlags("validate", ["help"], () =>
    parseArgs({ args, options: { help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true }),
  );
  checkPositionals("validate", positionals, 1);
  // An explicit path must exist; the default path must exist too: validating nothing is an error.
  const path = positionals[0] ?? DEFAULT_POLICY_PATH;
  const result = await readPolicyFile(path, context.cwd, { cache: context.policyCache });
  if (!result.ok) return { stdout: "", stderr: result.problems.map(formatProblem), exitCode: EXIT_ERROR };
  const { policy, notices } = result.loaded;
  return { stdout: `${path}: valid (${summarize(policy)})\n`, stderr: notices.map(notice), exitCode: EXIT_OK };
}
