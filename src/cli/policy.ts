/**
 * Finding and loading the policy for the CLI. The rule the app follows is mirrored here: no
 * `.github/blast-radius.yml` means the built-in default policy, and the output says so. A path
 * the user typed (`--config`, `validate PATH`) must exist: a typo never silently falls back.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { PolicyProblem } from "../policy/load.js";
import { DEFAULT_POLICY_NAME, DEFAULT_POLICY_PATH } from "../policy/names.js";
import type { Policy } from "../policy/schema.js";
import { CliError, describeReadError, errorCode } from "./errors.js";
import type { PolicyCache } from "./policy-cache.js";
import type { Timings } from "./timings.js";

export interface LoadedPolicy {
  policy: Policy;
  /** The file as the user named it, or "built-in default policy". */
  name: string;
  builtIn: boolean;
  /** Things worth telling the user on stderr (not errors). */
  notices: string[];
}

export type PolicyFileResult = { ok: true; loaded: LoadedPolicy } | { ok: false; problems: PolicyProblem[] };

export interface PolicyReading {
  timings?: Timings;
  /** Where a policy validated before, from the same text, is taken from (and kept). */
  cache?: PolicyCache;
}

/**
 * Reads and validates a policy file, or takes it from the cache. The YAML parsers and the schema
 * are loaded only when a policy is validated: initialising zod's validators alone costs a run
 * served from the cache a few milliseconds.
 */
export async function readPolicyFile(configPath: string | undefined, cwd: string, { timings, cache }: PolicyReading = {}): Promise<PolicyFileResult> {
  const path = configPath ?? DEFAULT_POLICY_PATH;
  const absolutePath = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(absolutePath, "utf8");
  } catch (error) {
    if (configPath === undefined && errorCode(error) === "ENOENT") {
      const { defaultPolicy } = await import("../policy/default.js");
      return {
        ok: true,
        loaded: {
          policy: defaultPolicy(),
          name: DEFAULT_POLICY_NAME,
          builtIn: true,
          notices: [`note: ${DEFAULT_POLICY_PATH} does not exist here, so the ${DEFAULT_POLICY_NAME} applies`],
        },
      };
    }
    throw new CliError(`cannot read policy ${path}: ${describeReadError(error)}`);
  }
  timings?.mark("read the policy");
  let policy = cache?.get(absolutePath, text);
  if (policy !== undefined) {
    timings?.mark("take the validated policy from the cache");
  } else {
    const { loadPolicy, parseYamlQuickly } = await import("../policy/load.js");
    // parsed first only to time the phases apart: loadPolicy reuses this parse (it is memoised)
    parseYamlQuickly(text);
    timings?.mark("parse the policy's YAML");
    const result = loadPolicy([{ path, text }]);
    timings?.mark("validate the policy");
    if (!result.ok) return result;
    policy = result.policy;
    cache?.set(absolutePath, text, policy);
  }
  const notices: string[] = [];
  if (policy._extends) {
    notices.push(`note: ${path}: _extends (${policy._extends}) is followed by the app and the action, not by the CLI; only the keys in this file apply here`);
  }
  return { ok: true, loaded: { policy, name: path, builtIn: false, notices } };
}

/** Like readPolicyFile, but an invalid policy is a CliError listing every problem. */
export async function loadPolicyOrFail(configPath: string | undefined, cwd: string, reading: PolicyReading = {}): Promise<LoadedPolicy> {
  const result = await readPolicyFile(configPath, cwd, reading);
  if (result.ok) return result.loaded;
  const { formatProblem } = await import("../policy/load.js");
  const count = result.problems.length;
  const path = configPath ?? DEFAULT_POLICY_PATH;
  throw new CliError(`${path} is not a valid policy (${count} problem${count === 1 ? "" : "s"} above)`, result.problems.map(formatProblem));
}
