/**
 * Discovery on real repositories' workflows (reduced fixtures, see their READMEs): what an admin
 * gets, including what environment-based discovery alone misses.
 */
import { join } from "node:path";
import { starterPolicy } from "../../src/discover/init.js";
import { workingTreeFiles } from "../../src/discover/local-files.js";
import { discoverTargets } from "../../src/discover/targets.js";
import { evaluate, compilePolicy } from "../../src/engine/evaluate.js";
import { loadPolicy } from "../../src/policy/load.js";
import { policySchema, type PolicyInput } from "../../src/policy/schema.js";

const fixture = (name: string) => workingTreeFiles(join(import.meta.dirname, `../fixtures/${name}`));
const policy = (workflows: NonNullable<NonNullable<PolicyInput["discover"]>["workflows"]>) =>
  policySchema.parse({ version: 1, default_tier: "low", discover: { workflows: { environments: { production: "critical" }, ...workflows } } });

describe("openstatus (pnpm monorepo, Fly deploys)", () => {
  test("no job names an environment, so environments alone find no target; preview environments are not on push", async () => {
    const found = await discoverTargets(policy({}), fixture("openstatus-workflows"));
    expect(found.targets).toEqual([]);
    const skipped = Object.fromEntries(found.workflows.map((w) => [w.file.replace(".github/workflows/", ""), "skipped" in w ? w.skipped : "deploy"]));
    expect(skipped).toMatchObject({ "deploy.yml": "no job has an environment", "api-preview.yml": "it does not run on push" });
    expect(skipped["synthetic.yml"]).toMatch(/Unexpected value 'branches'/);
  });

  test("without_environment: each Fly deploy workflow is a production target with its own path filters", async () => {
    const settings = { without_environment: { workflows: ["deploy*.yml", "publish-checker.yml"], environment: "production" } };
    const found = await discoverTargets(policy(settings), fixture("openstatus-workflows"));
    expect(found.targets.map((t) => [t.name, t.environment, t.tier, t.origin.line, t.paths.include?.length ?? "every file"])).toEqual([
      ["deploy-checker.yml", "production", "critical", 2, 1],
      ["deploy-private-location.yml", "production", "critical", 2, expect.any(Number)],
      ["deploy-workflows.yml", "production", "critical", 2, 8],
      ["deploy.yml", "production", "critical", 2, "every file"],
      ["publish-checker.yml", "production", "critical", 2, expect.any(Number)],
    ]);
    const decision = evaluate(compilePolicy(policySchema.parse({ version: 1, default_tier: "low", never_ship: ["**/*.test.ts"], discover: { workflows: { environments: { production: "critical" }, ...settings } } })), {
      baseBranch: "main",
      files: [{ path: "packages/emails/src/welcome.tsx" }, { path: "apps/web/src/page.test.ts" }],
      discovered: found,
    });
    expect(decision.targets.map((t) => [t.name, t.files, t.everyFile ?? false])).toEqual([
      ["deploy-workflows.yml", ["packages/emails/src/welcome.tsx"], false],
      // deploy.yml has no path filters: every shipping file reaches the API deploy
      ["deploy.yml", ["packages/emails/src/welcome.tsx"], true],
    ]);
  });
});

describe("indigo (Go, container images)", () => {
  test("push-to-any-branch container workflows: every file is a target of each; unknown environment takes the highest tier", async () => {
    const found = await discoverTargets(policy({ without_environment: { workflows: ["container-*-aws.yaml", "container-*-ghcr.yaml"] } }), fixture("indigo-workflows"));
    expect(found.targets.map((t) => [t.name, t.environment, t.tier, t.paths, t.branches])).toEqual([
      ["container-hepa-aws.yaml", "unknown", "critical", {}, {}],
      ["container-relay-aws.yaml", "unknown", "critical", {}, {}],
    ]);
    const skipped = found.workflows.flatMap((w) => ("skipped" in w ? [`${w.file}: ${w.skipped}`] : []));
    expect(skipped).toEqual([".github/workflows/container-tap-ghcr.yaml: it runs on pushed tags only, not on merges", ".github/workflows/golang.yml: no job has an environment"]);
  });
});

test("init on openstatus lists its environment-less deploy workflows in without_environment, and the result validates", async () => {
  const files = fixture("openstatus-workflows");
  const starter = await starterPolicy(await files.paths(), files);
  const loaded = loadPolicy([{ path: ".github/blast-radius.yml", text: starter.text }]);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
  expect(loaded.policy.discover?.workflows?.without_environment?.workflows).toEqual(["deploy-checker.yml", "deploy-private-location.yml", "deploy-workflows.yml", "deploy.yml", "publish-checker.yml"]);
  expect(starter.text).toContain("#   deploy.yml -> unknown, .github/workflows/deploy.yml line 2 (no path filters: every change deploys)");
  expect(starter.found.targets).toBe(5);
});

test("init on indigo does not list container builds that run on a push to any branch: they build, they do not deploy a merge", async () => {
  const files = fixture("indigo-workflows");
  const starter = await starterPolicy(await files.paths(), files);
  expect(starter.found.targets).toBe(0);
  expect(starter.text).not.toContain("without_environment");
});
