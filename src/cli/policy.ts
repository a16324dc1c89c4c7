/**
 * Finding and loading the policy for the CLI. The rule the app follows is mirrored here: no
 * `.github/blast-radius.yml` means the built-in default policy, and the output says so. A path
 * the user typed (`--config`, `validate PATH`) must exist: a typo never silently falls back.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defaultPolicy, DEFAULT_POLICY_NAME } from "../policy/default.js";
import { formatProblem, loadPolicy, parseYamlQuickly, type PolicyProblem } from "../policy/load.js";
import { DEFAULT_POLICY_PATH, type Policy } from "../policy/schema.js";
import { CliError, describeReadError, errorCode } from "./errors.js";
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

/** Reads and validates a policy file; `explicit` is false for the default path. */
export function readPolicyFile(configPath: string | undefined, cwd: string, timings?: Timings): PolicyFileResult {
  const path = configPath ?? DEFAULT_POLICY_PATH;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    if (configPath === undefined && errorCode(error) === "ENOENT") {
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
  // parsed first only to time the phases apart: loadPolicy reuses this parse (it is memoised)
  parseYamlQuickly(text);
  timings?.mark("parse the policy's YAML");
  const result = loadPolicy([{ path, text }]);
  timings?.mark("validate the policy");
  if (!result.ok) return result;
  const notices: string[] = [];
  if (result.policy._extends) {
    notices.push(
      `note: ${path}: _extends (${result.policy._extends}) is followed by the app and the action, not by the CLI; only the keys in this file apply here`,
    );
  }
  return { ok: true, loaded: { policy: result.policy, name: path, builtIn: false, notices } };
}

/** Like readPolicyFile, but an invalid policy is a CliError listing every problem. */
export function loadPolicyOrFail(configPath: string | undefined, cwd: string, timings?: Timings): LoadedPolicy {
  const result = readPolicyFile(configPath, cwd, timings);
  if (result.ok) return result.loaded;
  const count = result.problems.length;
  const path = configPath ?? DEFAULT_POLICY_PATH;
  throw new CliError(`${path} is not a valid policy (${count} problem${count === 1 ? "" : "s"} above)`, result.problems.map(formatProblem));
}
