/**
 * The CLI's cache of validated policies (src/cli/policy-cache.ts): a second run of the same policy
 * skips YAML and validation, prints the same report, and never hides an edit to the policy.
 */
import { afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DirectoryPolicyCache, MAX_ENTRIES, policyCacheFrom } from "../../src/cli/policy-cache.js";
import { defaultPolicy } from "../../src/policy/default.js";
import { loadPolicy } from "../../src/policy/load.js";
import type { Policy } from "../../src/policy/schema.js";
import { expectNoStack, MONOREPO_FILES, MONOREPO_POLICY, requireBuild, run, tempDir } from "./helpers.js";

beforeAll(requireBuild);

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function scratch(files: Record<string, string> = {}) {
  const dir = tempDir(files);
  cleanups.push(dir.cleanup);
  return dir;
}

const EXAMPLES = [
  { policy: "examples/monorepo/.github/blast-radius.yml", files: "examples/monorepo/pull-request-files.json" },
  { policy: "examples/minimal/.github/blast-radius.yml", files: "examples/minimal/changed-files.txt" },
  { policy: "examples/infra/.github/blast-radius.yml", files: "examples/infra/changed-files.txt" },
  { policy: "examples/workflows/.github/blast-radius.yml", files: "examples/workflows/changed-files.txt" },
];

function loaded(path: string): Policy {
  const result = loadPolicy([{ path, text: readFileSync(path, "utf8") }]);
  if (!result.ok) throw new Error(`${path} is not valid: ${JSON.stringify(result.problems)}`);
  return result.policy;
}

/** The phases BLAST_RADIUS_TIMINGS lists, without their times. */
const phases = (stderr: string) => [...stderr.matchAll(/timing: (.+) \d+\.\d ms/g)].map((m) => m[1]);
const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".json"));

describe("the CLI's policy cache", () => {
  it("takes the validated policy from the cache on the second run and prints the same report", () => {
    const cache = scratch();
    const env = { BLAST_RADIUS_CACHE: "", BLAST_RADIUS_CACHE_DIR: cache.dir, BLAST_RADIUS_TIMINGS: "1" };
    const args = ["evaluate", "--config", MONOREPO_POLICY, "--files", MONOREPO_FILES, "--base-branch", "main", "--format", "json"];
    const first = run(args, { env });
    expect(first.status).toBe(0);
    expect(phases(first.stderr)).toContain("parse the policy's YAML");
    expect(cacheFiles(cache.dir)).toHaveLength(1);

    const second = run(args, { env });
    expect(second.status).toBe(0);
    expect(phases(second.stderr)).toContain("take the validated policy from the cache");
    expect(phases(second.stderr)).not.toContain("parse the policy's YAML");
    expect(phases(second.stderr)).not.toContain("validate the policy");
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toBe(run(args).stdout); // and what the run without a cache prints
  });

  it.each(EXAMPLES)("gives $policy's report from the cache exactly as without it, in every format", ({ policy, files }) => {
    const cache = scratch();
    const env = { BLAST_RADIUS_CACHE: "", BLAST_RADIUS_CACHE_DIR: cache.dir };
    for (const format of ["json", "text", "markdown"]) {
      const args = ["evaluate", "--config", policy, "--files", files, "--base-branch", "main", "--format", format];
      const uncached = run(args);
      const filling = run(args, { env });
      const fromCache = run(args, { env });
      expect(uncached.stderr).not.toContain("error");
      expect([filling.status, fromCache.status]).toEqual([uncached.status, uncached.status]);
      expect(filling.stdout).toBe(uncached.stdout);
      expect(fromCache.stdout).toBe(uncached.stdout);
      expect(fromCache.stderr).toBe(uncached.stderr);
    }
    expect(cacheFiles(cache.dir)).toHaveLength(1);
  });

  it("never hides an edit: a policy broken after it was cached is reported, and a changed one is used", () => {
    const cache = scratch();
    const repo = scratch({ "policy.yml": readFileSync(MONOREPO_POLICY, "utf8") });
    const env = { BLAST_RADIUS_CACHE: "", BLAST_RADIUS_CACHE_DIR: cache.dir };
    const args = ["evaluate", "--config", "policy.yml", "--files", join(process.cwd(), MONOREPO_FILES), "--base-branch", "main", "--format", "json"];
    expect(JSON.parse(run(args, { cwd: repo.dir, env }).stdout).tier).toBe("critical");

    const text = readFileSync(repo.path("policy.yml"), "utf8");
    writeFileSync(repo.path("policy.yml"), text.replace("default_tier: medium", "default_tier: severe"));
    const broken = run(args, { cwd: repo.dir, env });
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe("");
    expect(broken.stderr).toContain("policy.yml:");
    expect(broken.stderr).toContain('"severe"');
    expectNoStack(broken);

    // every critical rule and target made low: the same file now says so
    writeFileSync(repo.path("policy.yml"), text.replace(/tier: critical/g, "tier: low"));
    const edited = run(args, { cwd: repo.dir, env });
    expect(edited.status).toBe(0);
    expect(JSON.parse(edited.stdout).tier).not.toBe("critical");
  });

  it("validate and explain read through the cache too, with the same answers", () => {
    const cache = scratch();
    const env = { BLAST_RADIUS_CACHE: "", BLAST_RADIUS_CACHE_DIR: cache.dir };
    const validate = ["validate", MONOREPO_POLICY];
    const uncached = run(validate);
    run(validate, { env });
    expect(run(validate, { env })).toEqual(uncached);
    expect(uncached.stdout).toContain("valid (");
  });

  it("is not used with BLAST_RADIUS_CACHE=off", () => {
    const cache = scratch();
    const args = ["evaluate", "--config", MONOREPO_POLICY, "--files", MONOREPO_FILES, "--format", "json"];
    run(args, { env: { BLAST_RADIUS_CACHE: "off", BLAST_RADIUS_CACHE_DIR: cache.dir } });
    expect(cacheFiles(cache.dir)).toEqual([]);
  });

  it("costs nothing but speed when its directory cannot be made, and when an entry is corrupt", () => {
    const blocker = scratch({ "not-a-directory": "a file" });
    const args = ["evaluate", "--config", MONOREPO_POLICY, "--files", MONOREPO_FILES, "--format", "json"];
    const expected = run(args);
    const unmakeable = run(args, { env: { BLAST_RADIUS_CACHE: "", BLAST_RADIUS_CACHE_DIR: blocker.path("not-a-directory/cache") } });
    expect(unmakeable).toEqual(expected);

    const cache = scratch();
    const env = { BLAST_RADIUS_CACHE: "", BLAST_RADIUS_CACHE_DIR: cache.dir };
    run(args, { env });
    const [entry] = cacheFiles(cache.dir);
    writeFileSync(join(cache.dir, entry), readFileSync(join(cache.dir, entry), "utf8").slice(0, 100));
    expect(run(args, { env })).toEqual(expected);
    // and the corrupt entry was replaced by a whole one
    expect(() => JSON.parse(readFileSync(join(cache.dir, entry), "utf8"))).not.toThrow();
  });
});

