/**
 * Glob semantics policy authors rely on (gitignore / CODEOWNERS habits), and the index that
 * makes them fast agreeing with the one-minimatch-call-per-glob reference.
 */
import { describe, expect, it } from "@jest/globals";
import { GlobIndex, globProblem, naiveMatch, requiredLiteral } from "../../src/engine/glob.js";

function matches(glob: string, path: string): boolean {
  const index = new GlobIndex<string>();
  index.add(glob, glob);
  const viaIndex = index.ownersOf(path).has(glob);
  // every example doubles as an agreement check between the index and the reference
  expect(viaIndex).toBe(naiveMatch(path, glob));
  return viaIndex;
}

describe("glob semantics", () => {
  it.each([
    // dot files and dot directories match like any other
    [".github/**", ".github/CODEOWNERS", true],
    [".github/**", ".github/workflows/ci.yml", true],
    ["*.yml", ".github/workflows/ci.yml", true],
    ["*", ".env", true],
    // a pattern without a slash matches at any depth
    ["*.md", "README.md", true],
    ["*.md", "a/b/README.md", true],
    ["Dockerfile", "services/api/Dockerfile", true],
    ["*.md", "README.mdx", false],
    // a pattern with a slash is relative to the repository root
    ["src/*.ts", "src/a.ts", true],
    ["src/*.ts", "lib/src/a.ts", false],
    ["src/*.ts", "src/a/b.ts", false],
    // a pattern naming a directory covers everything below it, and only it
    ["services/api", "services/api/main.go", true],
    ["services/api", "services/api-gateway/main.go", false],
    // a leading slash anchors a slash-free pattern to the root
    ["/foo", "foo", true],
    ["/foo", "foo/bar.txt", true],
    ["/foo", "a/foo", false],
    // a trailing slash means a directory: what lies below it, at any depth, never a file of that name
    ["build/", "build/out.js", true],
    ["build/", "a/build/out.js", true],
    ["build/", "build", false],
    ["build/", "a/build", false],
    // braces, multi-dot extensions, ** in the middle
    ["{src,lib}/**/*.ts", "lib/deep/x.ts", true],
    ["{src,lib}/**/*.ts", "test/deep/x.ts", false],
    ["**/x/*.sql", "x/a.sql", true],
    ["**/x/*.sql", "a/b/x/c.sql", true],
    ["**/x/*.sql", "x/y/c.sql", false],
    ["*.tar.gz", "dist/app.tar.gz", true],
    ["*.tar.gz", "dist/app.gz", false],
  ])("%s on %s: %s", (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
  });
});

describe("globProblem", () => {
  it.each([
    ["!docs/**", "negation is not supported here, use `exclude` instead"],
    ["docs\\*.md", "contains a backslash"],
    ["../secrets/**", "'.' or '..' segment"],
    ["src//x", "empty segment"],
    ["src/[ab", "unclosed '['"],
    ["src/{a,b", "unclosed '{'"],
    ["src/a}", "'}' without a matching '{'"],
    [" src/**", "leading or trailing spaces"],
  ])("rejects %j: %s", (glob, message) => {
    expect(globProblem(glob)).toContain(message);
  });

  it.each(["docs/**", "*.md", "/foo", "build/", "{src,lib}/**/*.ts", "**/x/*.sql", "*.tar.gz", ".github/**"])("accepts %j", (glob) => {
    expect(globProblem(glob)).toBeNull();
  });
});

