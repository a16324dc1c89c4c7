/**
 * GitHub's own workflow parser (@actions/workflow-parser), loaded on first use.
 *
 * The package imports its JSON schema without an import attribute, which Node 20 refuses. The CLI
 * and Action bundles (esbuild) inline the JSON, and Jest maps the package to an esbuild bundle
 * (jest.config.js); the app runs the TypeScript output on plain Node, so there the import fails
 * and we load the bundle `npm run build` writes to dist/vendor/workflow-parser.js.
 */
type WorkflowParser = typeof import("@actions/workflow-parser");

let loading: Promise<WorkflowParser> | undefined;

export function workflowParser(): Promise<WorkflowParser> {
  loading ??= import("@actions/workflow-parser").catch(async (error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code !== "ERR_IMPORT_ASSERTION_TYPE_MISSING" && code !== "ERR_IMPORT_ATTRIBUTE_MISSING") throw error;
    // dist/src/discover/workflow-parser.js -> dist/vendor/workflow-parser.js
    const vendored = new URL("../../vendor/workflow-parser.js", import.meta.url).href;
    return (await import(vendored)) as WorkflowParser;
  });
  return loading;
}
