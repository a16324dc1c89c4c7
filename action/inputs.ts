/** The Action's inputs, read from the runner and validated in one place. */
import * as core from "@actions/core";
import { z } from "zod";

const inputsSchema = z.object({
  token: z.string().min(1, "is empty: pass `token: ${{ github.token }}` or a token with pull-requests and checks write"),
  configPath: z
    .string()
    .min(1, "is empty")
    .refine((p) => !p.startsWith("/") && !p.split("/").includes(".."), "must be a path inside the repository, like .github/blast-radius.yml"),
  mode: z.enum(["enforce", "report"]).optional(),
});

export type ActionInputs = z.infer<typeof inputsSchema>;

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