/** mulberry32: a tiny seeded PRNG, so the corpus is the same on every run and failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("GlobIndex.ownersOf agrees with naiveMatch", () => {
  const random = prng(20240611);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

  const dirs = ["src", "lib", "x", "docs", ".github", "workflows", "services", "api", "build", "foo", "node_modules", "a.b", "v1", "section-1", "section-x", "apps", "__tests__", "a.ts"];
  const leaves = ["README.md", "a.sql", "b.tar.gz", "c.gz", ".env", "main.go", "index.ts", "x", "foo", "build", "Dockerfile", "CODEOWNERS", ".md", "z.test.ts"];
  leaves.push("page.tsx", ".ts", "CHANGELOG.md", "acbd", "ab", "axb");
  // a few hand-picked paths so every fixed pattern below has something to match, and paths
  // GitHub never lists (empty, `.` and `..` segments), where minimatch's own rules must still hold
  const paths = new Set<string>(["src/api/main.go", "services/api/Dockerfile", "docs/guide/section-1/intro.md", "apps/web/page.tsx", "apps/old.tsx/page.js", "x/y/c.sql", "a/b/x/c.sql", "docs/guide/intro.md", "foo/bar.txt", "v1/api/index.ts"]);
  for (const odd of ["docs/./section-1/a.md", "docs/x/../section-1/b.md", "src//a.ts", "/src/a.ts", "apps/a/", "./x/a.ts", "foo/..", "src/.", ".github/../foo"]) paths.add(odd);
  while (paths.size < 1000) {
    const depth = Math.floor(random() * 5);
    paths.add([...Array.from({ length: depth }, () => pick(dirs)), pick(leaves)].join("/"));
  }

  const fixed = [
    "{src,lib}/**",
    "{docs,*.md}",
    "src/{api,x}/*.{ts,go}",
    "**/x/*.sql",
    "*.tar.gz",
    "*.gz",
    ".github/**",
    ".env",
    "*",
    "**",
    "/foo",
    "/foo/",
    "build/",
    "x/",
    "services/api",
    "docs/**/*.md",
    "**/node_modules/**",
    "*.test.*",
    "a.b",
    "v?/**",
    "src/**/index.ts",
    // the shapes the index matches without minimatch (see CompiledPattern)
    "apps/**/*.tsx",
    "**/*.ts",
    "*.ts/",
    "**/*.ts/**",
    "docs/**/section-*/*.md",
    "docs/**/section-1/**",
    "services/api/Dockerfile",
    "**/__tests__/**",
    "**/CHANGELOG.md",
    "__tests__/",
    "a*b?",
    "**/a?b",
    "x/**/",
    "*.tsx/",
  ];
  const pieces = [...dirs, "*", "**", "*.md", "*.sql", "*.tar.gz", "{src,docs}", "{x,.github}", "?.sql", ".*", "section-*", "*.tsx", "*.ts", "a*b?", "**/*.ts"];
  const generated = new Set<string>();
  while (generated.size < 200) {
    const body = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(pieces)).join("/");
    const lead = random() < 0.15 ? "/" : "";
    const trail = random() < 0.15 ? "/" : "";
    const glob = `${lead}${body}${trail}`;
    if (globProblem(glob) === null) generated.add(glob);
  }
  const patterns = [...fixed, ...generated];

  it("finds exactly the patterns the reference matches, for every path", () => {
    const index = new GlobIndex<number>();
    patterns.forEach((glob, i) => index.add(glob, i));
    let matched = 0;
    const disagreements: string[] = [];
    for (const path of paths) {
      const expected = patterns.flatMap((glob, i) => (naiveMatch(path, glob) ? [i] : []));
      const actual = [...index.ownersOf(path)].sort((a, b) => a - b);
      matched += expected.length;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        disagreements.push(`${path}: index ${actual.map((i) => patterns[i]).join(" ")} | reference ${expected.map((i) => patterns[i]).join(" ")}`);
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    // guard against a vacuous corpus where nothing matches anything
    expect(matched).toBeGreaterThan(paths.size);
  });

  it("gives every owner of a glob that several owners share, and each owner once", () => {
    const index = new GlobIndex<string>();
    for (const owner of ["rule-a", "rule-b", "rule-c"]) index.add("**/__tests__/**", owner);
    index.add("*.ts", "rule-a");
    index.add("{src,lib}/**", "rule-d");
    index.add("src/**", "rule-e");
    expect([...index.ownersOf("src/__tests__/a.ts")].sort()).toEqual(["rule-a", "rule-b", "rule-c", "rule-d", "rule-e"]);
    expect([...index.ownersOf("lib/a.go")]).toEqual(["rule-d"]);
  });

  it("each fixed pattern matches some path and misses another, so the corpus exercises it", () => {
    for (const glob of fixed.filter((g) => g !== "**" && g !== "*")) {
      const hits = [...paths].filter((p) => naiveMatch(p, glob)).length;
      expect({ glob, hits: hits > 0 && hits < paths.size }).toEqual({ glob, hits: true });
    }
  });
});

