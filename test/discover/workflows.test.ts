/** Deploy targets read from a repository's workflows with GitHub's own parser. */
import { join } from "node:path";
import { discoverTargets } from "../../src/discover/targets.js";
import { workingTreeFiles, memoryFiles } from "../../src/discover/local-files.js";
import { policySchema, type PolicyInput } from "../../src/policy/schema.js";

const fixture = join(import.meta.dirname, "../fixtures/deploy-workflows");
const policy = (input: Partial<PolicyInput> = {}) =>
  policySchema.parse({
    version: 1,
    discover: { workflows: { environments: { production: "critical", staging: "medium", "preview*": "low" } } },
    ...input,
  });

describe("discoverTargets on a monorepo's workflows", () => {
  test("one target per deploying job, with its environment, tier, filters and the line it came from", async () => {
    const found = await discoverTargets(policy(), workingTreeFiles(fixture));
    const summary = found.targets.map((t) => [t.name, t.environment, t.tier, `${t.origin.file}:${t.origin.line}`]);
    expect(summary).toEqual([
      ["deploy-api.yml:staging", "staging", "medium", ".github/workflows/deploy-api.yml:14"],
      ["deploy-api.yml:production", "production", "critical", ".github/workflows/deploy-api.yml:22"],
      // a matrix environment is known only at run time: the highest tier unless the policy says
      ["deploy-web.yml:deploy", "unknown", "critical", ".github/workflows/deploy-web.yml:16"],
      // the reusable workflow's `${{ inputs.environment }}` bound to the caller's `with: environment:`
      ["deploy-worker.yml:release / deploy", "production", "critical", ".github/workflows/deploy-worker.yml:10"],
      // an environment not listed takes default_tier
      ["pages.yml:deploy", "github-pages", "medium", ".github/workflows/pages.yml:9"],
    ]);
    const api = found.targets[1];
    expect(api.paths).toEqual({ include: ["services/api/**", "packages/shared/**", "!**.md"] });
    expect(api.branches).toEqual({ include: ["main"] });
    expect(found.targets[2].origin.expression).toBe("${{ matrix.environment }}");
    expect(found.targets[2].paths).toEqual({ ignore: ["docs/**", "services/**"] });
    expect(found.targets[3].origin.via).toBe(".github/workflows/reusable-deploy.yml");
    expect(found.targets[4].paths).toEqual({});
  });

  test("says why every other workflow is not a target, and notes the one GitHub's parser rejects", async () => {
    const found = await discoverTargets(policy(), workingTreeFiles(fixture));
    const skipped = Object.fromEntries(found.workflows.flatMap((w) => ("skipped" in w ? [[w.file.replace(".github/workflows/", ""), w.skipped]] : [])));
    expect(skipped["ci.yml"]).toBe("no job has an environment");
    expect(skipped["release.yml"]).toBe("it runs on pushed tags only, not on merges");
    expect(skipped["reusable-deploy.yml"]).toBe("it does not run on push");
    expect(skipped["broken.yml"]).toMatch(/^GitHub's workflow parser reports: .*(runs-on|steps)/);
    expect(found.notes).toEqual([expect.stringMatching(/^\.github\/workflows\/broken\.yml was not read as a deploy workflow: GitHub's workflow parser reports/)]);
  });

  test("policy settings: exclude by file name, unknown and other environments' tiers", async () => {
    const found = await discoverTargets(
      policy({ discover: { workflows: { exclude: ["pages.yml", "deploy-w*.yml"], unknown_environment: "high", other_environments: "low", environments: { Production: "critical" } } } }),
      workingTreeFiles(fixture),
    );
    expect(found.targets.map((t) => [t.name, t.tier])).toEqual([
      ["deploy-api.yml:staging", "low"],
      ["deploy-api.yml:production", "critical"],
    ]);
    expect(found.workflows.find((w) => w.file.endsWith("pages.yml"))).toEqual({ file: ".github/workflows/pages.yml", skipped: 'excluded by discover.workflows.exclude "pages.yml"' });
  });

  test("no discover.workflows in the policy: nothing is read", async () => {
    const read: string[] = [];
    const files = memoryFiles({});
    const spy = { list: async (d: string) => (read.push(d), files.list(d)), read: async (p: string) => (read.push(p), files.read(p)), paths: async () => (read.push("*"), files.paths()) };
    expect((await discoverTargets(policySchema.parse({ version: 1 }), spy)).targets).toEqual([]);
    expect(read).toEqual([]);
  });

  test("discovery on, but no workflow at all: a note says so, so an empty target list is never silent", async () => {
    const found = await discoverTargets(policy(), memoryFiles({ "README.md": "hi" }));
    expect(found.notes).toEqual(["discover.workflows is on, but .github/workflows holds no workflow file, so no deploy target was discovered."]);
  });

  test("a reusable workflow passed a run-time environment stays unknown", async () => {
    const files = memoryFiles({
      ".github/workflows/deploy.yml": "on:\n  push:\n    branches: [main]\n  workflow_dispatch:\n    inputs:\n      env: {type: string}\njobs:\n  go:\n    uses: ./.github/workflows/r.yml\n    with:\n      environment: ${{ inputs.env }}\n",
      ".github/workflows/r.yml": "on:\n  workflow_call:\n    inputs:\n      environment: {type: string}\njobs:\n  d:\n    runs-on: ubuntu-latest\n    environment:\n      name: ${{ inputs.environment }}\n    steps:\n      - run: echo\n",
    });
    const found = await discoverTargets(policy(), files);
    expect(found.targets.map((t) => [t.name, t.environment, t.tier, t.origin.expression])).toEqual([["deploy.yml:go / d", "unknown", "critical", "${{ inputs.env }}"]]);
  });
});
