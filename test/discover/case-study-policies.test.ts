/** The policies docs/case-studies.md part (b) replays are valid, and `init`'s edits are where it says. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPolicy } from "../../src/policy/load.js";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const load = (path: string) => {
  const loaded = loadPolicy([{ path, text: readFileSync(join(FIXTURES, path), "utf8") }]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.policy;
};

test("openstatus: init's policy with 3 edits: production deploys without environments, production high, the Vercel apps", () => {
  const policy = load("openstatus/policy-init-edited.yml");
  expect(policy.discover?.workspaces).toBe(true);
  expect(policy.discover?.workflows?.without_environment).toEqual({ workflows: expect.arrayContaining(["deploy.yml", "docker-publish.yml"]), environment: "production" });
  expect(policy.discover?.workflows?.environments.production).toBe("high");
  expect(policy.targets.map((t) => t.name)).toEqual(["vercel-web", "vercel-dashboard", "vercel-status-page"]);
  expect(policy.never_ship).toEqual(["test/", "__tests__/", "docs/", "*.test.*", "*_test.go"]);
});

test("indigo: init's policy with its own commented exclude taken; govuk-infrastructure: init's policy unedited", () => {
  expect(load("indigo/policy-init-edited.yml").discover?.workflows?.exclude).toEqual(["container-beemo-ghcr.yaml", "container-hepa-ghcr.yaml"]);
  const govuk = load("govuk-infrastructure/policy-init.yml");
  expect(govuk.targets).toEqual([]);
  expect(govuk.never_ship).toEqual(["test/", "docs/"]);
});
