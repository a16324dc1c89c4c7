/** `blast-radius evaluate`: policy + changed files -> the decision, as text, JSON or markdown. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { compilePolicy, evaluate } from "../../engine/evaluate.js";
import { gate } from "../../engine/gate.js";
import type { ChangedFile, Decision } from "../../engine/types.js";
import { decisionReport } from "../../render/json.js";
import { notice } from "../output.js";
import { Timings } from "../timings.js";
import { checkPositionals, parseChoice, parseCount, parseFlags } from "../args.js";
import type { CommandContext, CommandResult } from "../context.js";
import { codeOwnersLocally, discoverLocally } from "../discovered.js";
import { CliError, describeReadError, EXIT_FAIL_ON, EXIT_OK } from "../errors.js";
import { parseFileList } from "../files.js";
import { changedFilesFromGit, repositoryRoot } from "../git.js";
import { loadPolicyOrFail, type LoadedPolicy } from "../policy.js";

const FORMATS = ["text", "json", "markdown"] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  config: { type: "string" },
  files: { type: "string" },
  base: { type: "string" },
  "base-branch": { type: "string" },
  "changed-files": { type: "string" },
  format: { type: "string" },
  "fail-on": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

interface EvaluateOptions {
  config?: string;
  files?: string;
  base?: string;
  baseBranch?: string;
  changedFiles?: number;
  format: Format;
  failOn?: string;
}

function parseOptions(args: string[]): EvaluateOptions {
  const { values, positionals } = parseFlags("evaluate", Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }),
  );
  checkPositionals("evaluate", positionals, 0);
  if (values.files !== undefined && values.base !== undefined) {
    throw new CliError("give the changed files either with --files or with --base, not both");
  }
  if (values.files === undefined && values.base === undefined) {
    throw new CliError("no changed files: give --files FILE (one path per line, or GitHub's JSON; - for standard input) or --base REF (git diff REF...HEAD)");
  }
  return {
    config: values.config,
    files: values.files,
    base: values.base,
    baseBranch: values["base-branch"],
    changedFiles: values["changed-files"] === undefined ? undefined : parseCount("--changed-files", values["changed-files"]),
    format: values.format === undefined ? "text" : parseChoice("--format", values.format, FORMATS),
    failOn: values["fail-on"],
  };
}

async function readChangedFiles(options: EvaluateOptions, context: CommandContext): Promise<ChangedFile[]> {
  if (options.base !== undefined) return changedFilesFromGit(options.base, context.cwd);
  const source = options.files!;
  if (source === "-") return parseFileList(await context.readStdin(), "standard input");
  let text: string;
  try {
    text = readFileSync(resolve(context.cwd, source), "utf8");
  } catch (error) {
    throw new CliError(`cannot read --files ${source}: ${describeReadError(error)}`);
  }
  return parseFileList(text, source);
}

/** The decision in the format asked for; only that format's renderer is loaded. */
async function render(decision: Decision, loaded: LoadedPolicy, format: Format): Promise<string> {
  switch (format) {
    case "json":
      return JSON.stringify(decisionReport(decision, { policy: loaded.name, gate: gate(decision, null, null) }), null, 2) + "\n";
    case "markdown": {
      const { renderMarkdown } = await import("../../render/markdown.js");
      return renderMarkdown(decision, { gate: gate(decision, null, null), policySource: loaded.name }) + "\n";
    }
    case "text": {
      const { renderText } = await import("../../render/text.js");
      return renderText(decision, { policySource: loaded.name });
    }
  }
}

export async function evaluateCommand(args: string[], context: CommandContext): Promise<CommandResult> {
  const timings = new Timings(context.timings ?? false);
  const options = parseOptions(args);
  // With --base we are in a repository: its policy is at the top of the work tree, even when
  // the command runs in a subdirectory (git diff paths are relative to the top as well).
  const policyDir = options.base !== undefined && options.config === undefined ? (repositoryRoot(context.cwd) ?? context.cwd) : context.cwd;
  const loaded = await loadPolicyOrFail(options.config, policyDir, { timings, cache: context.policyCache });
  const { tiers } = loaded.policy;
  // Checked before reading the files: a typo in --fail-on must not pass as "never fails".
  const failOn = options.failOn === undefined ? undefined : parseChoice("--fail-on", options.failOn, tiers);

  const files = await readChangedFiles(options, context);
  if (options.changedFiles !== undefined && options.changedFiles < files.length) {
    throw new CliError(`--changed-files ${options.changedFiles} is less than the ${files.length} files listed`);
  }
  timings.mark(`read ${files.length} changed files`);
  const compiled = compilePolicy(loaded.policy);
  timings.mark("compile the policy's globs");
  // deploy targets from the workflows and workspaces at --base (or in the working tree), when the policy asks
  const discovered = await discoverLocally(loaded.policy, context.cwd, options.base, options.config, files);
  timings.mark("discover targets");
  const codeOwners = await codeOwnersLocally(loaded.policy, context.cwd, options.base, options.config);
  const decision = evaluate(compiled, { files, baseBranch: options.baseBranch, totalFiles: options.changedFiles, discovered, codeOwners });
  timings.mark("evaluate");
  const stdout = await render(decision, loaded, options.format);
  timings.mark(`render ${options.format}`);

  const stderr = loaded.notices.map(notice);
  let exitCode = EXIT_OK;
  if (failOn !== undefined && tiers.indexOf(decision.tier) >= tiers.indexOf(failOn)) {
    exitCode = EXIT_FAIL_ON;
    stderr.push(notice(`tier ${decision.tier} is at or above --fail-on ${failOn}`));
  }
  stderr.push(...timings.finish().map(notice));
  return { stdout, stderr, exitCode };
}
