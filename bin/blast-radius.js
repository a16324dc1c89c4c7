#!/usr/bin/env node
// The blast-radius CLI. It runs the esbuild bundle (one file, so start-up stays fast); the
// sources are in src/cli/. A checkout must be built first.
//
// The bundle is compiled with V8's code cache, as v8-compile-cache does: the first run saves the
// compiled code beside the bundle, later runs skip most parsing and compiling. V8 rejects a cache
// made for other source or another Node version, and then it is simply made again.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const bundle = fileURLToPath(new URL("../dist/blast-radius.cjs", import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(`blast-radius: error: ${bundle} is missing; run \`npm run build\` first\n`);
  process.exit(2);
}

const cachePath = `${bundle}.${process.version}.v8cache`;
let cachedData;
try {
  cachedData = readFileSync(cachePath);
} catch {
  // no cache yet
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, "utf8")}\n})`, {
  filename: bundle,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so the cache holds the functions this run compiled; written atomically, since
  // several CLI processes may start at once. A read-only install just goes without.
  process.once("beforeExit", () => {
    try {
      const temporary = `${cachePath}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cachePath);
    } catch {
      // not writable: nothing lost but speed
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
