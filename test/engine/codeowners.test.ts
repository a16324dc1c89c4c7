/**
 * CODEOWNERS as GitHub reads it: every example of GitHub's "example of a CODEOWNERS file", the last
 * matching line winning, unowned lines, the three gitignore features GitHub rejects, and owner groups.
 */
import { describe, expect, it } from "@jest/globals";
import { ownerGroups, ownerRuleOf, parseCodeOwners, type CodeOwnersRule } from "../../src/engine/codeowners.js";

// GitHub's documented example file (about code owners), comments shortened.
const GITHUB_EXAMPLE = `# default owners for everything
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
/apps/ @octocat
/apps/github @doctocat
`;

function rules(text: string): CodeOwnersRule[] {
  const parsed = parseCodeOwners(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.rules;
}

const ownersOf = (text: string, path: string) => ownerRuleOf(rules(text), path)?.owners ?? null;

describe("GitHub's example CODEOWNERS", () => {
  it.each([
    ["README.md", ["@global-owner1", "@global-owner2"]],
    ["src/app.js", ["@js-owner"]],
    ["cmd/main.go", ["docs@example.com"]],
    ["notes/todo.txt", ["@octo-org/octocats"]],
    ["build/logs/today.log", ["@octocat"]], // /build/logs/ matches, but the later **/logs wins
    ["docs/getting-started.md", ["@doctocat"]], // /docs/ is later than docs/*
    ["scripts/release.sh", ["@doctocat", "@octocat"]],
    ["deeply/nested/logs/x.txt", ["@octocat"]], // **/logs wins over *.txt: it comes later
    ["apps/github/index.ts", ["@doctocat"]], // the last of the /apps lines
    ["apps/web/index.ts", ["@octocat"]],
  ])("%s is owned by %j", (path, owners) => {
    expect(ownersOf(GITHUB_EXAMPLE, path)).toEqual(owners);
  });

  it("docs/* owns the files directly in docs/, not nested ones", () => {
    const text = "* @everyone\ndocs/* docs@example.com\n";
    expect(ownersOf(text, "docs/getting-started.md")).toEqual(["docs@example.com"]);
    expect(ownersOf(text, "docs/build-app/troubleshooting.md")).toEqual(["@everyone"]);
  });

  it("a directory name without slashes matches that directory anywhere; with a leading slash only at the root", () => {
    expect(ownersOf("apps/ @octocat\n", "x/apps/y.ts")).toEqual(["@octocat"]);
    expect(ownersOf("/apps/ @octocat\n", "x/apps/y.ts")).toBeNull();
  });

  it("a line without owners makes its files unowned, which is not the same as unmatched", () => {
    const text = "/apps/ @octocat\n/apps/github\n";
    expect(ownerRuleOf(rules(text), "apps/github/index.js")?.owners).toEqual([]);
    expect(ownerRuleOf(rules(text), "README.md")).toBeNull();
  });
});

describe("lines GitHub rejects fail closed, with their line", () => {
  it.each([
    ["!docs/ @octocat", "negation with '!' does not work"],
    ["src/*.[ch] @octocat", "character ranges with '[ ]' do not work"],
    ["\\#notes @octocat", "escaping '#' with '\\' does not work"],
    ["src/ octocat", '"octocat" is not an owner'],
  ])("%s", (line, message) => {
    const parsed = parseCodeOwners(`* @everyone\n\n${line}\n`);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0].line).toBe(3);
    expect(parsed.problems[0].message).toContain(message);
  });
});

describe("owner groups", () => {
  it("groups files by their owners, one approval per group, unowned files in a group of their own", () => {
    const groups = ownerGroups(rules("* @acme/platform\n/services/payments/ @acme/payments @alice\n/generated/\n"), [
      "services/payments/a.ts",
      "services/payments/b.ts",
      "libs/x.ts",
      "generated/schema.json",
    ]);
    expect(groups).toEqual([
      { owners: ["@acme/payments", "@alice"], files: ["services/payments/a.ts", "services/payments/b.ts"], lines: [2] },
      { owners: ["@acme/platform"], files: ["libs/x.ts"], lines: [1] },
      { owners: [], files: ["generated/schema.json"], lines: [3] },
    ]);
  });
});
