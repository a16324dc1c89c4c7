import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readWorkspaceGraph, workspaceDirectories, parseGoMod, parseGoWork, type WorkspaceFiles } from "../../src/discover/workspaces.js";
import { dependencyHits, dependencyReach, dependentsOf, packagesOf } from "../../src/discover/workspaces-routes.js";

/** A repository in memory: path -> text. */
function repo(files: Record<string, string>): WorkspaceFiles {
  return { paths: async () => Object.keys(files), read: async (path) => files[path] };
}
const manifest = (name: string, sections: Record<string, Record<string, string>> = {}) => JSON.stringify({ name, version: "1.0.0", ...sections });

/** Targets by prefix, the way a policy's `dir/**` targets contain paths. */
const targetsByPrefix =
  (targets: Record<string, string>) =>
  (path: string): string[] =>
    Object.entries(targets)
      .filter(([, prefix]) => path.startsWith(prefix))
      .map(([name]) => name);

describe("readWorkspaceGraph: npm, yarn and pnpm workspaces", () => {
  it("reads pnpm-workspace.yaml, with run-time edges only (not devDependencies)", async () => {
    const graph = await readWorkspaceGraph(
      repo({
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/**\n  - '!**/test/**'\n",
        "package.json": manifest("root", { devDependencies: { turbo: "1" } }),
        "apps/api/package.json": manifest("@acme/api", { dependencies: { "@acme/shared": "workspace:*", hono: "4" }, devDependencies: { "@acme/test-utils": "workspace:*" } }),
        "apps/web/package.json": manifest("@acme/web", { peerDependencies: { "@acme/ui": "workspace:*" } }),
        "packages/shared/package.json": manifest("@acme/shared", { optionalDependencies: { "@acme/db": "workspace:*" } }),
        "packages/ui/package.json": manifest("@acme/ui"),
        "packages/db/package.json": manifest("@acme/db"),
        "packages/test-utils/package.json": manifest("@acme/test-utils"),
        "packages/test/fixture/package.json": manifest("fixture-excluded"),
        "packages/ui/node_modules/x/package.json": manifest("x"),
      }),
    );
    expect(graph.sources).toEqual(["pnpm-workspace.yaml"]);
    const edges = Object.fromEntries(graph.packages.map((p) => [p.name, { root: p.root, dependsOn: p.dependsOn }]));
    expect(edges).toEqual({
      "@acme/api": { root: "apps/api", dependsOn: ["@acme/shared"] },
      "@acme/web": { root: "apps/web", dependsOn: ["@acme/ui"] },
      "@acme/shared": { root: "packages/shared", dependsOn: ["@acme/db"] },
      "@acme/ui": { root: "packages/ui", dependsOn: [] },
      "@acme/db": { root: "packages/db", dependsOn: [] },
      "@acme/test-utils": { root: "packages/test-utils", dependsOn: [] },
    });
  });

  it("reads package.json workspaces as an array (npm) and as yarn's { packages }", async () => {
    for (const workspaces of [["packages/*"], { packages: ["packages/*"], nohoist: [] }]) {
      const graph = await readWorkspaceGraph(
        repo({
          "package.json": JSON.stringify({ name: "root", private: true, workspaces }),
          "packages/a/package.json": manifest("a", { dependencies: { b: "^1.0.0" } }),
          "packages/b/package.json": manifest("b"),
          "other/c/package.json": manifest("c"),
        }),
      );
      expect(graph.sources).toEqual(["package.json workspaces"]);
      expect(graph.packages.map((p) => `${p.name} -> ${p.dependsOn.join(",")}`).sort()).toEqual(["a -> b", "b -> "]);
    }
  });

  it("a repository without workspaces has no npm packages; a broken manifest is reported, not thrown", async () => {
    expect((await readWorkspaceGraph(repo({ "package.json": manifest("solo"), "src/index.ts": "" }))).packages).toEqual([]);
    const graph = await readWorkspaceGraph(repo({ "package.json": JSON.stringify({ workspaces: ["p/*"] }), "p/a/package.json": "{ nope", "p/b/package.json": manifest("b") }));
    expect(graph.packages.map((p) => p.name)).toEqual(["b"]);
    expect(graph.problems).toEqual([expect.stringMatching(/^p\/a\/package\.json: /)]);
  });

  it("workspace globs select package directories, with ./ prefixes, trailing slashes and ! exclusions", () => {
    const paths = ["apps/a/package.json", "apps/b/c/package.json", "libs/x/package.json", "libs/x/test/package.json", "package.json"];
    expect(workspaceDirectories(["./apps/*/", "libs/**", "!libs/**/test"], paths)).toEqual(["apps/a", "libs/x"]);
  });
});

describe("readWorkspaceGraph: Go modules", () => {
  const goMod = (module: string, body = "") => `module ${module}\n\ngo 1.22\n${body}`;

  it("a local replace makes an edge; a require of the same module without it does not (the published version is used)", async () => {
    const graph = await readWorkspaceGraph(
      repo({
        "svc/api/go.mod": goMod("example.com/svc/api", "require (\n\texample.com/lib/auth v0.0.0 // indirect\n\texample.com/lib/log v1.2.0\n)\nreplace example.com/lib/auth => ../../lib/auth\n"),
        "lib/auth/go.mod": goMod("example.com/lib/auth"),
        "lib/log/go.mod": goMod("example.com/lib/log"),
        "vendor/x/go.mod": goMod("vendored"),
      }),
    );
    expect(graph.packages.map((p) => [p.name, p.root, p.dependsOn])).toEqual([
      ["example.com/svc/api", "svc/api", ["example.com/lib/auth"]],
      ["example.com/lib/auth", "lib/auth", []],
      ["example.com/lib/log", "lib/log", []],
    ]);
    expect(graph.sources).toEqual(["go.mod replace"]);
  });

  it("modules a go.work uses resolve each other", async () => {
    const graph = await readWorkspaceGraph(
      repo({
        "go.work": "go 1.22\n\nuse (\n\t./cmd/server\n\t./pkg/core // the core\n)\nuse ./tools\n",
        "cmd/server/go.mod": goMod("example.com/server", "require example.com/core v0.1.0\nrequire example.com/tools v0.1.0\n"),
        "pkg/core/go.mod": goMod("example.com/core"),
        "tools/go.mod": goMod("example.com/tools"),
        "outside/go.mod": goMod("example.com/outside", "require example.com/core v0.1.0\n"),
      }),
    );
    const edges = Object.fromEntries(graph.packages.map((p) => [p.name, p.dependsOn]));
    expect(edges["example.com/server"]).toEqual(["example.com/core", "example.com/tools"]);
    expect(edges["example.com/outside"]).toEqual([]);
    expect(graph.sources).toEqual(["go.work"]);
  });

  it("parses go.mod and go.work directives the way the go command writes them", () => {
    const mod = parseGoMod('module "example.com/a"\nrequire example.com/b v1.0.0\nreplace (\n  example.com/b v1.0.0 => ./b\n  example.com/c => example.com/c2 v1.0.0\n)\n', "x");
    expect(mod.module).toBe("example.com/a");
    expect([...mod.localReplaces]).toEqual([["example.com/b", "x/b"]]);
    expect(parseGoWork("use ../escape\nuse .\n", "")).toEqual([""]);
  });
});

describe("through-dependency hits", () => {
  const files = {
    "pnpm-workspace.yaml": "packages: ['apps/*', 'packages/*']\n",
    "apps/api/package.json": manifest("@acme/api", { dependencies: { "@acme/shared": "workspace:*" } }),
    "apps/web/package.json": manifest("@acme/web", { dependencies: { "@acme/ui": "workspace:*" }, devDependencies: { "@acme/shared": "workspace:*" } }),
    "apps/worker/package.json": manifest("@acme/worker", { dependencies: { "@acme/api": "workspace:*" } }),
    "packages/shared/package.json": manifest("@acme/shared", { dependencies: { "@acme/db": "workspace:*" } }),
    "packages/db/package.json": manifest("@acme/db"),
    "packages/ui/package.json": manifest("@acme/ui"),
  };
  const targets = targetsByPrefix({ "api-deploy": "apps/api/", "web-deploy": "apps/web/", "worker-deploy": "apps/worker/" });

  it("a file in a shared package reaches every target whose package depends on it at run time, with the route", async () => {
    const graph = await readWorkspaceGraph(repo(files));
    expect(dependencyHits(graph, ["packages/db/src/client.ts"], targets)).toEqual([
      { path: "packages/db/src/client.ts", target: "api-deploy", route: ["@acme/api", "@acme/shared", "@acme/db"] },
      { path: "packages/db/src/client.ts", target: "worker-deploy", route: ["@acme/worker", "@acme/api", "@acme/shared", "@acme/db"] },
    ]);
    // web uses @acme/shared only as a devDependency: it does not ship there
    expect(dependencyHits(graph, ["packages/shared/index.ts"], targets).map((h) => h.target)).toEqual(["api-deploy", "worker-deploy"]);
    expect(dependencyHits(graph, ["packages/ui/button.tsx"], targets)).toEqual([{ path: "packages/ui/button.tsx", target: "web-deploy", route: ["@acme/web", "@acme/ui"] }]);
  });

  it("a target that already contains the file is a direct hit, never also a through-dependency hit", async () => {
    const graph = await readWorkspaceGraph(repo(files));
    expect(dependencyHits(graph, ["apps/api/src/routes.ts"], targets)).toEqual([
      { path: "apps/api/src/routes.ts", target: "worker-deploy", route: ["@acme/worker", "@acme/api"] },
    ]);
    const wide = (path: string) => [...targets(path), ...(path.startsWith("apps/") || path.startsWith("packages/") ? ["everything"] : [])];
    expect(dependencyHits(graph, ["packages/db/x.ts"], wide).map((h) => h.target)).toEqual(["api-deploy", "worker-deploy"]);
  });

  it("files outside any package, and targets that do not contain a package's root, reach nothing through dependencies", async () => {
    const graph = await readWorkspaceGraph(repo(files));
    expect(dependencyHits(graph, ["README.md", "scripts/release.sh"], targets)).toEqual([]);
    const srcOnly = targetsByPrefix({ "api-src": "apps/api/src/" });
    expect(dependencyHits(graph, ["packages/shared/index.ts"], srcOnly)).toEqual([]);
  });

  it("dependency cycles end; each dependent keeps its shortest route", async () => {
    const graph = await readWorkspaceGraph(
      repo({
        "package.json": JSON.stringify({ workspaces: ["p/*"] }),
        "p/a/package.json": manifest("a", { dependencies: { b: "1", c: "1" } }),
        "p/b/package.json": manifest("b", { dependencies: { c: "1" } }),
        "p/c/package.json": manifest("c", { dependencies: { a: "1" } }),
      }),
    );
    expect([...dependentsOf(graph, "c")]).toEqual([
      ["a", ["a", "c"]],
      ["b", ["b", "c"]],
    ]);
  });

  it("a directory that is both an npm package and a Go module reaches the dependents of both", async () => {
    const graph = await readWorkspaceGraph(
      repo({
        "pnpm-workspace.yaml": "packages: ['apps/*', 'packages/*']\n",
        "apps/web/package.json": manifest("web", { dependencies: { proto: "workspace:*" } }),
        "apps/checker/go.mod": "module example.com/checker\nrequire example.com/proto v0.0.0\nreplace example.com/proto => ../../packages/proto\n",
        "packages/proto/package.json": manifest("proto"),
        "packages/proto/go.mod": "module example.com/proto\n",
      }),
    );
    expect(packagesOf(graph, "packages/proto/api.proto").map((p) => p.kind)).toEqual(["npm", "go"]);
    const hits = dependencyHits(graph, ["packages/proto/api.proto"], targetsByPrefix({ web: "apps/web/", checker: "apps/checker/" }));
    expect(hits.map((h) => `${h.target} via ${h.route.join(" → ")}`)).toEqual(["web via web → proto", "checker via example.com/checker → example.com/proto"]);
  });
});

describe("a real workspace: openstatusHQ/openstatus (derived fixture)", () => {
  const fixture = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/openstatus");

  it("builds its graph from the manifests, and a change to @openstatus/db reaches the deployed server through dependencies", async () => {
    const manifests = JSON.parse(readFileSync(join(fixture, "manifests.json"), "utf8")) as Record<string, string>;
    const graph = await readWorkspaceGraph(repo(manifests));
    expect(graph.problems).toEqual([]);
    const server = graph.packages.find((p) => p.root === "apps/server");
    expect(server?.dependsOn).toContain("@openstatus/db");
    const hits = dependencyHits(graph, ["packages/db/src/schema/monitors/monitor.ts"], targetsByPrefix({ "fly-server": "apps/server/", "checker-deploy": "apps/checker/" }));
    expect(hits.find((h) => h.target === "fly-server")?.route).toEqual([server!.name, "@openstatus/db"]);
    expect(hits.some((h) => h.target === "checker-deploy")).toBe(false);
  });
});

describe("dependencyReach: the graph as the engine takes it", () => {
  it("one entry per (package, target) with the route, and nested packages excepted from an outer root", async () => {
    const graph = await readWorkspaceGraph(
      repo({
        "go.mod": "module example.com/root\n",
        "go.work": "use (\n\t.\n\t./svc/api\n\t./lib/auth\n)\n",
        "svc/api/go.mod": "module example.com/api\nrequire example.com/auth v0.0.0\nrequire example.com/root v0.0.0\n",
        "lib/auth/go.mod": "module example.com/auth\n",
      }),
    );
    expect(dependencyReach(graph, targetsByPrefix({ "api-deploy": "svc/api/" }))).toEqual([
      { target: "api-deploy", root: "", route: ["example.com/api", "example.com/root"], except: ["svc/api", "lib/auth"] },
      { target: "api-deploy", root: "lib/auth", route: ["example.com/api", "example.com/auth"] },
    ]);
  });
});

describe("reads", () => {
  it("reads only files the listing has (each read is an API request in the app)", async () => {
    const files: Record<string, string> = {
      "package.json": JSON.stringify({ workspaces: ["p/*"] }),
      "p/a/package.json": JSON.stringify({ name: "a" }),
      "p/a/go.sum": "",
    };
    const asked: string[] = [];
    await readWorkspaceGraph({ paths: async () => Object.keys(files), read: async (p) => (asked.push(p), files[p]) });
    expect(asked.sort()).toEqual(["p/a/package.json", "package.json"]);
  });
});
