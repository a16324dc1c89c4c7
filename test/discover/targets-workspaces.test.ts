/**
 * discoverTargets with `discover.workspaces`: the glue between the workspace graph, lockfile
 * attribution and the engine, with the policy's own targets (no workflows needed).
 */
import { discoverTargets, wantsDiscovery } from "../../src/discover/targets.js";
import { memoryFiles } from "../../src/discover/local-files.js";
import { compilePolicy, evaluate } from "../../src/engine/evaluate.js";
import type { ChangedFile } from "../../src/engine/types.js";
import { loadPolicy } from "../../src/policy/load.js";

const POLICY = `version: 1
default_tier: low
targets:
  - name: api
    paths: ["apps/api/**"]
    environment: production
    tier: critical
discover:
  workspaces: true
`;
const policy = (() => {
  const loaded = loadPolicy([{ path: ".github/blast-radius.yml", text: POLICY }]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.policy;
})();
const repository = memoryFiles({
  "package.json": JSON.stringify({ name: "root", private: true, workspaces: ["apps/*", "packages/*", "packages/shared/plugins/*"] }),
  "apps/api/package.json": JSON.stringify({ name: "@acme/api", dependencies: { "@acme/shared": "workspace:*" } }),
  "packages/shared/package.json": JSON.stringify({ name: "@acme/shared" }),
  "packages/shared/src/money.ts": "x",
  "packages/shared/plugins/extra/package.json": JSON.stringify({ name: "@acme/extra" }),
  "packages/shared/plugins/extra/index.ts": "x",
});
const change = (files: ChangedFile[], texts: { before?: Record<string, string>; after?: Record<string, string> } = {}) => ({
  files,
  before: async (path: string) => texts.before?.[path] ?? null,
  after: async (path: string) => texts.after?.[path] ?? null,
});

test("workspaces alone is discovery: a written target reaches the package it depends on, not a package nested inside it", async () => {
  expect(wantsDiscovery(policy)).toBe(true);
  const discovered = await discoverTargets(policy, repository);
  expect(discovered.dependencyReach).toEqual([{ target: "api", root: "packages/shared", route: ["@acme/api", "@acme/shared"], except: ["packages/shared/plugins/extra"] }]);
  const decision = evaluate(compilePolicy(policy), { files: [{ path: "packages/shared/src/money.ts" }, { path: "packages/shared/plugins/extra/index.ts" }], discovered });
  expect(decision.tier).toBe("critical");
  expect(decision.targets).toEqual([expect.objectContaining({ name: "api", files: [], throughDependency: [{ path: "packages/shared/src/money.ts", route: ["@acme/api", "@acme/shared"] }] })]);
  expect(decision.files.find((f) => f.path === "packages/shared/plugins/extra/index.ts")?.tier).toBe("low");
});

test("an unreadable lockfile reaches no target and the notes say why; the rules give it its tier", async () => {
  const files = [{ path: "yarn.lock", status: "modified" }];
  const discovered = await discoverTargets(policy, repository, change(files, { before: { "yarn.lock": "a" }, after: { "yarn.lock": "b" } }));
  expect(discovered.lockfileHits).toEqual([]);
  expect(discovered.notes).toEqual(["yarn.lock: which packages it changes cannot be read (yarn.lock does not say which workspace package uses an entry); rules give it its tier."]);
  const decision = evaluate(compilePolicy(policy), { files, discovered });
  expect(decision.targets).toEqual([]);
  expect(decision.notes).toContain(discovered.notes[0]);
});

test("a package-lock.json whose earlier text is not known (evaluate --files) is unreadable, not a change to every package", async () => {
  const files = [{ path: "package-lock.json", status: "modified" }];
  const discovered = await discoverTargets(policy, repository, change(files, { after: { "package-lock.json": "{}" } }));
  expect(discovered.lockfileHits).toEqual([]);
  expect(discovered.notes[0]).toMatch(/^package-lock.json: which packages it changes cannot be read \(the text of package-lock.json before and after the change is not available\)/);
});

test("a package-lock.json bump of a run-time dependency of @acme/shared reaches api through it; a root devDependency bump ships nowhere", async () => {
  const lock = (left: string, typescript: string) =>
    JSON.stringify({
      lockfileVersion: 3,
      packages: {
        "": { name: "root", workspaces: ["apps/*", "packages/*"], devDependencies: { typescript } },
        "apps/api": { name: "@acme/api", dependencies: { "@acme/shared": "*" } },
        "packages/shared": { name: "@acme/shared", dependencies: { "left-pad": left } },
        "node_modules/@acme/api": { resolved: "apps/api", link: true },
        "node_modules/@acme/shared": { resolved: "packages/shared", link: true },
        "node_modules/left-pad": { version: left },
        "node_modules/typescript": { version: typescript, dev: true },
      },
    });
  const files = [{ path: "package-lock.json", status: "modified" }];
  const runtime = await discoverTargets(policy, repository, change(files, { before: { "package-lock.json": lock("1.0.0", "5.0.0") }, after: { "package-lock.json": lock("1.1.0", "5.0.0") } }));
  expect(runtime.lockfileHits).toEqual([{ path: "package-lock.json", target: "api", route: ["@acme/api", "@acme/shared"] }]);
  expect(evaluate(compilePolicy(policy), { files, discovered: runtime }).tier).toBe("critical");

  const devOnly = await discoverTargets(policy, repository, change(files, { before: { "package-lock.json": lock("1.0.0", "5.0.0") }, after: { "package-lock.json": lock("1.0.0", "5.4.0") } }));
  expect(devOnly.lockfileHits).toEqual([]);
  expect(devOnly.notes).toEqual(["package-lock.json changes no run-time dependency of a package a target deploys: it ships nowhere through dependencies."]);
  expect(evaluate(compilePolicy(policy), { files, discovered: devOnly }).tier).toBe("low");
});
