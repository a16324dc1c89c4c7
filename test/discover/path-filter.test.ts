/**
 * Every row of GitHub's "Filter pattern cheat sheet" (docs: workflow syntax for GitHub Actions,
 * "Patterns to match branches and tags" and "Patterns to match file paths"), with the names the
 * row says match, and names a reader would expect it not to match.
 */
import { compileFilter, FilterList } from "../../src/discover/path-filter.js";

type Row = { patterns: string[]; matches: string[]; doesNotMatch: string[] };

const branchAndTagRows: Row[] = [
  { patterns: ["feature/*"], matches: ["feature/my-branch", "feature/your-branch"], doesNotMatch: ["feature/a/b", "feature", "other/feature/x"] },
  { patterns: ["feature/**"], matches: ["feature/beta-a/my-branch", "feature/your-branch", "feature/mona/the/octocat"], doesNotMatch: ["features/x", "main"] },
  { patterns: ["main", "releases/mona-the-octocat"], matches: ["main", "releases/mona-the-octocat"], doesNotMatch: ["main2", "releases/other", "x/main"] },
  { patterns: ["*"], matches: ["main", "releases"], doesNotMatch: ["releases/v1", "all/the/branches"] },
  { patterns: ["**"], matches: ["all/the/branches", "every/tag", "main"], doesNotMatch: [] },
  { patterns: ["*feature"], matches: ["mona-feature", "feature", "ver-10-feature"], doesNotMatch: ["feature-x", "a/feature"] },
  { patterns: ["v2*"], matches: ["v2", "v2.0", "v2.9"], doesNotMatch: ["v1", "v3.2", "v2/x"] },
  { patterns: ["v[12].[0-9]+.[0-9]+"], matches: ["v1.10.1", "v2.0.0"], doesNotMatch: ["v3.0.0", "v1.a.0", "v1.0"] },
];

const filePathRows: Row[] = [
  { patterns: ["*"], matches: ["README.md", "server.rb"], doesNotMatch: ["docs/README.md"] },
  { patterns: ["*.jsx?"], matches: ["page.js", "page.jsx"], doesNotMatch: ["page.jsxx", "src/page.js", "page.ts"] },
  { patterns: ["**"], matches: ["all/the/files.md", "README.md"], doesNotMatch: [] },
  { patterns: ["*.js"], matches: ["app.js", "index.js"], doesNotMatch: ["src/app.js", "app.jsx"] },
  { patterns: ["**.js"], matches: ["index.js", "js/index.js", "src/js/app.js"], doesNotMatch: ["src/app.ts"] },
  { patterns: ["docs/*"], matches: ["docs/README.md", "docs/file.txt"], doesNotMatch: ["docs/mona/octocat.txt", "other/docs/a.md"] },
  { patterns: ["docs/**"], matches: ["docs/README.md", "docs/mona/octocat.txt"], doesNotMatch: ["other/docs/a", "docsy/a"] },
  { patterns: ["docs/**/*.md"], matches: ["docs/README.md", "docs/mona/hello-world.md", "docs/a/markdown/file.md"], doesNotMatch: ["docs/a/file.txt", "README.md"] },
  { patterns: ["**/docs/**"], matches: ["docs/hello.md", "dir/docs/my-file.txt", "space/docs/plan/space.doc"], doesNotMatch: ["mydocs/a.md", "dir/docs"] },
  { patterns: ["**/README.md"], matches: ["README.md", "js/README.md"], doesNotMatch: ["js/README.md.bak", "NOTREADME.md"] },
  { patterns: ["**/*src/**"], matches: ["a/src/app.js", "my-src/code/js/app.js"], doesNotMatch: ["src-a/app.js", "app.js"] },
  { patterns: ["**/*-post.md"], matches: ["my-post.md", "path/their-post.md"], doesNotMatch: ["post.md", "path/post.md"] },
  { patterns: ["**/migrate-*.sql"], matches: ["migrate-10909.sql", "db/migrate-v1.0.sql", "db/sept/migrate-v1.sql"], doesNotMatch: ["db/migrate.sql", "db/migrate-v1.sql.bak"] },
  { patterns: ["*.md", "!README.md"], matches: ["hello.md"], doesNotMatch: ["README.md", "docs/hello.md"] },
  { patterns: ["*.md", "!README.md", "README*"], matches: ["hello.md", "README.md", "README.doc"], doesNotMatch: ["docs/hello.md"] },
];

describe.each([
  ["branches and tags", branchAndTagRows],
  ["file paths", filePathRows],
])("GitHub's filter pattern cheat sheet: %s", (_title, rows) => {
  test.each(rows.map((row) => [row.patterns.join(", "), row] as const))("%s", (_name, row) => {
    const list = new FilterList(row.patterns);
    for (const value of row.matches) expect([value, list.includes(value)]).toEqual([value, true]);
    for (const value of row.doesNotMatch) expect([value, list.includes(value)]).toEqual([value, false]);
  });
});

describe("filter pairs: paths / paths-ignore, branches / branches-ignore", () => {
  test("with neither key everything passes, and no pattern decided", () => {
    expect(compileFilter({})("any/file.ts")).toEqual({ passes: true });
  });

  test("paths: the last matching pattern decides, and is named", () => {
    const filter = compileFilter({ include: ["services/api/**", "!services/api/docs/**"] });
    expect(filter("services/api/main.go")).toEqual({ passes: true, pattern: "services/api/**" });
    expect(filter("services/api/docs/intro.md")).toEqual({ passes: false, pattern: "!services/api/docs/**" });
    expect(filter("services/web/main.go")).toEqual({ passes: false });
  });

  test("paths-ignore: a matching file is ignored; the rest passes", () => {
    const filter = compileFilter({ ignore: ["docs/**", "**.md"] });
    expect(filter("docs/a.txt")).toEqual({ passes: false, pattern: "docs/**" });
    expect(filter("src/README.md")).toEqual({ passes: false, pattern: "**.md" });
    expect(filter("src/main.ts")).toEqual({ passes: true });
  });

  test("branches-ignore with a later negation re-includes a branch", () => {
    const filter = compileFilter({ ignore: ["releases/**", "!releases/keep"] });
    expect(filter("releases/v1").passes).toBe(false);
    expect(filter("releases/keep").passes).toBe(true);
    expect(filter("main").passes).toBe(true);
  });

  test("a backslash escapes a special character", () => {
    const list = new FilterList(["docs/\\*.md"]);
    expect(list.includes("docs/*.md")).toBe(true);
    expect(list.includes("docs/a.md")).toBe(false);
  });

  test("our policy globs differ: a root-level GitHub pattern does not match deeper files", () => {
    // the reason discovered targets cannot reuse src/engine/glob.ts
    expect(new FilterList(["package.json"]).includes("apps/web/package.json")).toBe(false);
  });
});
