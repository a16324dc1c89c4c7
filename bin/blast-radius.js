#!/usr/bin/env node
// The blast-radius CLI. It runs the esbuild bundle (one file, so start-up stays fast); the
// sources are in src/cli/. A checkout must be built first.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../dist/blast-radius.mjs", import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write(`blast-radius: error: ${fileURLToPath(bundle)} is missing; run \`npm run build\` first\n`);
  process.exit(2);
}
await import(bundle.href);
