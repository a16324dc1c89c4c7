/** Jest runs the TypeScript sources directly (ts-jest, ESM). CLI and bundle tests run the built files. */
import { buildSync } from "esbuild";
import { existsSync, statSync } from "node:fs";
import { workflowParserBundle } from "./scripts/workflow-parser-bundle.mjs";

/**
 * @actions/workflow-parser imports JSON without an import attribute, which Jest only tolerates
 * with a deprecation warning (and Node 20 refuses). Tests load it as the app does on plain Node:
 * the same esbuild bundle (scripts/workflow-parser-bundle.mjs), built here once when missing or stale.
 */
const WORKFLOW_PARSER = "node_modules/.cache/blast-radius/workflow-parser.js";
const parserPackage = "node_modules/@actions/workflow-parser/package.json";
if (!existsSync(WORKFLOW_PARSER) || statSync(WORKFLOW_PARSER).mtimeMs < statSync(parserPackage).mtimeMs) {
  buildSync(workflowParserBundle(WORKFLOW_PARSER));
}

export default {
  preset: "ts-jest/presets/default-esm",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1", "^@actions/workflow-parser$": `<rootDir>/${WORKFLOW_PARSER}` },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json", diagnostics: { ignoreCodes: [151002] } }] },
  testTimeout: 20000,
};
