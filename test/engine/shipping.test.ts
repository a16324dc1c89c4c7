/** never_ship, discovered deploy targets and through-dependency reach, as the engine applies them. */
import { join } from "node:path";
import { discoverTargets } from "../../src/discover/targets.js";
import { workingTreeFiles } from "../../src/discover/local-files.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { targetsContaining, type DiscoveredFacts, type DiscoveredTarget } from "../../src/engine/shipping.js";
import { compiled, file, policyFrom } from "./helpers.js";

const fixture = join(import.meta.dirname, "../fixtures/deploy-workflows");

const POLICY = `
version: 1
default_tier: low
rules:
  - name: migrations
    paths: ["db/migrations/**"]
    tier: high
targets:
  - name: api
    paths: ["services/api/**"]
    environment: production
    tier: high
never_ship: ["**/*.test.ts", "docs/**", "**/__fixtures__/**"]
discover:
  workflows:
    environments: { production: critical, staging: medium }
`;

const target = (overrides: Partial<DiscoveredTarget>): DiscoveredTarget => ({
  name: "deploy.yml:deploy",
  environment: "production",
  tier: "critical",
  origin: { file: ".github/workflows/deploy.yml", line: 12, job: "deploy" },
  paths: {},
  branches: {},
  ...overrides,
});
const facts = (targets: DiscoveredTarget[], extra: Partial<DiscoveredFacts> = {}): DiscoveredFacts => ({ targets, dependencyReach: [], notes: [], ...extra });

describe("never_ship", () => {
  test("a test file inside a target ships nowhere and takes the tier rules give it", () => {
    const decision = evaluate(compiled(POLICY), { files: [file("services/api/handler.test.ts"), file("services/api/handler.ts")] });
    const [test, code] = decision.files;
    expect(test).toMatchObject({ tier: "low", neverShip: "**/*.test.ts", reasons: [{ kind: "default", tier: "low" }] });
    expect(code).toMatchObject({ tier: "high", reasons: [{ kind: "target", name: "api" }] });
    expect(decision.targets.map((t) => [t.name, t.files])).toEqual([["api", ["services/api/handler.ts"]]]);
  });

  test("rules still apply to files that never ship", () => {
    const decision = evaluate(compiled(`${POLICY}\n`.replace('"docs/**"', '"docs/**", "db/migrations/**"')), { files: [file("db/migrations/001.sql")] });
    expect(decision.files[0]).toMatchObject({ tier: "high", neverShip: "db/migrations/**", reasons: [{ kind: "rule", name: "migrations" }] });
    expect(decision.targets).toEqual([]);
  });

  test("keeps files out of discovered targets too", () => {
    const decision = evaluate(compiled(POLICY), { files: [file("docs/intro.md")], discovered: facts([target({})]) });
    expect(decision.targets).toEqual([]);
    expect(decision.tier).toBe("low");
  });
});

describe("discovered targets", () => {
  test("GitHub's path semantics decide, and the reason names the workflow file and line", () => {
    const discovered = facts([target({ paths: { include: ["*.js", "web/**", "!web/**.md"] } })]);
    const decision = evaluate(compiled(POLICY), { files: [file("app.js"), file("lib/app.js"), file("web/index.ts"), file("web/README.md")], discovered });
    expect(decision.files.map((f) => [f.path, f.tier])).toEqual([
      ["app.js", "critical"],
      ["lib/app.js", "low"], // `*.js` in a workflow is root-level only
      ["web/index.ts", "critical"],
      ["web/README.md", "low"],
    ]);
    expect(decision.files[0].reasons[0]).toEqual({
      kind: "target",
      name: "deploy.yml:deploy",
      tier: "critical",
      environment: "production",
      origin: { file: ".github/workflows/deploy.yml", line: 12, job: "deploy" },
    });
    expect(decision.targets).toEqual([
      { name: "deploy.yml:deploy", environment: "production", tier: "critical", files: ["app.js", "web/index.ts"], origin: { file: ".github/workflows/deploy.yml", line: 12, job: "deploy" } },
    ]);
  });

  test("a workflow without path filters makes every file a target, and says so", () => {
    const decision = evaluate(compiled(POLICY), { files: [file("README.md")], discovered: facts([target({ environment: "github-pages", tier: "low" })]) });
    expect(decision.targets[0]).toMatchObject({ name: "deploy.yml:deploy", everyFile: true, files: ["README.md"] });
    expect(decision.files[0].reasons[0]).toMatchObject({ everyFile: true });
  });

  test("branch filters use GitHub's semantics against the base branch", () => {
    const discovered = facts([target({ branches: { include: ["release/*"] } })]);
    const into = (baseBranch: string) => evaluate(compiled(POLICY), { files: [file("x.ts")], baseBranch, discovered }).tier;
    expect(into("release/v1")).toBe("critical");
    expect(into("release/v1/hotfix")).toBe("low");
    expect(into("main")).toBe("low");
  });

  test("discovery notes reach the decision", () => {
    const decision = evaluate(compiled(POLICY), { files: [file("x.ts")], discovered: facts([], { notes: ["broken.yml was not read"] }) });
    expect(decision.notes).toContain("broken.yml was not read");
  });

  test("end to end from the fixture's workflows", async () => {
    const policy = policyFrom(POLICY);
    const discovered = await discoverTargets(policy, workingTreeFiles(fixture));
    const decision = evaluate(compiled(POLICY), {
      baseBranch: "main",
      files: [file("services/api/server.ts"), file("services/api/README.md"), file("services/worker/job.ts"), file("docs/guide.md")],
      discovered,
    });
    const touched = Object.fromEntries(decision.targets.map((t) => [t.name, t.files]));
    expect(touched).toEqual({
      api: ["services/api/server.ts", "services/api/README.md"],
      "deploy-api.yml:staging": ["services/api/server.ts"],
      "deploy-api.yml:production": ["services/api/server.ts"],
      "deploy-worker.yml:release / deploy": ["services/worker/job.ts"],
      // pages.yml has no path filters: every file that ships reaches it
      "pages.yml:deploy": ["services/api/server.ts", "services/api/README.md", "services/worker/job.ts"],
    });
    expect(decision.tier).toBe("critical");
  });
});

