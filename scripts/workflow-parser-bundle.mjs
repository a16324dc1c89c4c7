// esbuild options for @actions/workflow-parser as one ESM file: the package imports its JSON
// schema without an import attribute, which Node 20 refuses and Jest only tolerates with a
// deprecation warning. Used by scripts/bundle.mjs (vendor, for the app) and jest.config.js.
export function workflowParserBundle(outfile) {
  return {
    entryPoints: ["@actions/workflow-parser"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
    banner: { js: "import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);" },
  };
}
