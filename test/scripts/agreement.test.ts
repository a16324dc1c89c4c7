/**
 * scripts/agreement.mjs is how docs/case-studies.md counts a senior's agreement with the tool
 * (issue 10): these pin the figures it prints and that a missing commit fails with a readable
 * message instead of counting as a disagreement.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const script = join(dirname(fileURLToPath(import.meta.url)), "../../scripts/agreement.mjs");
const dir = mkdtempSync(join(tmpdir(), "agreement-"));

const senior = join(dir, "senior.json");
writeFileSync(
  senior,
  JSON.stringify({
    repositories: {
      "acme/shop": [
        { commit: "aaa1111", change: "docs", senior: "low", why: "content" },
        { commit: "bbb2222", change: "payments refactor", senior: "critical", why: "money moves" },
        { commit: "ccc3333", change: "button colour", senior: "medium", why: "one app's UI" },
        { commit: "ddd4444", change: "checkout API", senior: "high", why: "an API" },
      ],
    },
  }),
);
const replay = join(dir, "replay.json");
writeFileSync(
  replay,
  JSON.stringify({
    results: [
      { commit: "aaa1111ffff", tier: "low", setBy: ["docs"], escalations: [] },
      { commit: "bbb2222ffff", tier: "high", setBy: ["payments"], escalations: [] },
      { commit: "ccc3333ffff", tier: "high", setBy: ["web"], escalations: [] },
      { commit: "ddd4444ffff", tier: "high", setBy: ["api"], escalations: ["targets_over: 2"] },
    ],
  }),
);

const run = (...args: string[]) => execFileSync("node", [script, "--senior", senior, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("scripts/agreement.mjs", () => {
  it("counts exact agreement and names a high/critical change the tool put lower", () => {
    const report = JSON.parse(run("--replay", `acme/shop=${replay}`));
    expect(report.all).toEqual({ agree: 2, of: 4, percent: 50, tooLow: 1, tooHigh: 1, seriousTooLow: 1 });
    expect(report.disagreements.map((d: { commit: string; seriousTooLow: boolean }) => [d.commit, d.seriousTooLow])).toEqual([
      ["bbb2222", true],
      ["ccc3333", false],
    ]);
  });

  it("prints the markdown tables the case studies quote", () => {
    const out = run("--replay", `acme/shop=${replay}`, "--markdown");
    expect(out).toContain("| acme/shop | 2 / 4 (50%) | 1 | 1 | 1 |");
    expect(out).toContain("| shop | bbb2222 | payments refactor | critical | high (too low) | payments | money moves |");
  });

  it("fails with the file and commit when a sampled commit was not replayed", () => {
    writeFileSync(join(dir, "short.json"), JSON.stringify({ results: [{ commit: "aaa1111ffff", tier: "low" }] }));
    let stderr = "";
    try {
      run("--replay", `acme/shop=${join(dir, "short.json")}`);
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toBe(`${join(dir, "short.json")}: no replayed commit bbb2222 (is it among the replayed changes?)\n`);
  });
});
