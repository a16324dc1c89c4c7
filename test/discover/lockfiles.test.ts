import { attributeLockfileChange, lockfileHits, lockfileKind, lockfileReach } from "../../src/discover/lockfiles.js";
import { readWorkspaceGraph } from "../../src/discover/workspaces.js";

/** A pnpm v9 lockfile: api uses zod at run time and vitest for tests; web uses react; shared uses nothing. */
function pnpm9({ zod = "3.22.0", vitest = "1.0.0", tinypool = "0.8.0", react = "18.2.0", webDev = "" } = {}) {
  return `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true

importers:

  .:
    devDependencies:
      turbo:
        specifier: 1.13.0
        version: 1.13.0

  apps/api:
    dependencies:
      '@acme/shared':
        specifier: workspace:*
        version: link:../../packages/shared
      zod:
        specifier: ^3.22.0
        version: ${zod}
    devDependencies:
      vitest:
        specifier: ^1.0.0
        version: ${vitest}

  apps/web:
    dependencies:
      react-dom:
        specifier: ^18.0.0
        version: 18.2.0(react@${react})
    devDependencies:${webDev ? `\n      typescript:\n        specifier: ${webDev}\n        version: ${webDev}` : " {}"}

  packages/shared: {}

packages:

  react-dom@18.2.0:
    resolution: {integrity: sha512-dom}
    peerDependencies:
      react: ^18.2.0

  react@${react}:
    resolution: {integrity: sha512-react-${react}}

  tinypool@${tinypool}:
    resolution: {integrity: sha512-tinypool-${tinypool}}

  turbo@1.13.0:
    resolution: {integrity: sha512-turbo}

  typescript@${webDev || "5.0.0"}:
    resolution: {integrity: sha512-ts}

  vitest@${vitest}:
    resolution: {integrity: sha512-vitest-${vitest}}

  zod@${zod}:
    resolution: {integrity: sha512-zod-${zod}}

snapshots:

  react-dom@18.2.0(react@${react}):
    dependencies:
      react: ${react}

  react@${react}: {}

  tinypool@${tinypool}: {}

  turbo@1.13.0: {}

  typescript@${webDev || "5.0.0"}: {}

  vitest@${vitest}:
    dependencies:
      tinypool: ${tinypool}

  zod@${zod}: {}
`;
}

describe("lockfileKind", () => {
  it("knows the three lockfiles at any depth, and nothing else", () => {
    expect(["pnpm-lock.yaml", "web/package-lock.json", "yarn.lock", "package.json", "pnpm-lock.yml"].map(lockfileKind)).toEqual(["pnpm", "npm", "yarn", undefined, undefined]);
  });
});

describe("pnpm-lock.yaml (v9): importers and snapshots", () => {
  it("a run-time bump in one importer changes that package only", () => {
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), pnpm9({ zod: "3.23.0" }))).toEqual({ readable: true, runtime: ["apps/api"], devOnly: [] });
  });

  it("a devDependencies-only bump ships nowhere (dev only), also when only a transitive dev entry moved", () => {
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), pnpm9({ vitest: "1.1.0" }))).toEqual({ readable: true, runtime: [], devOnly: ["apps/api"] });
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), pnpm9({ tinypool: "0.8.1" }))).toEqual({ readable: true, runtime: [], devOnly: ["apps/api"] });
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), pnpm9({ webDev: "5.4.0" }))).toEqual({ readable: true, runtime: [], devOnly: ["apps/web"] });
  });

  it("a workspace package moved from devDependencies to dependencies is a run-time change of that importer (openstatus e40323d)", () => {
    const link = "      '@acme/shared':\n        specifier: workspace:*\n        version: link:../../packages/shared\n";
    const asDev = pnpm9().replace(link, "").replace("    devDependencies:\n      vitest:", `    devDependencies:\n${link}      vitest:`);
    expect(asDev).not.toEqual(pnpm9());
    expect(attributeLockfileChange("pnpm-lock.yaml", asDev, pnpm9())).toEqual({ readable: true, runtime: ["apps/api"], devOnly: [] });
  });

  it("a transitive run-time entry (a peer in the snapshot key) reaches the importer that uses it", () => {
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), pnpm9({ react: "18.3.0" }))).toEqual({ readable: true, runtime: ["apps/web"], devOnly: [] });
  });

  it("a lockfile in a subdirectory gives repository paths; an added lockfile changes every importer it lists", () => {
    const result = attributeLockfileChange("frontend/pnpm-lock.yaml", undefined, pnpm9());
    expect(result).toEqual({ readable: true, runtime: ["frontend/apps/api", "frontend/apps/web"], devOnly: ["frontend"] });
  });

  it("an unchanged text changes nothing; a change of settings only changes no package", () => {
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), pnpm9())).toEqual({ readable: true, runtime: [], devOnly: [] });
    const other = pnpm9().replace("autoInstallPeers: true", "autoInstallPeers: false");
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), other)).toEqual({ readable: true, runtime: [], devOnly: [] });
  });
});

