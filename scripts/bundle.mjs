// Bundles the CLI (dist/blast-radius.mjs, for a fast start) and the Action (action/dist/index.js,
// committed: runners execute it as is). One ESM file each; yaml is CommonJS, hence the require banner.
import { build } from "esbuild";
import { existsSync } from "node:fs";

const banner = { js: "import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);" };
const common = { bundle: true, platform: "node", format: "esm", banner, legalComments: "none", logLevel: "warning" };

const jobs = [];
if (existsSync("src/cli/main.ts")) jobs.push(build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/blast-radius.mjs", target: "node20" }));
if (existsSync("action/index.ts")) {
  // The Action runs on node24; the bundle must be byte-for-byte reproducible for the freshness check.
  jobs.push(build({ ...common, entryPoints: ["action/index.ts"], outfile: "action/dist/index.js", target: "node20", minify: false, sourcemap: false }));
}
await Promise.all(jobs);
