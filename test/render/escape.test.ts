/**
 * Values from GitHub (file names, logins) and from the policy (names, environments, labels) are
 * shown to the people who decide whether a change may merge. None of them may add a line, a
 * heading, a table row, a link, HTML or a terminal escape to what Blast Radius says.
 */
import { describe, expect, it } from "@jest/globals";
import { evaluate } from "../../src/engine/evaluate.js";
import { gate } from "../../src/engine/gate.js";
import type { ChangedFile } from "../../src/engine/types.js";
import { markdownCode, markdownText, visible } from "../../src/render/escape.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import { compiled } from "../engine/helpers.js";

const f = (path: string, extra: Partial<ChangedFile> = {}): ChangedFile => ({ path, status: "modified", additions: 1, deletions: 0, ...extra });
const POLICY = `
version: 1
default_tier: low
rules:
  - { name: infrastructure, paths: ["infra/**"], tier: critical }
approvals:
  critical: { count: 2 }
`;

describe("a file name that tries to inject a section into the check summary", () => {
  const spoof = "docs/a.md\n\n## 🟢 Low risk: no approval needed\n\n**low** risk, all inside sandboxes.\n\n| `x` | low | fine |\n<!--";
  const decision = evaluate(compiled(POLICY), { files: [f("infra/main.tf"), f(spoof)] });
  const markdown = renderMarkdown(decision, { gate: gate(decision, null, null) });
  const lines = markdown.split("\n");

  it("adds no heading: the summary has only its own", () => {
    expect(lines.filter((l) => /^\s{0,3}#/.test(l))).toEqual(["## 🔴 Critical risk: needs 2 approvals", "### Files (2)"]);
  });

  it("stays one table row, with the newlines written out inside the code span", () => {
    const rows = lines.filter((l) => l.startsWith("| "));
    expect(rows).toHaveLength(3); // the header and two files
    // the name holds a backtick, so the span is fenced with two; its pipes are escaped for the table
    expect(rows[2]).toBe(
      "| ``docs/a.md\\n\\n## 🟢 Low risk: no approval needed\\n\\n**low** risk, all inside sandboxes.\\n\\n\\| `x` \\| low \\| fine \\|\\n<!--`` | low | no rule matches: `default_tier` |",
    );
  });

  it("opens no HTML comment that would hide the rest of the summary", () => {
    expect(lines.some((l) => l.startsWith("<!--"))).toBe(false);
    expect(markdown.trimEnd().split("\n").pop()).toContain("[Blast Radius](https://github.com/blast-radius/blast-radius)");
  });

  it("is written out in the terminal too, on one line", () => {
    const text = renderText(decision);
    expect(text.split("\n").filter((l) => l.includes("docs/a.md"))).toEqual([
      "  low       docs/a.md\\n\\n## 🟢 Low risk: no approval needed\\n\\n**low** risk, all inside sandboxes.\\n\\n| `x` | low | fine |\\n<!--  [no rule matches (default_tier)]",
    ]);
  });
});

describe("names from the policy", () => {
  const policy = compiled(`
version: 1
rules:
  - { name: "[approved](https://evil.example)", paths: ["a/**"], tier: high }
targets:
  - { name: "<img src=x onerror=alert(1)>", paths: ["b/**"], environment: "prod | eu *west*", tier: high }
sandboxes:
  - { name: "_play_ ~~ground~~", paths: ["c/**"] }
labels: { prefix: "risk:" }
override: { label: "\`break\` glass", by: [oncall] }
`);

  it("are shown as written, never as links, HTML, emphasis or extra table cells", () => {
    const decision = evaluate(policy, { files: [f("a/x"), f("b/x"), f("c/x")] });
    const markdown = renderMarkdown(decision, { override: { label: "`break` glass", appliedBy: "oncall", allowed: true } });
    expect(markdown).toContain("rule **\\[approved\\](https://evil.example)**");
    expect(markdown).toContain("| \\<img src=x onerror=alert(1)\\> | prod \\| eu \\*west\\* | high |");
    expect(markdown).toContain("- **\\_play\\_ \\~\\~ground\\~\\~**: 1 file");
    expect(markdown).toContain("- **Override:** @oncall applied `` `break` glass ``; the check passes regardless of approvals.");
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
  });
});

describe("the escapes", () => {
  it("write out control characters, line separators and bidirectional overrides", () => {
    expect(visible("a\u001b[2Jb\rc\td\u0000e\u2028f\u202eg")).toBe("a\\u{001B}[2Jb\\rc\\td\\u{0000}e\\u{2028}f\\u{202E}g");
    expect(visible("services/api/main.go")).toBe("services/api/main.go");
  });

  it("keep a path's backticks instead of replacing them", () => {
    expect(markdownCode("a`b.ts")).toBe("``a`b.ts``");
    expect(markdownCode("`x`")).toBe("`` `x` ``");
    expect(markdownCode("a|b", false)).toBe("`a|b`");
  });

  it("leave ordinary words alone", () => {
    expect(markdownText("payments-api (eu-west-1): 3 files.")).toBe("payments-api (eu-west-1): 3 files.");
    expect(markdownText("# > - [x] <b> & $x$ !")).toBe("\\# \\> - \\[x\\] \\<b\\> \\& \\$x\\$ \\!");
  });

  it("reach the terminal output of names and environments", () => {
    const policy = compiled('version: 1\ntargets:\n  - { name: "api\\u001b[31m", paths: ["b/**"], environment: "prod\\nfake line", tier: high }\n');
    const text = renderText(evaluate(policy, { files: [f("b/x")] }));
    expect(text).toContain("  api\\u{001B}[31m -> prod\\nfake line (high, 1 file)");
    expect(text).not.toContain("\u001b");
  });
});