describe("through-dependency reach (data from workspace discovery)", () => {
  test("a file of a package a target depends on reaches it, with the route, distinct from direct hits", () => {
    const discovered = facts([], { dependencyReach: [{ target: "api", root: "packages/shared", route: ["@acme/api", "@acme/shared"] }] });
    const decision = evaluate(compiled(POLICY), { files: [file("packages/shared/src/index.ts"), file("services/api/main.ts")], discovered });
    expect(decision.files[0]).toMatchObject({ tier: "high", reasons: [{ kind: "target", name: "api", route: ["@acme/api", "@acme/shared"] }] });
    expect(decision.targets).toEqual([
      {
        name: "api",
        environment: "production",
        tier: "high",
        files: ["services/api/main.ts"],
        throughDependency: [{ path: "packages/shared/src/index.ts", route: ["@acme/api", "@acme/shared"] }],
      },
    ]);
  });

  test("never_ship wins over a dependency route", () => {
    const discovered = facts([], { dependencyReach: [{ target: "api", root: "packages/shared", route: ["@acme/api", "@acme/shared"] }] });
    const decision = evaluate(compiled(POLICY), { files: [file("packages/shared/src/index.test.ts")], discovered });
    expect(decision.targets).toEqual([]);
  });

  test("a package nested below another has its own entries: `except` keeps the outer route off its files", () => {
    const discovered = facts([], { dependencyReach: [{ target: "api", root: "packages/shared", route: ["@acme/api", "@acme/shared"], except: ["packages/shared/inner"] }] });
    const decision = evaluate(compiled(POLICY), { files: [file("packages/shared/inner/x.ts"), file("packages/shared/y.ts")], discovered });
    expect(decision.files.map((f) => [f.path, f.tier])).toEqual([
      ["packages/shared/inner/x.ts", "low"],
      ["packages/shared/y.ts", "high"],
    ]);
  });

  test("lockfile hits: a lockfile reaches the targets its changed entries lead to, with the route", () => {
    const discovered = facts([], { lockfileHits: [{ path: "pnpm-lock.yaml", target: "api", route: ["@acme/api", "left-pad"] }] });
    const decision = evaluate(compiled(POLICY), { files: [file("pnpm-lock.yaml"), file("yarn.lock")], discovered });
    expect(decision.files[0]).toMatchObject({ tier: "high", reasons: [{ kind: "target", name: "api", route: ["@acme/api", "left-pad"] }] });
    expect(decision.files[1].tier).toBe("low");
    expect(decision.targets[0].throughDependency).toEqual([{ path: "pnpm-lock.yaml", route: ["@acme/api", "left-pad"] }]);
  });
});

test("targetsContaining: which targets (written and discovered) contain a manifest, for workspace discovery", () => {
  const at = targetsContaining(compiled(POLICY), facts([target({ name: "web", paths: { include: ["apps/web/**"] } })]));
  expect(at("services/api/package.json")).toEqual(["api"]);
  expect(at("apps/web/package.json")).toEqual(["web"]);
  expect(at("packages/shared/package.json")).toEqual([]);
});
