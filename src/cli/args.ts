/**
 * Flag parsing on top of node:util parseArgs, with messages written for people: parseArgs' own
 * errors are long and name internals, so they are translated here into one line each.
 */
import { closest } from "../policy/suggest.js";
import { CliError, errorCode } from "./errors.js";

/** True when `-h`/`--help` appears before a `--` terminator: help wins over every other flag. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "-h" || arg === "--help") return true;
  }
  return false;
}

/**
 * Runs `parse` (a parseArgs call) and turns its errors into CliErrors naming the command,
 * the flag, and the nearest valid flag when the name looks like a typo.
 */
export function parseFlags<T>(command: string, knownFlags: readonly string[], parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = (error as Error).message ?? "";
    const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
    const help = `see blast-radius ${command} --help`;
    switch (errorCode(error)) {
      case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
        const guess = flag.startsWith("--") ? closest(flag.slice(2), knownFlags) : undefined;
        throw new CliError(`unknown option ${flag} for "blast-radius ${command}"${guess ? `; did you mean --${guess}?` : ""} (${help})`);
      }
      case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
        if (/does not take an argument/.test(message)) throw new CliError(`option ${flagName(message)} does not take a value (${help})`);
        if (/ambiguous/.test(message)) {
          throw new CliError(`option ${flag} needs a value, but the next argument is another option (write ${flag}=VALUE if the value starts with '-')`);
        }
        throw new CliError(`option ${flag} needs a value (${help})`);
      default:
        throw new CliError(`${message.split("\n")[0]} (${help})`);
    }
  }
}

function flagName(message: string): string {
  return /(--[\w-]+)/.exec(message)?.[1] ?? /'(-[^' ]+)/.exec(message)?.[1] ?? "option";
}

/** Rejects positional arguments beyond `max`. */
export function checkPositionals(command: string, positionals: readonly string[], max: number): void {
  if (positionals.length > max) {
    const extra = positionals.slice(max).map((p) => `"${p}"`).join(", ");
    throw new CliError(`unexpected argument${positionals.length - max === 1 ? "" : "s"} ${extra} for "blast-radius ${command}" (see blast-radius ${command} --help)`);
  }
}

/** A whole number >= 0 given as a flag value, or a CliError naming the flag. */
export function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new CliError(`${flag} must be a whole number, got "${value}"`);
  const n = Number(value.trim());
  if (!Number.isSafeInteger(n)) throw new CliError(`${flag} is too large: ${value}`);
  return n;
}

/** One of `choices`, or a CliError listing them. */
export function parseChoice<C extends string>(flag: string, value: string, choices: readonly C[]): C {
  if ((choices as readonly string[]).includes(value)) return value as C;
  const guess = closest(value, choices);
  throw new CliError(`unknown ${flag} "${value}" (valid: ${choices.join(", ")})${guess ? `; did you mean "${guess}"?` : ""}`);
}
