/** `blast-radius explain PATH...`: everything that applies to each path, and the resulting tier. */
import { parseArgs } from "node:util";
import { compilePolicy } from "../../engine/evaluate.js";
import { explainPath } from "../../engine/explain.js";
import { renderExplanations } from "../../render/explain.js";
import { parseChoice, parseFlags } from "../args.js";
import type { CommandContext, CommandResult } from "../context.js";
import { discoverLocally, localRepository } from "../discovered.js";
import { CliError, EXIT_OK } from "../errors.js";
import { notice } from "../output.js";
import { loadPolicyOrFail } from "../policy.js";

const OPTIONS = {
  config: { type: "string" },
  base: { type: "string" },
  "base-branch": { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function explainCommand(args: string[], context: CommandContext): Promise<CommandResult> {
  const { values, positionals } = parseFlags("explain", Object.keys(OPTIONS), () => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }));
  if (positionals.length === 0) throw new CliError("name at least one path to explain, relative to the repository root (e.g. blast-radius explain services/api/main.go)");
  const format = values.format === undefined ? "text" : parseChoice("--format", values.format, ["text", "json"] as const);
  const repository = localRepository(context.cwd, values.base, values.config);
  const loaded = await loadPolicyOrFail(values.config, values.config === undefined ? repository.root : context.cwd, { cache: context.policyCache });
  const discovered = await discoverLocally(loaded.policy, context.cwd, values.base, values.config);
  const compiled = compilePolicy(loaded.policy);
  const paths = positionals.map((p) => p.replace(/^\.\//, ""));
  const explanations = paths.map((path) => explainPath(compiled, path, { ...(discovered ? { discovered } : {}), ...(values["base-branch"] !== undefined ? { baseBranch: values["base-branch"] } : {}) }));
  const stdout = format === "json" ? JSON.stringify({ policy: loaded.name, paths: explanations, notes: discovered?.notes ?? [] }, null, 2) + "\n" : renderExplanations(explanations);
  return { stdout, stderr: [...loaded.notices, ...(discovered?.notes ?? []).map((n) => `note: ${n}`)].map(notice), exitCode: EXIT_OK };
}
