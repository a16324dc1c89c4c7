/**
 * Stage 1: which areas each counted path lies in. A file counts at its path and, for a rename, at
 * its previous path too (moving code out of payments is a payments change). Targets whose branch
 * filters leave the base branch out do not count; with the base branch unknown, every target does.
 */
import { decisionWords as say } from "../render/words.js";
import type { Area } from "./areas.js";
import type { Shipping } from "./shipping.js";
import type { ChangedFile, PullRequestChange } from "./types.js";

export interface PathAreas {
  path: string;
  /** set for a renamed file's previous path */
  viaPreviousPath?: string;
  areas: Area[];
}

export interface FilePaths {
  file: ChangedFile;
  paths: PathAreas[];
}

export function pathsOfChange(change: PullRequestChange, shipping: Shipping): FilePaths[] {
  const base = change.baseBranch;
  /** per target with branch filters, whether the base branch passes them: asked once, not per path */
  const applies = new Map<Area, boolean>();
  const targetApplies = (area: Area) => {
    if (area.kind !== "target" || !area.branches || base === undefined) return true;
    let passes = applies.get(area);
    if (passes === undefined) applies.set(area, (passes = area.branches.matches(base)));
    return passes;
  };
  const areasOf = (path: string) => {
    const areas = shipping.areasOf(path);
    return areas.every(targetApplies) ? areas : areas.filter(targetApplies);
  };
  return change.files.map((file) => {
    const paths: PathAreas[] = [{ path: file.path, areas: areasOf(file.path) }];
    if (file.previousPath && file.previousPath !== file.path) paths.push({ path: file.previousPath, viaPreviousPath: file.previousPath, areas: areasOf(file.previousPath) });
    return { file, paths };
  });
}

/** The note a person needs when branch filters could not be applied. */
export function unknownBaseNote(change: PullRequestChange, hasBranchFilters: boolean): string | null {
  return change.baseBranch === undefined && hasBranchFilters ? say.unknownBase : null;
}
