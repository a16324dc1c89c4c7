/**
 * The version is read from package.json at run time (only for --version): the CLI runs both as
 * the esbuild bundle (dist/blast-radius.cjs) and as tsc output (dist/src/cli/), at different
 * depths, so the nearest blast-radius package.json above this file is the one.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "blast-radius" && pkg.version) return pkg.version;
    } catch {
      // no package.json here: keep climbing
    }
    const parent = dirname(dir);
    if (parent === dir) return "unknown";
    dir = parent;
  }
}