describe("DirectoryPolicyCache", () => {
  const policy = loaded(MONOREPO_POLICY);
  const text = readFileSync(MONOREPO_POLICY, "utf8");

  it("gives a policy back only for the same text, path and build", () => {
    const cache = new DirectoryPolicyCache(scratch().dir, "build-1");
    expect(cache.get("/repo/policy.yml", text)).toBeUndefined();
    cache.set("/repo/policy.yml", text, policy);
    expect(cache.get("/repo/policy.yml", text)).toStrictEqual(policy);
    expect(cache.get("/repo/policy.yml", `${text}\n`)).toBeUndefined();
    expect(cache.get("/other/policy.yml", text)).toBeUndefined();
    expect(new DirectoryPolicyCache(cache.dir, "build-2").get("/repo/policy.yml", text)).toBeUndefined();
  });

  it("ignores an entry whose recorded text, path or build differs from its name's", () => {
    const cache = new DirectoryPolicyCache(scratch().dir, "build-1");
    cache.set("/repo/policy.yml", text, policy);
    const [name] = cacheFiles(cache.dir);
    const entry = JSON.parse(readFileSync(join(cache.dir, name), "utf8"));
    for (const tampered of [{ ...entry, build: "build-0" }, { ...entry, path: "/elsewhere.yml" }, { ...entry, text: "version: 1\n" }, { ...entry, policy: null }, [entry], null]) {
      writeFileSync(join(cache.dir, name), JSON.stringify(tampered));
      expect(cache.get("/repo/policy.yml", text)).toBeUndefined();
    }
  });

  it(`keeps the newest ${MAX_ENTRIES} entries`, () => {
    const cache = new DirectoryPolicyCache(scratch().dir, "build-1");
    const small = defaultPolicy();
    for (let i = 0; i < MAX_ENTRIES + 3; i++) {
      cache.set(`/repo-${i}/policy.yml`, "version: 1\n", small);
      // modification times a second apart, oldest first, as if written over time
      for (const name of cacheFiles(cache.dir)) {
        const path = join(cache.dir, name);
        if (JSON.parse(readFileSync(path, "utf8")).path === `/repo-${i}/policy.yml`) utimesSync(path, 1_000_000 + i, 1_000_000 + i);
      }
    }
    expect(cacheFiles(cache.dir)).toHaveLength(MAX_ENTRIES);
    expect(cache.get("/repo-0/policy.yml", "version: 1\n")).toBeUndefined();
    expect(cache.get("/repo-2/policy.yml", "version: 1\n")).toBeUndefined();
    expect(cache.get("/repo-3/policy.yml", "version: 1\n")).toStrictEqual(small);
    expect(cache.get(`/repo-${MAX_ENTRIES + 2}/policy.yml`, "version: 1\n")).toStrictEqual(small);
  });

  // An entry is JSON: a loaded policy must survive the round trip exactly (no undefined-valued
  // keys, no Infinity, no Map), or a cached run could decide differently from a fresh one.
  it.each([...EXAMPLES.map((e) => e.policy), "the built-in default policy"])("keeps %s exactly as loaded", (path) => {
    const original = path === "the built-in default policy" ? defaultPolicy() : loaded(path);
    expect(JSON.parse(JSON.stringify(original))).toStrictEqual(original);
  });
});

describe("policyCacheFrom", () => {
  it("is off with BLAST_RADIUS_CACHE=off or 0, and lives in BLAST_RADIUS_CACHE_DIR, XDG_CACHE_HOME or ~/.cache", () => {
    expect(policyCacheFrom({ BLAST_RADIUS_CACHE: "off", BLAST_RADIUS_CACHE_DIR: "/tmp/x" })).toBeUndefined();
    expect(policyCacheFrom({ BLAST_RADIUS_CACHE: "0" })).toBeUndefined();
    expect((policyCacheFrom({ BLAST_RADIUS_CACHE_DIR: "/tmp/x", XDG_CACHE_HOME: "/xdg" }) as DirectoryPolicyCache).dir).toBe("/tmp/x");
    expect((policyCacheFrom({ XDG_CACHE_HOME: "/xdg" }) as DirectoryPolicyCache).dir).toBe("/xdg/blast-radius");
    expect((policyCacheFrom({}) as DirectoryPolicyCache).dir).toMatch(/[/\\]\.cache[/\\]blast-radius$/);
  });
});
