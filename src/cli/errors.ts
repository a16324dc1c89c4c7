/**
 * The CLI's one error type. Anything thrown as a CliError is the user's to fix (bad flag, bad
 * file, bad policy) and is printed as is, without a stack; the exit code says which kind.
 */
export const EXIT_OK = 0;
/** `--fail-on` was reached: the command worked, the change is too risky for the caller. */
export const EXIT_FAIL_ON = 1;
/** `doctor`: the guardrail is not enforced. */
export const EXIT_NOT_ENFORCED = 1;
/** Bad usage, bad input or bad policy. */
export const EXIT_ERROR = 2;

export class CliError extends Error {
  /**
   * @param message one line, printed as `blast-radius: error: <message>` (omitted when empty)
   * @param details lines printed before it verbatim, e.g. `PATH:LINE:COL: problem`
   */
  constructor(
    message: string,
    readonly details: readonly string[] = [],
    readonly exitCode: number = EXIT_ERROR,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A Node system error's code (ENOENT, EISDIR, ...), if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why a file could not be read, in words rather than errno names. */
export function describeReadError(error: unknown): string {
  switch (errorCode(error)) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return (error as Error)?.message ?? String(error);
  }
}
