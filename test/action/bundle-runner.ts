/**
 * Runs the committed bundle as a runner does: a child process with the runner's environment, a
 * webhook payload in GITHUB_EVENT_PATH, GitHub's API at `apiUrl`, and the step's inputs.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function runBundleAgainst(apiUrl: string, eventName: string, payload: unknown, inputs: Record<string, string> & { token: string }) {
  const dir = mkdtempSync(join(tmpdir(), "blast-radius-e2e-"));
  const files = { event: join(dir, "event.json"), output: join(dir, "output"), summary: join(dir, "summary") };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: "acme/web",
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    "INPUT_CONFIG-PATH": ".github/blast-radius.yml",
    INPUT_MODE: "",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const result = await run(process.execPath, ["action/dist/index.js"], { env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(files.output, "utf8").matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  const summary = readFileSync(files.summary, "utf8");
  rmSync(dir, { recursive: true, force: true });
  return { ...result, outputs, summary };
}
