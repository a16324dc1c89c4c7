/** Test helpers: policies are written as YAML, exactly as users write them. */
import { compilePolicy, type CompiledPolicy } from "../../src/engine/evaluate.js";
import type { ChangedFile } from "../../src/engine/types.js";
import { formatProblem, loadPolicy } from "../../src/policy/load.js";
import type { Policy } from "../../src/policy/schema.js";

export function policyFrom(yaml: string): Policy {
  const result = loadPolicy([{ path: ".github/blast-radius.yml", text: yaml }]);
  if (!result.ok) throw new Error(`test policy is invalid:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.policy;
}

export function compiled(yaml: string): CompiledPolicy {
  return compilePolicy(policyFrom(yaml));
}

/** A modified file with line counts, so sandboxes' line budgets can be checked. */
export function file(path: string, lines = 1, extra: Partial<ChangedFile> = {}): ChangedFile {
  return { path, status: "modified", additions: lines, deletions: 0, ...extra };
}
