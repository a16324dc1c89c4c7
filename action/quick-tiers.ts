/**
 * An Action run is one short process, most of it in code V8 meets for the first time (js-yaml,
 * zod, the engine), as a CLI run is: a 15 times larger interrupt budget leaves it to V8's quicker
 * tiers instead of TurboFan compile jobs it would not live to use, as bin/blast-radius.js does for
 * the CLI (see there). Measured with the bench's pull request on the GitHub stand-in: about a tenth
 * off the Action's whole run. Only on the V8 versions known to have the flag (Node 18 to 24; the
 * runner's node24 is V8 13): V8 prints an error for a flag it does not know.
 *
 * action/index.ts imports this module first, so the flag is set before any other module's code runs.
 */
import { setFlagsFromString } from "node:v8";

const v8Major = Number(process.versions.v8.split(".")[0]);
if (v8Major >= 10 && v8Major <= 13) setFlagsFromString("--interrupt-budget=1000000");
