import type { PolicyCache } from "./policy-cache.js";

/** What a command may touch of the outside world, and what it hands back to be printed. */
export interface CommandContext {
  /** Where relative paths (policy, --files, the git repository) are resolved. */
  cwd: string;
  readStdin(): Promise<string>;
  /** Print phase timings on stderr (BLAST_RADIUS_TIMINGS=1). */
  timings?: boolean;
  /** The environment (GITHUB_TOKEN, GITHUB_API_URL, PATH for `gh`); process.env when omitted. */
  env?: Record<string, string | undefined>;
  /** Validated policies kept between runs (src/cli/policy-cache.ts); none when omitted. */
  policyCache?: PolicyCache;
}

export interface CommandResult {
  /** Printed to standard output as is. */
  stdout: string;
  /** Printed to standard error verbatim, one line each, after stdout. */
  stderr: string[];
  exitCode: number;
}
