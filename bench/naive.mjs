// The naive baseline: what evaluate would be without the glob index. Every (path, glob) pair is
// tested, one minimatch call each. Two flavours:
//   "per-pair":    naiveMatch from the engine, which builds a Minimatch for every call, the way
//                  `minimatch(path, glob)` does;
//   "precompiled": each glob compiled once up front, then matched against every path (a fairer,
//                  faster baseline: the only thing missing is the index).
// Everything after matching (tiers, targets, sandboxes, escalations, approvals) is the engine's
// own evaluate(), so any difference in the decision comes from matching alone.
import { Minimatch } from "minimatch";
import { policyAreas } from "../dist/src/engine/evaluate.js";
import { expandGlob, naiveMatch } from "../dist/src/engine/glob.js";
import { toChangedFile } from "../dist/src/github/facts.js";

/** The engine's minimatch options (src/engine/glob.ts); the identical-decisions check catches drift. */
const MM_OPTIONS = { dot: true, nocomment: true, nonegate: true };

function matcher(glob, flavour) {
  if (flavour === "per-pair") return (path) => naiveMatch(path, glob);
  // naiveMatch's own steps, with the Minimatch objects built once instead of on every call
  const compiled = new Minimatch(glob, MM_OPTIONS)
    .braceExpand()
    .flatMap((braced) => expandGlob(braced))
    .map((pattern) => new Minimatch(pattern, MM_OPTIONS));
  return (path) => compiled.some((m) => m.match(path));
}

/** A CompiledPolicy (what the engine's evaluate() takes) whose areasOf() scans every glob. */
export function compileNaive(policy, flavour = "precompiled") {
  const areas = policyAreas(policy).map(({ area, paths, exclude }) => ({
    area,
    include: paths.map((g) => matcher(g, flavour)),
    exclude: exclude.map((g) => matcher(g, flavour)),
  }));
  return {
    policy,
    areasOf: (path) => areas.filter((a) => a.include.some((m) => m(path)) && !a.exclude.some((m) => m(path))).map((a) => a.area),
  };
}

/** GitHub's "list pull request files" entries as the engine's ChangedFile, as the GitHub layer reads them. */
export const toChangedFiles = (githubFiles) => githubFiles.map(toChangedFile);
