// The naive process the benchmark races `blast-radius evaluate --format json` against: the same
// work (read and validate the policy, read GitHub's file list, evaluate, print the same JSON),
// with naive matching instead of the glob index.
//   node bench/naive-evaluate.mjs --config POLICY --files FILES.json [--per-pair]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluate } from "../dist/src/engine/evaluate.js";
import { gate } from "../dist/src/engine/gate.js";
import { formatProblem, loadPolicy } from "../dist/src/policy/load.js";
import { decisionReport } from "../dist/src/render/json.js";
import { compileNaive, toChangedFiles } from "./naive.mjs";

const { values } = parseArgs({ options: { config: { type: "string" }, files: { type: "string" }, "per-pair": { type: "boolean" } } });
const loaded = loadPolicy([{ path: values.config, text: readFileSync(values.config, "utf8") }]);
if (!loaded.ok) {
  process.stderr.write(loaded.problems.map(formatProblem).join("\n") + "\n");
  process.exit(2);
}
const files = toChangedFiles(JSON.parse(readFileSync(values.files, "utf8")));
const decision = evaluate(compileNaive(loaded.policy, values["per-pair"] ? "per-pair" : "precompiled"), { files });
process.stdout.write(JSON.stringify(decisionReport(decision, { policy: values.config, gate: gate(decision, null, null) }), null, 2) + "\n");
