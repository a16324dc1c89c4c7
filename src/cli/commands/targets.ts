/** `blast-radius targets`: the deploy targets as the engine will see them. */
import { parseArgs } from "node:util";
import { renderTargets, targetsReport } from "../../render/targets.js";
import { checkPositionals, parseChoice, parseFlags } from "../args.js";
import type { CommandContext, CommandResult } from "../context.js";
import { discoverLocally, localRepository } from "../discovered.js";
import { EXIT_OK } from "../errors.js";
import { notice } from "../output.js";
import { loadPolicyOrFail } from "../policy.js";

const OPTIONS = {
  config: { type: "string" },
  base: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function targetsCommand(args: string[], context: CommandContext): Promise<CommandResult> {
  const { values, positionals } = parseFlags("targets", Object.keys(OPTIONS), () => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }));
  checkPositionals("targets", positionals, 0);
  const format = values.format === undefined ? "text" : parseChoice("--format", values.format, ["text", "json"] as const);
  const repository = localRepository(context.cwd, values.base, values.config);
  const loaded = await loadPolicyOrFail(values.config, values.config === undefined ? repository.root : context.cwd, { cache: context.policyCache });
  const discovery = await discoverLocally(loaded.policy, context.cwd, values.base, values.config);
  const report = targetsReport(loaded.policy, discovery, { policy: loaded.name, ...(discovery ? { workflowsFrom: repository.description } : {}) });
  const stdout = format === "json" ? JSON.stringify(report, null, 2) + "\n" : renderTargets(report);
  return { stdout, stderr: loaded.notices.map(notice), exitCode: EXIT_OK };
}
