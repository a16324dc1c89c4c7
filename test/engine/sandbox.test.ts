/** Sandboxes: areas juniors own. When a PR counts as sandboxed, which label and approvals it gets. */
import { describe, expect, it } from "@jest/globals";
import { evaluate } from "../../src/engine/evaluate.js";
import type { ChangedFile } from "../../src/engine/types.js";
import { compiled, file } from "./helpers.js";

const POLICY = `
version: 1
rules:
  - name: docs
    paths: ["docs/**"]
    tier: low
  - name: secrets
    paths: ["**/secrets/**"]
    tier: high
sandboxes:
  - name: playground
    paths: ["playground/**"]
    exclude: ["playground/shared/**"]
    max_changed_lines: 100
    approvals: { count: 1, from: ["@acme/mentors"] }
  - name: experiments
    paths: ["experiments/**"]
  - name: katas
    paths: ["katas/**"]
    approvals: { count: 2 }
approvals:
  low: { count: 1 }
  medium: { count: 1, from: ["@acme/devs"] }
  high: { count: 2, from: ["@acme/seniors"] }
`;
const policy = compiled(POLICY);
const run = (files: ChangedFile[]) => evaluate(policy, { files });

describe("a sandboxed pull request", () => {
  it("has every path in a sandbox and the lowest tier: extra label, the sandbox's approvals", () => {
    const d = run([file("playground/a.ts", 30), file("playground/b.ts", 20)]);
    expect(d.tier).toBe("low");
    expect(d.sandboxed).toBe(true);
    expect(d.labels).toEqual(["risk:low", "sandbox"]);
    expect(d.approvals).toEqual({ count: 1, from: ["@acme/mentors"], source: "sandbox playground" });
    expect(d.sandboxes).toEqual([{ name: "playground", files: ["playground/a.ts", "playground/b.ts"], changedLines: 50, maxChangedLines: 100, counts: true }]);
  });

  it("falls back to the lowest tier's approvals when its sandbox names none", () => {
    const d = run([file("experiments/x.py")]);
    expect(d.sandboxed).toBe(true);
    expect(d.approvals).toEqual({ count: 1, source: "tier low" });
  });

  it("spanning several sandboxes needs the strictest of their approvals", () => {
    const d = run([file("playground/a.ts"), file("katas/b.ts"), file("experiments/c.ts")]);
    expect(d.sandboxed).toBe(true);
    expect(d.approvals).toEqual({ count: 2, source: "sandbox katas" });
  });

  it("can be renamed within its sandbox and stay sandboxed", () => {
    const d = run([file("playground/new.ts", 1, { status: "renamed", previousPath: "playground/old.ts" })]);
    expect(d.sandboxed).toBe(true);
  });

  it("gets no extra label when labels.sandbox is false", () => {
    const d = evaluate(compiled(`${POLICY}labels: { sandbox: false }\n`), { files: [file("playground/a.ts")] });
    expect(d.sandboxed).toBe(true);
    expect(d.labels).toEqual(["risk:low"]);
  });

  it("uses a custom sandbox label", () => {
    const d = evaluate(compiled(`${POLICY}labels: { sandbox: "junior-zone" }\n`), { files: [file("playground/a.ts")] });
    expect(d.labels).toEqual(["risk:low", "junior-zone"]);
  });
});

describe("not sandboxed", () => {
  it("when one path lies outside every sandbox, even a low one", () => {
    const d = run([file("playground/a.ts"), file("docs/guide.md")]);
    expect(d.tier).toBe("low");
    expect(d.sandboxed).toBe(false);
    expect(d.labels).toEqual(["risk:low"]);
    expect(d.approvals).toEqual({ count: 1, source: "tier low" });
  });

  it("when a rule raises a sandbox file above the lowest tier", () => {
    const d = run([file("playground/secrets/token.txt")]);
    expect(d.tier).toBe("high");
    expect(d.sandboxed).toBe(false);
    expect(d.approvals).toEqual({ count: 2, from: ["@acme/seniors"], source: "tier high" });
  });

  it("when a file is moved out of the sandbox to an uncovered path", () => {
    const d = run([file("src/a.ts", 1, { status: "renamed", previousPath: "playground/a.ts" })]);
    expect(d.sandboxed).toBe(false);
    expect(d.tier).toBe("medium");
  });

  it("for paths a sandbox excludes", () => {
    const d = run([file("playground/shared/util.ts")]);
    expect(d.sandboxed).toBe(false);
    expect(d.tier).toBe("medium");
  });
});

describe("a sandbox's line budget (max_changed_lines)", () => {
  it("counts additions plus deletions of the sandbox's files; exactly at the limit still counts", () => {
    const d = run([file("playground/a.ts", 60, { deletions: 10 }), file("playground/b.ts", 30)]);
    expect(d.sandboxes[0]).toMatchObject({ changedLines: 100, counts: true });
    expect(d.sandboxed).toBe(true);
  });

  it("over the limit, the sandbox does not count: its files take default_tier and the PR is not sandboxed", () => {
    const d = run([file("playground/a.ts", 60, { deletions: 11 }), file("playground/b.ts", 30)]);
    expect(d.sandboxed).toBe(false);
    expect(d.tier).toBe("medium");
    expect(d.labels).toEqual(["risk:medium"]);
    expect(d.files.map((f) => f.reasons[0].kind)).toEqual(["default", "default"]);
    expect(d.sandboxes[0]).toMatchObject({ counts: false, note: "101 changed lines is over its limit of 100" });
  });

  it("only lines inside the sandbox count toward its budget", () => {
    const d = run([file("playground/a.ts", 90), file("docs/big.md", 5000)]);
    expect(d.sandboxes[0]).toMatchObject({ changedLines: 90, counts: true });
    expect(d.files.find((f) => f.path === "playground/a.ts")?.tier).toBe("low");
  });

  it("cannot be checked without line counts for the sandbox's files, so the sandbox does not count", () => {
    const d = run([{ path: "playground/a.ts" }]);
    expect(d.sandboxed).toBe(false);
    expect(d.sandboxes[0].note).toContain("line counts are unknown");
  });

  it("is still checked when only files outside the sandbox lack line counts", () => {
    const d = run([file("playground/a.ts", 10), { path: "experiments/b.ts" }]);
    expect(d.sandboxes.find((s) => s.name === "playground")).toMatchObject({ changedLines: 10, counts: true });
    expect(d.sandboxed).toBe(true);
  });

  it("does not apply to a sandbox without one", () => {
    const d = run([file("experiments/huge.ts", 100_000)]);
    expect(d.sandboxed).toBe(true);
  });
});