describe("pnpm-lock.yaml (v6): packages keyed with a slash", () => {
  const v6 = (zod: string, vitest: string) => `lockfileVersion: '6.0'

importers:

  apps/api:
    dependencies:
      zod:
        specifier: ^3.0.0
        version: ${zod}
    devDependencies:
      vitest:
        specifier: ^1.0.0
        version: ${vitest}

packages:

  /vitest@${vitest}:
    resolution: {integrity: sha512-v}
    dev: true

  /zod@${zod}:
    resolution: {integrity: sha512-z}
    dev: false
`;
  it("attributes run-time and dev-only bumps like v9", () => {
    expect(attributeLockfileChange("pnpm-lock.yaml", v6("3.0.0", "1.0.0"), v6("3.1.0", "1.0.0"))).toEqual({ readable: true, runtime: ["apps/api"], devOnly: [] });
    expect(attributeLockfileChange("pnpm-lock.yaml", v6("3.0.0", "1.0.0"), v6("3.0.0", "1.2.0"))).toEqual({ readable: true, runtime: [], devOnly: ["apps/api"] });
  });
});

describe("package-lock.json (v3): install locations", () => {
  const npmLock = ({ express = "4.18.0", jest = "29.0.0", nested = "1.0.0", bodyParser = "1.20.0" } = {}) =>
    JSON.stringify({
      name: "root",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "root", workspaces: ["packages/*"], devDependencies: { prettier: "^3.0.0" } },
        "node_modules/@acme/api": { resolved: "packages/api", link: true },
        "node_modules/@acme/web": { resolved: "packages/web", link: true },
        "node_modules/express": { version: express, dependencies: { "body-parser": "^1.0.0" } },
        "node_modules/body-parser": { version: bodyParser },
        "node_modules/jest": { version: jest, dev: true },
        "node_modules/prettier": { version: "3.0.0", dev: true },
        "packages/api": { name: "@acme/api", version: "1.0.0", dependencies: { express: "^4.0.0" }, devDependencies: { jest: "^29.0.0" } },
        "packages/web": { name: "@acme/web", version: "1.0.0", dependencies: { "left-pad": "^1.0.0", "@acme/api": "*" } },
        "packages/web/node_modules/left-pad": { version: nested },
      },
    });

  it("a hoisted run-time bump reaches the workspace that resolves it; a nested one only its own workspace", () => {
    expect(attributeLockfileChange("package-lock.json", npmLock(), npmLock({ express: "4.19.0" }))).toEqual({ readable: true, runtime: ["packages/api"], devOnly: [] });
    expect(attributeLockfileChange("package-lock.json", npmLock(), npmLock({ nested: "1.3.0" }))).toEqual({ readable: true, runtime: ["packages/web"], devOnly: [] });
  });

  it("a transitive bump (a dependency of a dependency) reaches the workspace through the chain", () => {
    expect(attributeLockfileChange("package-lock.json", npmLock(), npmLock({ bodyParser: "1.20.3" }))).toEqual({ readable: true, runtime: ["packages/api"], devOnly: [] });
  });

  it("a workspace package moved from devDependencies to dependencies is a run-time change of that workspace", () => {
    const before = JSON.parse(npmLock());
    before.packages["packages/web"].devDependencies = { "@acme/api": "*" };
    delete before.packages["packages/web"].dependencies["@acme/api"];
    expect(attributeLockfileChange("package-lock.json", JSON.stringify(before), npmLock())).toEqual({ readable: true, runtime: ["packages/web"], devOnly: [] });
  });

  it("a devDependencies-only bump ships nowhere", () => {
    expect(attributeLockfileChange("package-lock.json", npmLock(), npmLock({ jest: "29.7.0" }))).toEqual({ readable: true, runtime: [], devOnly: ["packages/api"] });
  });

  it("a v1 lockfile (no packages) is unreadable and says why", () => {
    const v1 = JSON.stringify({ lockfileVersion: 1, dependencies: {} });
    expect(attributeLockfileChange("package-lock.json", v1, v1)).toEqual({ readable: false, reason: expect.stringContaining("lockfileVersion 2 or later") });
  });
});

describe("unreadable changes fall back to the caller's lockfile tier", () => {
  it("yarn.lock, missing texts and broken text are unreadable, with a reason", () => {
    expect(attributeLockfileChange("yarn.lock", "a", "b")).toEqual({ readable: false, reason: expect.stringContaining("yarn.lock") });
    expect(attributeLockfileChange("pnpm-lock.yaml", null, pnpm9())).toEqual({ readable: false, reason: expect.stringContaining("not available") });
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), "importers: [\n")).toEqual({ readable: false, reason: expect.stringMatching(/^pnpm-lock\.yaml: /) });
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), "lockfileVersion: '5.4'\n")).toEqual({ readable: false, reason: expect.stringContaining("5.4") });
  });
});

