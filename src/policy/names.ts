/**
 * The policy's fixed names, in a module of their own: the CLI names them in its help and reports
 * without loading the schema, which builds every zod validator when it is loaded (a run whose
 * policy comes from the CLI's cache never validates).
 */
export const DEFAULT_TIERS = ["low", "medium", "high", "critical"] as const;
export const DEFAULT_POLICY_PATH = ".github/blast-radius.yml";
export const DEFAULT_POLICY_NAME = "built-in default policy";
