/**
 * Runners execute the committed action/dist/index.js, not the sources: it must be what a fresh
 * build of action/ and src/ produces, or a fix would never reach anyone.
 */
import { expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";

it("the committed Action bundle is a fresh build of the sources", () => {
  const check = spawnSync(process.execPath, ["scripts/bundle.mjs", "--check"], { encoding: "utf8" });
  expect(check.stderr).toBe("");
  expect(check.status).toBe(0);
});
