// Bundles with esbuild, one ESM file each (yaml is CommonJS, hence the require banner):
//   node scripts/bundle.mjs cli      -> dist/blast-radius.mjs (not committed; the CLI starts faster from one file)
//   node scripts/bundle.mjs action   -> action/dist/index.js  (committed: runners execute it as is)
//   node scripts/bundle.mjs --check  -> exit 1 when the committed action bundle differs from a fresh build
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const banner = { js: "import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);" };
const common = { bundle: true, platform: "node", format: "esm", banner, legalComments: "none", logLevel: "warning", target: "node20" };
const targets = {
  cli: { ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/blast-radius.mjs", minify: true },
  // Minified: the runner parses it on every pull request event, and start-up is most of the run.
  action: { ...common, entryPoints: ["action/index.ts"], outfile: "action/dist/index.js", minify: true },
};

const args = process.argv.slice(2);
if (args.includes("--check")) {
  const fresh = await build({ ...targets.action, write: false });
  const built = fresh.outputFiles[0].text;
  let committed = "";
  try {
    committed = readFileSync(targets.action.outfile, "utf8");
  } catch {
    // missing counts as stale
  }
  if (built !== committed) {
    console.error(`${targets.action.outfile} is stale: it differs from a fresh build of action/ and src/. Run \`npm run bundle\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${targets.action.outfile} is up to date.`);
} else {
  const names = args.length ? args : Object.keys(targets);
  await Promise.all(names.map((name) => build(targets[name])));
}
