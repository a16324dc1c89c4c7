/** The Action's inputs, read from the runner and validated in one place. */
import * as core from "@actions/core";
import * as z from "../src/policy/zod.js";

const inputsSchema = z.strictObject({
  token: z.string().check(z.minLength(1, "is empty: pass `token: ${{ github.token }}` or a token with pull-requests and checks write")),
  configPath: z
    .string()
    .check(
      z.minLength(1, "is empty"),
      z.refine((p: string) => !p.startsWith("/") && !p.split("/").includes(".."), "must be a path inside the repository, like .github/blast-radius.yml"),
    ),
  mode: z.optional(z.enum(["enforce", "report"])),
});

export type ActionInputs = z.output<typeof inputsSchema>;

export class InputError extends Error {}

export function readInputs(): ActionInputs {
  const raw = {
    token: core.getInput("token"),
    configPath: core.getInput("config-path") || ".github/blast-radius.yml",
    mode: core.getInput("mode").trim().toLowerCase() || undefined,
  };
  const parsed = inputsSchema.safeParse(raw);
  if (!parsed.success) {
    const names: Record<string, string> = { token: "token", configPath: "config-path", mode: "mode" };
    const problems = parsed.error.issues.map((i) => {
      const key = names[String(i.path[0])] ?? String(i.path[0]);
      const message = key === "mode" ? `must be enforce or report (got "${raw.mode}")` : i.message;
      return `input \`${key}\` ${message}`;
    });
    throw new InputError(problems.join("; "));
  }
  return parsed.data;
}
