/** How discovered targets, dependency routes and never-ship files read in the terminal and the check run. */
import { evaluate } from "../../src/engine/evaluate.js";
import type { DiscoveredFacts } from "../../src/engine/shipping.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import { compiled, file } from "../engine/helpers.js";

const policy = compiled(`
version: 1
default_tier: low
targets:
  - name: api
    paths: ["services/api/**"]
    environment: production
    tier: high
never_ship: ["**/*.test.ts"]
`);
const discovered: DiscoveredFacts = {
  targets: [
    { name: "pages.yml:deploy", environment: "github-pages", tier: "medium", origin: { file: ".github/workflows/pages.yml", line: 9, job: "deploy" }, paths: {}, branches: {} },
    {
      name: "deploy-web.yml:deploy",
      environment: "unknown",
      tier: "critical",
      origin: { file: ".github/workflows/deploy-web.yml", line: 16, job: "deploy", expression: "${{ matrix.environment }}" },
      paths: { include: ["web/**"] },
      branches: {},
    },
  ],
  dependencyReach: [{ target: "api", root: "packages/shared", route: ["@acme/api", "@acme/shared"] }],
  notes: [],
};
const decision = evaluate(policy, { files: [file("web/index.ts"), file("packages/shared/a.ts"), file("web/a.test.ts")], discovered });

test("text: the workflow file and line, run-time environments, every-file workflows, routes and never-ship", () => {
  const text = renderText(decision);
  expect(text).toContain("  pages.yml:deploy -> github-pages (medium, 2 files, from .github/workflows/pages.yml:9, no path filters: every changed file ships to it)");
  expect(text).toContain("  deploy-web.yml:deploy -> unknown (${{ matrix.environment }}) (critical, 1 file, from .github/workflows/deploy-web.yml:16)");
  expect(text).toContain("  api -> production (high, 0 files, 1 file through dependencies)");
  expect(text).toContain("web/index.ts  [target deploy-web.yml:deploy -> unknown (${{ matrix.environment }}) (from .github/workflows/deploy-web.yml:16)]");
  expect(text).toContain("packages/shared/a.ts  [target api -> production (via @acme/api → @acme/shared)]");
  expect(text).toContain('web/a.test.ts  [no rule matches (default_tier); never ships (never_ship "**/*.test.ts")]');
});

test("markdown: the same facts in the check run", () => {
  const markdown = renderMarkdown(decision);
  expect(markdown).toContain("| pages.yml:deploy<br><sub>from .github/workflows/pages.yml:9; no path filters: every changed file ships to it</sub> | github-pages | medium |");
  expect(markdown).toContain("target **api** → production (via @acme/api → @acme/shared)");
  // markdown-escaped, so the glob's stars show as stars rather than emphasis
  expect(markdown).toContain('never ships (never\\_ship "\\*\\*/\\*.test.ts")');
});
