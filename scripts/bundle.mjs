// Bundles with esbuild, one ESM file each (yaml is CommonJS, hence the require banner):
//   node scripts/bundle.mjs cli      -> dist/blast-radius.cjs (not committed; the CLI starts faster from one file,
//                                       CommonJS so bin/blast-radius.js can run it with V8's code cache)
//   node scripts/bundle.mjs action   -> action/dist/index.js  (committed: runners execute it as is)
//   node scripts/bundle.mjs vendor   -> dist/vendor/workflow-parser.js (not committed): @actions/workflow-parser for
//                                       the app, which runs tsc's output on plain Node, where the package's JSON
//                                       import without an import attribute fails (src/discover/workflow-parser.ts)
//   node scripts/bundle.mjs app      -> app/dist/main.js      (committed: `npm ci --omit=dev && npm start` runs it
//                                       with no build step; its packages stay external, installed by npm ci)
//   node scripts/bundle.mjs --check  -> exit 1 when a committed bundle differs from a fresh build
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { workflowParserBundle } from "./workflow-parser-bundle.mjs";

/**
 * zod exports every locale it ships (`z.locales`, some 40 languages) from one module, so a
 * bundle carries all of them although zod itself only uses English and Blast Radius words its own
 * messages. Both bundles get a `locales` with English alone: a quarter of the Action bundle that
 * every run parsed for nothing.
 */
const englishZodLocalesOnly = {
  name: "english-zod-locales-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({ contents: 'export { default as en } from "./en.js";', resolveDir: dirname(args.path) }));
  },
};

const banner = { js: "import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);" };
const common = { bundle: true, platform: "node", format: "esm", banner, legalComments: "none", logLevel: "warning", target: "node20", plugins: [englishZodLocalesOnly] };
const targets = {
  cli: {
    ...common,
    format: "cjs",
    banner: { js: 'var __blastRadiusUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { "import.meta.url": "__blastRadiusUrl" },
    entryPoints: ["src/cli/main.ts"],
    outfile: "dist/blast-radius.cjs",
    minify: true,
  },
  // Minified: the runner parses it on every pull request event, and start-up is most of the run.
  action: { ...common, entryPoints: ["action/index.ts"], outfile: "action/dist/index.js", minify: true },
  vendor: { ...workflowParserBundle("dist/vendor/workflow-parser.js"), minify: true },
  // Not minified: a server starts once, and its stack traces should be readable.
  // Its packages stay external (npm ci installs them), except GitHub's workflow parser, whose JSON
  // import plain Node 20 refuses: bundled in, as in the CLI and the Action.
  app: { ...common, external: externalPackagesExcept("@actions/workflow-parser"), entryPoints: ["app/main.ts"], outfile: "app/dist/main.js" },
};
const committed = ["action", "app"];

/** Every dependency (and its subpaths) as external, but the ones named. */
function externalPackagesExcept(...bundled) {
  const { dependencies = {} } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return Object.keys(dependencies)
    .filter((name) => !bundled.includes(name))
    .flatMap((name) => [name, `${name}/*`]);
}

const args = process.argv.slice(2);
if (args.includes("--check")) {
  for (const name of committed) {
    const target = targets[name];
    const fresh = await build({ ...target, write: false });
    const built = fresh.outputFiles[0].text;
    let current = "";
    try {
      current = readFileSync(target.outfile, "utf8");
    } catch {
      // missing counts as stale
    }
    if (built !== current) {
      console.error(`${target.outfile} is stale: it differs from a fresh build of ${name}/ and src/. Run \`npm run bundle\` and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log(`${target.outfile} is up to date.`);
    }
  }
} else {
  const names = args.length ? args : Object.keys(targets);
  // the CLI's code-cache warm-up runs the built CLI, so build what it loads first
  if (names.includes("vendor")) await build(targets.vendor);
  await Promise.all(names.filter((name) => name !== "vendor").map((name) => build(targets[name])));
  if (names.includes("cli")) warmCliCodeCache();
}

/**
 * bin/blast-radius.js saves V8's code cache after the first run that finds none. Make that first
 * run a representative evaluate, so the cache holds the code an evaluation needs.
 */
function warmCliCodeCache() {
  for (const file of readdirSync("dist")) if (file.startsWith("blast-radius.cjs.") && file.endsWith(".v8cache")) rmSync(join("dist", file));
  const example = ["evaluate", "--config", "examples/monorepo/.github/blast-radius.yml", "--files", "examples/monorepo/pull-request-files.json", "--format", "json"];
  // the policy cache off: the code cache should hold YAML parsing and validation too (a first run)
  const run = spawnSync(process.execPath, ["bin/blast-radius.js", ...example], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, BLAST_RADIUS_CACHE: "off" } });
  if (run.status !== 0) throw new Error(`the built CLI failed on the monorepo example (exit ${run.status})`);
}
