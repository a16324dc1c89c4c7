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
  if (policy.sandboxes.length === 0) return uses;
  for (const { file, paths } of perFile) {
    for (let k = 0; k < paths.length; k++) {
      for (const area of paths[k].areas) {
        if (area.kind !== "sandbox") continue;
        // a file counts once per sandbox, whichever of its paths lie in it
        if (k > 0 && paths.slice(0, k).some((earlier) => earlier.areas.includes(area))) continue;
        let use = uses.get(area.name);
        if (!use) uses.set(area.name, (use = { name: area.name, files: [], changedLines: 0, counts: true }));
        use.files.push(file.path);
        use.changedLines = use.changedLines === null || !hasLines(file) ? null : use.changedLines + linesOf(file);
      }
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
