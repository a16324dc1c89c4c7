/** `blast-radius doctor`: is the guardrail really enforced on this repository and branch? */
import { parseArgs } from "node:util";
import type { DoctorReport, Finding, FindingStatus } from "../../github/doctor.js";
import { DEFAULT_POLICY_PATH } from "../../policy/schema.js";
import { checkPositionals, parseChoice, parseCount, parseFlags } from "../args.js";
import type { CommandContext, CommandResult } from "../context.js";
import { CliError, EXIT_ERROR, EXIT_NOT_ENFORCED, EXIT_OK } from "../errors.js";
import { connect, gitHubFailure, parseRepo } from "../github.js";

const OPTIONS = {
  repo: { type: "string" },
  branch: { type: "string" },
  "policy-path": { type: "string" },
  "app-id": { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const FORMATS = ["text", "json"] as const;

export async function doctorCommand(args: string[], context: CommandContext): Promise<CommandResult> {
  const { values, positionals } = parseFlags("doctor", Object.keys(OPTIONS), () => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }));
  checkPositionals("doctor", positionals, 0);
  const repo = parseRepo(values.repo, "doctor");
  const format = values.format === undefined ? "text" : parseChoice("--format", values.format, FORMATS);
  const appId = values["app-id"] === undefined ? undefined : parseCount("--app-id", values["app-id"]);
  if (values.branch !== undefined && values.branch.trim() === "") throw new CliError("--branch must name a branch");
  const env = context.env ?? process.env;
  const { client, apiUrl } = await connect(env);
  const { diagnose } = await import("../../github/doctor.js");
  let report: DoctorReport;
  try {
    report = await diagnose(client, repo, { branch: values.branch, policyPath: values["policy-path"] ?? DEFAULT_POLICY_PATH, appId });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw gitHubFailure(error, { apiUrl, repo, doing: `diagnose ${repo.owner}/${repo.repo}` });
  }
  const exitCode = doctorExitCode(report.findings);
  const stdout = format === "json" ? `${JSON.stringify({ ...report, exitCode }, null, 2)}\n` : renderDoctor(report);
  return { stdout, stderr: [], exitCode };
}

/** 1 when something is known to be wrong; else 2 when something could not be checked; else 0. */
export function doctorExitCode(findings: readonly Finding[]): number {
  if (findings.some((f) => f.status === "fail")) return EXIT_NOT_ENFORCED;
  if (findings.some((f) => f.status === "unknown")) return EXIT_ERROR;
  return EXIT_OK;
}

const MARK: Record<FindingStatus, string> = { ok: "ok  ", warn: "warn", fail: "FAIL", unknown: "??  " };

export function renderDoctor(report: DoctorReport): string {
  const lines = [`Blast Radius doctor: ${report.repository}, branch ${report.branch} (check "${report.check}")`, ""];
  const width = Math.max(...report.findings.map((f) => f.topic.length));
  const indent = " ".repeat(7 + width + 2);
  for (const f of report.findings) {
    lines.push(`[${MARK[f.status]}] ${f.topic.padEnd(width)}  ${f.summary}`);
    for (const d of f.details) lines.push(`${indent}${d}`);
    if (f.fix) f.fix.split("\n").forEach((line, i) => lines.push(`${indent}${i === 0 ? "fix: " : "     "}${line}`));
  }
  const count = (s: FindingStatus) => report.findings.filter((f) => f.status === s).length;
  lines.push("");
  const fails = count("fail");
  const unknown = count("unknown");
  if (fails > 0) lines.push(`Not enforced: ${fails} problem${fails === 1 ? "" : "s"} to fix (marked FAIL).`);
  else if (unknown > 0) lines.push(`Could not verify: ${unknown} check${unknown === 1 ? "" : "s"} the token could not read (marked ??).`);
  else lines.push(`Enforced: "${report.check}" is required on ${report.branch}${count("warn") ? ` (${count("warn")} warning${count("warn") === 1 ? "" : "s"})` : ""}.`);
  return `${lines.join("\n")}\n`;
}