describe("the literal index agrees with naiveMatch where many patterns share a bucket", () => {
  // Buckets of 16 patterns or more are split by each pattern's required literal (requiredLiteral):
  // thousands of `*x123{a,b}*` anywhere, or of `src/**/*y123*` under one prefix. Literals come
  // from a small alphabet so that paths contain them, partly, wholly and more than once.
  const random = prng(7031);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const letters = ["a", "b", "x", "1", "2", ".", "-"];
  const word = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(letters)).join("");
  const wild = () => {
    // a segment of literal runs joined by `*` and `?`, at most two stars (the RegExp shapes) or more (minimatch's)
    const parts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => word(0, 4));
    const joins = parts.slice(1).map(() => pick(["*", "?", "*", "??", "*?"]));
    let segment = parts[0];
    joins.forEach((j, i) => (segment += j + parts[i + 1]));
    return `${random() < 0.6 ? "*" : ""}${segment}${random() < 0.6 ? "*" : ""}` || "*";
  };
  const shapes = [
    () => wild(),
    () => `src/**/${wild()}`,
    () => `src/${wild()}`,
    () => `src/lib/**/${wild()}/**`,
    () => `**/node_modules/${wild()}`,
    () => `**/${wild()}/*.ts`,
    () => `${wild()}/`,
    () => `/${wild()}/${wild()}`,
    () => `*.x${word(1, 2)}`,
    () => `src/**/[ab]${wild()}`,
    () => `?`.repeat(1 + Math.floor(random() * 3)),
  ];
  const patterns = new Set<string>();
  while (patterns.size < 400) {
    const glob = pick(shapes)();
    if (globProblem(glob) === null) patterns.add(glob);
  }
  const globs = [...patterns];
  const dirs = ["src", "lib", "node_modules", "ab", "x1", "a.b"];
  const paths = new Set<string>(["src/./ax1.ts", "src/lib/../x1a/b.ts", "node_modules//a"]);
  while (paths.size < 600) {
    const depth = Math.floor(random() * 5);
    paths.add([...Array.from({ length: depth }, () => (random() < 0.5 ? pick(dirs) : word(1, 6))), word(1, 12) + pick(["", ".ts", ".x1", ".xa"])].join("/"));
  }

  it("finds exactly the patterns the reference matches, for every path", () => {
    const index = new GlobIndex<number>();
    globs.forEach((glob, i) => index.add(glob, i));
    let matched = 0;
    const disagreements: string[] = [];
    for (const path of paths) {
      const expected = globs.flatMap((glob, i) => (naiveMatch(path, glob) ? [i] : []));
      const actual = [...index.ownersOf(path)].sort((a, b) => a - b);
      matched += expected.length;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        disagreements.push(`${path}: index ${actual.map((i) => globs[i]).join(" ")} | reference ${expected.map((i) => globs[i]).join(" ")}`);
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(matched).toBeGreaterThan(paths.size);
  });

  it("keys each pattern by a literal every path it matches contains", () => {
    expect(requiredLiteral("*x123a*")).toBe("x123a");
    expect(requiredLiteral("**/src/**/*y123b*")).toBe("y123b");
    expect(requiredLiteral("**/foo/*.ts")).toBe(".ts");
    expect(requiredLiteral("**/foo/**")).toBe("foo");
    expect(requiredLiteral("*a-very-long-literal-name*")).toBe("a-very-long-lite");
    expect(requiredLiteral("**/[ab]x*")).toBeNull();
    expect(requiredLiteral("**/??*")).toBeNull();
  });
});
