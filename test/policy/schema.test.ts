/** The committed JSON Schema (what editors validate against) must match the zod schema the loader uses. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { policyJsonSchema } from "../../src/policy/schema.js";

const SCHEMA_FILE = new URL("../../schema/blast-radius.schema.json", import.meta.url);

describe("schema/blast-radius.schema.json", () => {
  it("is up to date with src/policy/schema.ts", () => {
    const committed: unknown = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));
    try {
      expect(committed).toEqual(policyJsonSchema());
    } catch (error) {
      // lead with the fix; the diff follows
      throw new Error(`schema/blast-radius.schema.json is stale: run \`npm run schema\` and commit the result.\n\n${(error as Error).message}`);
    }
  });

  it("offers editors every top-level key", () => {
    const properties = Object.keys((policyJsonSchema() as { properties: Record<string, unknown> }).properties);
    expect(properties).toEqual(expect.arrayContaining(["version", "tiers", "default_tier", "rules", "targets", "sandboxes", "escalate", "approvals", "labels", "override", "mode"]));
  });
});
