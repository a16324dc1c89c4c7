/** `blast-radius schema`: the JSON Schema editors use, generated from the zod schema. */
import { parseArgs } from "node:util";
import { policyJsonSchema } from "../../policy/schema.js";
import { checkPositionals, parseFlags } from "../args.js";
import type { CommandContext, CommandResult } from "../context.js";
import { EXIT_OK } from "../errors.js";

export async function schemaCommand(args: string[], _context: CommandContext): Promise<CommandResult> {
  const { positionals } = parseFlags("schema", ["help"], () =>
    parseArgs({ args, options: { help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true }),
  );
  checkPositionals("schema", positionals, 0);
  return { stdout: JSON.stringify(policyJsonSchema(), null, 2) + "\n", stderr: [], exitCode: EXIT_OK };
}
