/**
 * The CLI writes its report straight to the descriptor it was given (src/cli/standard-output.ts).
 * What a user would notice if that went wrong: a report cut short when the reader is slow or the
 * descriptor is non-blocking, an error when the reader leaves early (`| head`), and the process
 * exiting before the last bytes are out.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { closeSync, constants, openSync, readFileSync } from "node:fs";
import { BIN, requireBuild, tempDir } from "./helpers.js";

// 6,000 changed files under 200 rules: a JSON report of well over a megabyte, far more than a
// pipe holds (64 KiB on Linux), so every write below outruns its reader.
const POLICY = ["version: 1", "rules:", ...Array.from({ length: 200 }, (_, i) => `  - name: rule-${i}\n    paths: ["svc-${i}/**"]\n    tier: high`)].join("\n") + "\n";
const FILES = Array.from({ length: 6000 }, (_, i) => `svc-${i % 200}/src/some/deeper/directory/file-${i}.ts`).join("\n") + "\n";

let scratch: ReturnType<typeof tempDir>;
let expected: string;
const ARGS = () => ["evaluate", "--config", scratch.path("policy.yml"), "--files", scratch.path("files.txt"), "--format", "json"];

beforeAll(() => {
  requireBuild();
  scratch = tempDir({ "policy.yml": POLICY, "files.txt": FILES });
  const result = spawnSync(process.execPath, [BIN, ...ARGS()], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(result.status).toBe(0);
  expected = result.stdout;
  expect(expected.length).toBeGreaterThan(1_000_000);
  expect(JSON.parse(expected).files).toHaveLength(6000);
});
afterAll(() => scratch.cleanup());

/** Runs the CLI with `stdout` as its standard output; resolves with its exit code and stderr. */
function runInto(stdout: number | "pipe", onStdout?: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...ARGS()], { stdio: ["ignore", stdout, "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    onStdout?.(child);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("the CLI's report on standard output", () => {
  it("arrives whole through a pipe whose reader is slow", async () => {
    const chunks: Buffer[] = [];
    const { code, stderr } = await runInto("pipe", (child) => {
      // read a chunk, then pause: the CLI's writes block (or wait) until the reader comes back
      child.stdout!.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        child.stdout!.pause();
        setTimeout(() => child.stdout!.resume(), 2);
      });
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
  });

  it("arrives whole through a non-blocking descriptor, which refuses what its buffer cannot hold (EAGAIN)", async () => {
    const fifo = scratch.path("report.fifo");
    execFileSync("mkfifo", [fifo]);
    // O_RDWR: opening a FIFO this way never waits for the other end. The descriptor is shared
    // with the child, non-blocking flag included: its writes past 64 KiB fail with EAGAIN.
    const writeEnd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    const out = scratch.path("report.json");
    // a reader that starts late and reads at its own pace
    const reader = spawn("sh", ["-c", 'sleep 0.3; exec cat "$0" > "$1"', fifo, out], { stdio: "ignore" });
    const readerDone = new Promise((resolve) => reader.on("close", resolve));
    const result = runInto(writeEnd);
    closeSync(writeEnd);
    const { code, stderr } = await result;
    await readerDone;
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(expected);
  });

  it.each([
    ["stops after the first bytes (`| head -c 100`)", "head -c 100 >/dev/null"],
    // gone before the CLI's first write, which then fails with EPIPE rather than waiting
    ["is gone before the report is ready (`| true`)", "true"],
  ])("ends quietly, with exit 0, when a shell pipe's reader %s", (_, reader) => {
    // PIPESTATUS has the CLI's own exit code
    const script = `"$0" "$@" 2>"$ERR" | ${reader}; echo "\${PIPESTATUS[0]}"`;
    const errors = scratch.path("stderr.txt");
    const status = execFileSync("bash", ["-c", script, process.execPath, BIN, ...ARGS()], { encoding: "utf8", env: { ...process.env, ERR: errors } });
    expect(readFileSync(errors, "utf8")).toBe("");
    expect(status.trim()).toBe("0");
  });

  it("ends quietly as well when a non-blocking reader goes away", async () => {
    let received = "";
    const { code, stderr } = await runInto("pipe", (child) => {
      child.stdout!.once("data", (chunk: Buffer) => {
        received = chunk.toString("utf8");
        child.stdout!.destroy();
      });
    });
    expect(received.startsWith("{")).toBe(true);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
