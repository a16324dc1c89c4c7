/**
 * `blast-radius protect` against the loopback GitHub stand-in's rulesets endpoints: the ruleset it
 * sends, dry runs, idempotence, updates, and GitHub's 403 without administration: write.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { APP_ID, healthyRepository, startStand, type Stand } from "./github-setup.js";

let stand: Stand;
beforeEach(async () => {
  stand = await startStand();
});
afterEach(() => stand.fake.stop());

const protect = (...args: string[]) => stand.run(["protect", "--repo", "acme/web", "--branch", "main", ...args]);

/** The ruleset GitHub's docs describe for "require this status check on main, from this app". */
const expectedRuleset = (integration?: number) => ({
  name: "Blast Radius: main",
  target: "branch",
  enforcement: "active",
  conditions: { ref_name: { include: ["refs/heads/main"], exclude: [] } },
  rules: [
    {
      type: "required_status_checks",
      parameters: {
        strict_required_status_checks_policy: false,
        do_not_enforce_on_create: false,
        required_status_checks: [{ context: "blast-radius: main", ...(integration !== undefined ? { integration_id: integration } : {}) }],
      },
    },
  ],
});

describe("protect", () => {
  it("--dry-run prints the ruleset it would send and sends nothing", async () => {
    const result = await protect("--app-id", String(APP_ID), "--dry-run");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expectedRuleset(APP_ID));
    expect(result.stderr).toBe('blast-radius: dry run: would create the ruleset "Blast Radius: main" requiring "blast-radius: main" on main from app 1; nothing sent\n');
    expect(stand.fake.writes()).toEqual([]);
    expect(stand.rules.rulesets()).toEqual([]);
  });

  it("creates the ruleset (POST, the printed body), after which doctor finds the check required from the app", async () => {
    const result = await protect("--app-id", String(APP_ID));
    expect(result.status).toBe(0);
    const writes = stand.fake.writes();
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(["POST /repos/acme/web/rulesets"]);
    expect(writes[0].body).toEqual(expectedRuleset(APP_ID));
    expect(JSON.parse(result.stdout)).toEqual(writes[0].body);
    const [stored] = stand.rules.rulesets();
    expect(result.stderr).toBe(`blast-radius: created the ruleset "Blast Radius: main" requiring "blast-radius: main" on main from app 1 (id ${stored.id})\n`);

    healthyRepository(stand);
    const doctor = await stand.run(["doctor", "--repo", "acme/web", "--branch", "main"]);
    expect(doctor.status).toBe(0);
    expect(doctor.stdout).toContain(`required by ruleset ${stored.id} (repository acme/web), from app 1`);
  });

  it("is idempotent: a second run finds its ruleset and sends nothing", async () => {
    await protect("--app-id", String(APP_ID));
    stand.fake.clearRequests();
    const again = await protect("--app-id", String(APP_ID));
    expect(again.status).toBe(0);
    expect(stand.fake.writes()).toEqual([]);
    expect(again.stderr).toMatch(/^blast-radius: acme\/web already has the ruleset "Blast Radius: main" .* \(id \d+\): nothing sent\n$/);
    expect(stand.rules.rulesets()).toHaveLength(1);
  });

  it("updates its ruleset (PUT) when it differs, e.g. to pin the check to the app; other rulesets are left alone", async () => {
    const other = stand.rules.addRuleset({ name: "CI", include: ["refs/heads/main"], checks: [{ context: "build" }] });
    await protect(); // any source first
    const [, ours] = stand.rules.rulesets();
    expect(ours.rules[0].parameters).toMatchObject({ required_status_checks: [{ context: "blast-radius: main" }] });
    stand.fake.clearRequests();

    const result = await protect("--app-id", "42");
    expect(result.status).toBe(0);
    const writes = stand.fake.writes();
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([`PUT /repos/acme/web/rulesets/${ours.id}`]);
    expect(writes[0].body).toEqual(expectedRuleset(42));
    expect(result.stderr).toContain(`updated the ruleset "Blast Radius: main" requiring "blast-radius: main" on main from app 42 (id ${ours.id})`);
    const after = stand.rules.rulesets();
    expect(after.map((r) => r.id)).toEqual([other, ours.id]);
    expect(after[1].rules).toEqual(expectedRuleset(42).rules);
    expect(after[0].rules[0].parameters).toMatchObject({ required_status_checks: [{ context: "build" }] });
  });

  it("an organisation ruleset with the same name is not ours: a repository ruleset is created", async () => {
    stand.rules.addRuleset({ name: "Blast Radius: main", include: ["~ALL"], checks: [{ context: "blast-radius: main" }], organization: true });
    const result = await protect("--app-id", "1");
    expect(result.status).toBe(0);
    expect(stand.fake.writes().map((w) => w.method)).toEqual(["POST"]);
  });

  it("without administration: write, GitHub's 403 is reported with the permission it asks for (exit 2)", async () => {
    stand.rules.grant("github_pat_reader", { metadata: "read", contents: "read" });
    const result = await stand.run(["protect", "--repo", "acme/web", "--branch", "main", "--app-id", "1"], { GITHUB_TOKEN: "github_pat_reader" });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "blast-radius: error: GitHub refused to create a ruleset in acme/web (403 Resource not accessible by personal access token): the token needs administration: write\n",
    );
    expect(stand.rules.rulesets()).toEqual([]);
  });

  it("bad flags: --branch is required and must be one branch; --app-id a number", async () => {
    const noBranch = await stand.run(["protect", "--repo", "acme/web"]);
    expect(noBranch.status).toBe(2);
    expect(noBranch.stderr).toContain("missing --branch NAME");
    const pattern = await protect("--branch", "release/*");
    expect(pattern.stderr).toContain('--branch "release/*" must be one branch, not a pattern');
    const appId = await protect("--app-id", "blast-radius");
    expect(appId.stderr).toContain('--app-id must be a whole number, got "blast-radius"');
    expect(stand.fake.requests).toEqual([]);
  });
});
