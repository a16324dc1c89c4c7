// The Action's entry point: the runner executes the bundle of this file (action/dist/index.js).
import "./quick-tiers.js";
import { run } from "./main.js";

await run();
