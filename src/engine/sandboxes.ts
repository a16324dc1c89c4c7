/**
 * Stage 2: sandboxes, their files and line budgets. A budget needs the line counts of the
 * sandbox's own files only; a file elsewhere without counts must not disqualify the sandbox. A
 * budget that cannot be checked (line counts unknown) makes the sandbox not count: fail closed.
 */
import type { Policy } from "../policy/schema.js";
import { decisionWords as say } from "../render/words.js";
import type { FilePaths, PathAreas } from "./paths.js";
import type { ChangedFile, SandboxUse } from "./types.js";

export const hasLines = (f: ChangedFile) => f.additions !== undefined && f.deletions !== undefined;
export const linesOf = (f: ChangedFile) => (f.additions ?? 0) + (f.deletions ?? 0);

export function sandboxUses(perFile: readonly FilePaths[], policy: Policy): Map<string, SandboxUse> {
  const uses = new Map<string, SandboxUse>();
  for (const { file, paths } of perFile) {
    const names = new Set(paths.flatMap((p) => p.areas.filter((a) => a.kind === "sandbox").map((a) => a.name)));
    for (const name of names) {
      const use = uses.get(name) ?? { name, files: [], changedLines: 0, counts: true };
      use.files.push(file.path);
      use.changedLines = use.changedLines === null || !hasLines(file) ? null : use.changedLines + linesOf(file);
      uses.set(name, use);
    }
  }
  for (const sandbox of policy.sandboxes) {
    const use = uses.get(sandbox.name);
    if (use && sandbox.max_changed_lines !== undefined) checkBudget(use, sandbox.max_changed_lines);
  }
  return uses;
}

function checkBudget(use: SandboxUse, limit: number): void {
  use.maxChangedLines = limit;
  if (use.changedLines === null) {
    use.counts = false;
    use.note = say.sandboxLinesUnknown(limit);
  } else if (use.changedLines > limit) {
    use.counts = false;
    use.note = say.sandboxOverBudget(use.changedLines, limit);
  }
}

/** The sandbox that still counts that a path lies in, if any. */
export function countingSandbox(p: PathAreas, uses: ReadonlyMap<string, SandboxUse>): string | undefined {
  return p.areas.find((a) => a.kind === "sandbox" && uses.get(a.name)?.counts)?.name;
}
