#!/usr/bin/env node
// The blast-radius CLI. It runs the esbuild bundle (one file, so start-up stays fast); the
// sources are in src/cli/. A checkout must be built first.
//
// CommonJS (bin/package.json says so): Node starts a CommonJS main file some 10 ms sooner than
// an ES module, whose loader it would otherwise set up for this one file.
//
// The bundle is compiled with V8's code cache, as v8-compile-cache does: the first run saves the
// compiled code beside the bundle, later runs skip most parsing and compiling. V8 rejects a cache
// made for other source or another Node version, and then it is simply made again.
"use strict";
// A run lasts a fraction of a second, most of it in code V8 meets for the first time. By default
// V8 soon starts optimising the hottest of it with TurboFan, whose compile jobs cost more than this
// short a run gains from them (js-yaml's scanner, zod's checks, the glob walk): a 15 times larger
// interrupt budget leaves short runs to V8's quicker tiers and still optimises a long run's hot
// loops. Measured on the bench workload: a sixth off the whole process (npm run bench, section 2).
// It is set before the bundle is compiled, so the code cache below is made and used with it.
// Only on the V8 versions known to have the flag (Node 18 to 24): V8 prints an error for a flag it
// does not know, and a later one may tier differently.
const v8Major = Number(process.versions.v8.split(".")[0]);
if (v8Major >= 10 && v8Major <= 13) require("node:v8").setFlagsFromString("--interrupt-budget=1000000");
const { existsSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const vm = require("node:vm");

const bundle = join(__dirname, "../dist/blast-radius.cjs");
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
  // At exit, so the cache holds the functions this run compiled ('exit', not 'beforeExit': the
  // CLI ends with process.exit()); written atomically, since several CLI processes may start at
  // once. A read-only install just goes without.
  process.once("exit", () => {
    try {
      const temporary = `${cachePath}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cachePath);
    } catch {
      // not writable: nothing lost but speed
    }
  });
}
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));