describe("a pull request's lockfile cannot stall the evaluation", () => {
  // A few hundred bytes whose aliases nest ten levels of ten: expanded, 10^10 values. pnpm never
  // writes aliases; a lockfile that has them is unreadable, at once, instead of being expanded
  // entry by entry (that took the reader minutes and gigabytes).
  const bomb = () => {
    const lines = ["lockfileVersion: '9.0'", "importers:", "  .:", "    dependencies:", "      evil: 1.0.0", "packages:", "  evil@1.0.0:", "    resolution: {integrity: sha512-x}"];
    lines.push(`    a0: &a0 [${Array(10).fill("x").join(", ")}]`);
    for (let i = 1; i < 10; i++) lines.push(`    a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
    return [...lines, "snapshots:", "  evil@1.0.0: {}", ""].join("\n");
  };

  it("a lockfile past 32 MB is unreadable without being parsed, and says why", () => {
    // valid YAML, so only the size can make it unreadable: parsed, it would take seconds and gigabytes
    const huge = pnpm9() + `# ${"x".repeat(32 * 1024 * 1024)}\n`;
    const result = attributeLockfileChange("pnpm-lock.yaml", pnpm9(), huge);
    expect(result).toEqual({ readable: false, reason: "pnpm-lock.yaml is 33.6 MB after the change; lockfiles past 32 MB are not read" });
    expect(attributeLockfileChange("package-lock.json", huge, `{"lockfileVersion": 3, "packages": {}}`)).toEqual({ readable: false, reason: "package-lock.json is 33.6 MB before the change; lockfiles past 32 MB are not read" });
  });

  it("a lockfile with YAML aliases is unreadable, and says why", () => {
    expect(attributeLockfileChange("pnpm-lock.yaml", pnpm9(), bomb())).toEqual({
      readable: false,
      reason: "pnpm-lock.yaml: it uses YAML aliases (`*name`), which pnpm never writes",
    });
    expect(attributeLockfileChange("pnpm-lock.yaml", bomb(), pnpm9())).toMatchObject({ readable: false });
  });
});

describe("lockfileHits: into targets, through the workspace graph", () => {
  it("a changed package reaches the targets containing it and those of packages depending on it at run time", async () => {
    const files: Record<string, string> = {
      "pnpm-workspace.yaml": "packages: ['apps/*', 'packages/*']\n",
      "apps/api/package.json": JSON.stringify({ name: "@acme/api", dependencies: { "@acme/shared": "workspace:*" } }),
      "apps/web/package.json": JSON.stringify({ name: "@acme/web" }),
      "packages/shared/package.json": JSON.stringify({ name: "@acme/shared" }),
    };
    const graph = await readWorkspaceGraph({ paths: async () => Object.keys(files), read: async (p) => files[p] });
    const targetsAt = (path: string) => (path.startsWith("apps/api/") ? ["api-deploy"] : path.startsWith("apps/web/") ? ["web-deploy"] : []);
    expect(lockfileHits(graph, "pnpm-lock.yaml", { readable: true, runtime: ["packages/shared"], devOnly: ["apps/web"] }, targetsAt)).toEqual([
      { path: "pnpm-lock.yaml", target: "api-deploy", route: ["@acme/api", "@acme/shared"] },
    ]);
    expect(lockfileHits(graph, "pnpm-lock.yaml", { readable: true, runtime: [], devOnly: ["apps/api", "apps/web"] }, targetsAt)).toEqual([]);
  });
});

describe("lockfileReach: every changed lockfile of a pull request", () => {
  it("splits them into hits, unreadable (the policy's lockfile tier) and ships-nowhere (dev only)", async () => {
    const files: Record<string, string> = {
      "pnpm-workspace.yaml": "packages: ['apps/*', 'packages/*']\n",
      "apps/api/package.json": JSON.stringify({ name: "@acme/api" }),
      "apps/web/package.json": JSON.stringify({ name: "@acme/web" }),
    };
    const graph = await readWorkspaceGraph({ paths: async () => Object.keys(files), read: async (p) => files[p] });
    const targetsAt = (path: string) => (path.startsWith("apps/api/") ? ["api-deploy"] : path.startsWith("apps/web/") ? ["web-deploy"] : []);
    const result = lockfileReach(
      graph,
      [
        { path: "pnpm-lock.yaml", before: pnpm9(), after: pnpm9({ zod: "3.23.0" }) },
        { path: "tools/pnpm-lock.yaml", before: pnpm9(), after: pnpm9({ vitest: "2.0.0" }) },
        { path: "legacy/yarn.lock", before: "", after: "x" },
      ],
      targetsAt,
    );
    expect(result).toEqual({
      hits: [{ path: "pnpm-lock.yaml", target: "api-deploy", route: ["@acme/api"] }],
      unreadable: [{ path: "legacy/yarn.lock", reason: expect.stringContaining("yarn.lock") }],
      shipsNowhere: ["tools/pnpm-lock.yaml"],
    });
  });
});
