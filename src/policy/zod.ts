/**
 * The parts of zod the policy schema uses, as one namespace (`import * as z from "./zod.js"`
 * reads as `import { z } from "zod"`). zod's own `z` is every export it has: a bundle that imports
 * it carries and initialises all of zod, where these named exports let esbuild keep only what the
 * schema needs (a fifth of zod's code), and start-up is most of a CLI run.
 */
export { array, boolean, enum, int, literal, record, strictObject, string, toJSONSchema, union } from "zod";
export type { input, output, ZodType } from "zod";
