/**
 * The CLI's entry point: esbuild bundles this file into dist/blast-radius.cjs, which
 * bin/blast-radius.js runs. Running it runs the CLI; the logic lives in cli.ts.
 */
import { runCli } from "./cli.js";
import { policyCacheFrom } from "./policy-cache.js";
import { StandardOutput } from "./standard-output.js";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("blast-radius: reading the changed files from standard input (end with Ctrl-D)\n");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// A closed pipe (`blast-radius evaluate ... | head`) is the reader's choice, not an error.
const output = new StandardOutput(() => process.exit(process.exitCode ?? 0));

// No top-level await: the bundle is CommonJS so that bin/ can run it with V8's code cache.
const context = {
  cwd: process.cwd(),
  readStdin,
  timings: Boolean(process.env.BLAST_RADIUS_TIMINGS),
  env: process.env,
  policyCache: policyCacheFrom(process.env),
};
void runCli(process.argv.slice(2), context, output).then((code) => {
  process.exitCode = code;
  // process.exit() ends the process without tearing down its heap, tens of milliseconds after a
  // large evaluation. It is called once all that was written has been handed to the system, so a
  // large report piped to a slow reader is still written in full.
  output.flushed(() => process.exit());
});
