/**
 * The command dispatcher: picks the command, runs it, and turns every outcome into text on
 * stdout/stderr and an exit code. Nothing escapes as a stack trace: user errors are CliErrors
 * printed in one line; anything else is a bug, printed in one line too (BLAST_RADIUS_DEBUG=1
 * shows the stack).
 */
import { MatchingTooExpensive } from "../engine/glob.js";
import { closest } from "../policy/suggest.js";
import { wantsHelp } from "./args.js";
import type { CommandContext, CommandResult } from "./context.js";
import { CliError, EXIT_ERROR, EXIT_OK } from "./errors.js";
import { DOCTOR_HELP, EVALUATE_HELP, EXPLAIN_HELP, INIT_HELP, PROTECT_HELP, SCHEMA_HELP, TARGETS_HELP, TOP_HELP, VALIDATE_HELP } from "./help.js";
import { packageVersion } from "./version.js";

type Command = (args: string[], context: CommandContext) => Promise<CommandResult>;

/**
 * Each command's module is loaded when the command runs, so a run loads and initialises only what
 * its command uses (`evaluate` neither `init`'s repository scan nor `schema`'s JSON Schema
 * generator): start-up is most of a CLI run. esbuild keeps them in the one bundle, initialised lazily.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; help: string }> = {
  evaluate: { load: async () => (await import("./commands/evaluate.js")).evaluateCommand, help: EVALUATE_HELP },
  validate: { load: async () => (await import("./commands/validate.js")).validateCommand, help: VALIDATE_HELP },
  schema: { load: async () => (await import("./commands/schema.js")).schemaCommand, help: SCHEMA_HELP },
  doctor: { load: async () => (await import("./commands/doctor.js")).doctorCommand, help: DOCTOR_HELP },
  protect: { load: async () => (await import("./commands/protect.js")).protectCommand, help: PROTECT_HELP },
  init: { load: async () => (await import("./commands/init.js")).initCommand, help: INIT_HELP },
  explain: { load: async () => (await import("./commands/explain.js")).explainCommand, help: EXPLAIN_HELP },
  targets: { load: async () => (await import("./commands/targets.js")).targetsCommand, help: TARGETS_HELP },
};

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const ok = (stdout: string): CommandResult => ({ stdout, stderr: [], exitCode: EXIT_OK });

async function dispatch(argv: string[], context: CommandContext): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new CliError("missing command (see above)", [TOP_HELP]);
  if (name === "-h" || name === "--help") return ok(TOP_HELP);
  if (name === "-v" || name === "--version") return ok(`${packageVersion()}\n`);
  if (name === "help") {
    if (rest.length === 0) return ok(TOP_HELP);
    return ok(commandNamed(rest[0]).help);
  }
  const command = commandNamed(name);
  if (wantsHelp(rest)) return ok(command.help);
  const run = await command.load();
  return run(rest, context);
}

function commandNamed(name: string): (typeof COMMANDS)[string] {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command) return command;
  const what = name.startsWith("-") ? `unknown option ${name}` : `unknown command "${name}"`;
  const guess = closest(name.replace(/^-+/, ""), Object.keys(COMMANDS));
  throw new CliError(`${what}${guess ? `; did you mean "${guess}"?` : ""} (commands: ${Object.keys(COMMANDS).join(", ")}; see blast-radius --help)`);
}

/** Runs the CLI and returns its exit code; all output goes through `output`. */
export async function runCli(argv: string[], context: CommandContext, output: Output): Promise<number> {
  let result: CommandResult;
  try {
    result = await dispatch(argv, context);
  } catch (error) {
    if (error instanceof CliError) {
      const lines = [...error.details, ...(error.message ? [`blast-radius: error: ${error.message}`] : [])];
      output.stderr(lines.join("\n") + "\n");
      return error.exitCode;
    }
    if (error instanceof MatchingTooExpensive) {
      output.stderr(`blast-radius: error: the policy is too expensive to evaluate for these files: ${error.message}; give globs a literal start and fewer stars or [...] classes (see "Limits" in docs/configuration.md)\n`);
      return EXIT_ERROR;
    }
    const message = (error as Error)?.message ?? String(error);
    output.stderr(`blast-radius: internal error: ${message.split("\n")[0]} (this is a bug; BLAST_RADIUS_DEBUG=1 shows where)\n`);
    if (process.env.BLAST_RADIUS_DEBUG) output.stderr(`${(error as Error)?.stack ?? ""}\n`);
    return EXIT_ERROR;
  }
  if (result.stdout) output.stdout(result.stdout);
  for (const line of result.stderr) output.stderr(`${line}\n`);
  return result.exitCode;
}
