/** `blast-radius explain`: what applies to each path, and the tier that results. */
import type { Finding, PathExplanation } from "../engine/explain.js";
import { reasonText } from "./text.js";
import { environmentText, originText, routeText } from "./shipping.js";

function findingText(f: Finding, shipsNowhere: boolean): string {
  switch (f.kind) {
    case "never-ship":
      return `never ships: never_ship "${f.glob}" keeps it out of every target`;
    case "rule":
    case "sandbox":
      return `${f.kind} ${f.name}${f.tier ? ` (${f.tier})` : ""}: matches "${f.glob}"${f.excludedBy ? `, but exclude "${f.excludedBy}" removes it` : ""}`;
    case "target": {
      const why = f.excludedBy ? `, but exclude "${f.excludedBy}" removes it` : f.otherBranches ? ", but not for this base branch" : shipsNowhere ? ", but it never ships" : "";
      return `target ${f.name} -> ${f.environment} (${f.tier}): matches "${f.glob}"${why}`;
    }
    case "discovered-target": {
      const filter = f.pattern === undefined ? "no path filters: every file ships to it" : f.ignored ? `"${f.pattern}" filters it out` : `on.push filter "${f.pattern}" matches`;
      const why = f.ignored ? "" : f.otherBranches ? ", but not for this base branch" : shipsNowhere ? ", but it never ships" : "";
      return `target ${f.name} -> ${environmentText(f.environment, f.origin)} (${f.tier}), discovered in ${originText(f.origin)}: ${filter}${why}`;
    }
    case "dependency":
      return `target ${f.name} -> ${f.environment} (${f.tier}) through dependencies: ${routeText(f.route)} (files below ${f.root || "the repository root"})${shipsNowhere ? ", but it never ships" : ""}`;
  }
}

export function renderExplanations(explanations: readonly PathExplanation[]): string {
  const out: string[] = [];
  for (const { path, findings, decision } of explanations) {
    const shipsNowhere = findings.some((f) => f.kind === "never-ship");
    out.push(path);
    if (findings.length === 0) out.push("  nothing in the policy or the repository's workflows covers it");
    for (const f of findings) out.push(`  ${findingText(f, shipsNowhere)}`);
    const setting = decision.reasons.filter((r) => r.tier === decision.tier).map(reasonText);
    out.push(`  => ${decision.tier} (${setting.join("; ")})`, "");
  }
  return out.join("\n");
}
