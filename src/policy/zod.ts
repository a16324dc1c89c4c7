/**
 * The parts of zod the policy schema (and the Action's inputs) use, as one namespace
 * (`import * as z from "./zod.js"`): importing zod through here also sets its English messages.
 *
 * zod/mini rather than zod's classic API: the same core (the same parsing, issues, defs and JSON
 * Schema), with functions where classic has methods. The CLI builds the whole policy schema at
 * start-up and a short run pays for every bit of it: classic's code is twice mini's (some 49 KB of
 * the CLI bundle), its instances each carry a JSON Schema closure and its containers a memoizer
 * hook, and its objects compile a fast path on their first parse. Measured on the bench's large
 * policy (issue 12): loading the CLI takes some 7 to 10 ms less, validating the policy 5 ms less.
 * Named exports, so esbuild keeps only what is used.
 */
import { config, globalRegistry, type ZodMiniType } from "zod/mini";
import en from "zod/v4/locales/en.js";

export {
  _default,
  array,
  boolean,
  enum,
  gte,
  int,
  literal,
  maxLength,
  minLength,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  toJSONSchema,
  union,
} from "zod/mini";
export type { input, output, ZodMiniType as ZodType } from "zod/mini";

// Classic zod sets these two up on its first schema; mini leaves them to the caller. English
// messages: people read them (the loader passes zod's wording on). The memoizer that gives
// recursive schemas cycle support is left out: the policy schema has no cycle, and classic's
// removes itself from such a schema on its first parse anyway.
config(en());

/**
 * A copy of `schema` that JSON Schema describes with `description`: what classic's
 * `.describe()` does (zod/mini's `describe()` check would add a check that every parse runs).
 */
export function describe<T extends ZodMiniType>(schema: T, description: string): T {
  const described = schema.clone();
  globalRegistry.add(described, { description });
  return described;
}
