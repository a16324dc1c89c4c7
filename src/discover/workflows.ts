/**
 * Which workflows deploy when a change is merged, read with GitHub's own parser: a workflow that
 * runs on `push` to a branch and has a job with an `environment` (directly, or through a reusable
 * workflow of this repository called with an environment input). Pure apart from the reader it is
 * given, so the CLI (working tree or git) and the GitHub layer (API) get the same answers.
 */
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import type { FilterPair } from "./path-filter.js";
import { workflowParser } from "./workflow-parser.js";

export const WORKFLOWS_DIRECTORY = ".github/workflows";

/** Read access to the repository at one commit (or a working tree). */
export interface RepositoryFiles {
  /** The names of the files directly in `directory`; [] when it does not exist. */
  list(directory: string): Promise<string[]>;
  /** A file's text, or null when it does not exist. */
  read(path: string): Promise<string | null>;
  /** Every file path (for workspace discovery, which matches globs against all of them). */
  paths(): Promise<string[]>;
}

/** One job's deployment: a named environment, or one known only at run time. */
export interface Deployment {
  /** null: known only at run time (`${{ matrix.env }}`, `${{ inputs.env }}`) */
  environment: string | null;
  /** the expression, for an environment known only at run time */
  expression?: string;
  job: string;
  /** the workflow file and line a person should read to see this environment */
  file: string;
  line: number;
  /** the reusable workflow the environment is declared in, when not `file` */
  via?: string;
  /** no job names an environment; the policy says the workflow deploys (discover.workflows.without_environment) */
  withoutEnvironment?: boolean;
}

export interface DeployWorkflow {
  file: string;
  /** line of `on` (where the filters are) */
  line: number;
  paths: FilterPair;
  branches: FilterPair;
  deployments: Deployment[];
}

/** What reading one workflow file gave: a deploy workflow, or why it is not one. */
export type WorkflowReading = { file: string; deploy: DeployWorkflow } | { file: string; skipped: string; problem?: boolean };

/** The workflow files of `.github/workflows`, in name order. */
export async function listWorkflowFiles(files: RepositoryFiles): Promise<string[]> {
  const names = await files.list(WORKFLOWS_DIRECTORY);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => `${WORKFLOWS_DIRECTORY}/${n}`);
}

type Inputs = ReadonlyMap<string, { value: string | null; expression?: string; line: number }>;

/** GitHub allows reusable workflows four levels deep. */
const MAX_REUSE_DEPTH = 4;

/**
 * `withoutEnvironment`: the policy says this workflow deploys even when no job names an
 * environment; then it is one deployment, to this environment (null: unknown).
 */
export async function readWorkflow(files: RepositoryFiles, file: string, withoutEnvironment?: { environment: string | null }): Promise<WorkflowReading> {
  const content = await files.read(file);
  if (content === null) return { file, skipped: "the file does not exist" };
  const parsed = await parse(file, content);
  if ("problem" in parsed) return { file, skipped: parsed.problem, problem: true };
  const push = parsed.template.events.push;
  if (!push) return { file, skipped: "it does not run on push" };
  if ((push.tags || push["tags-ignore"]) && !push.branches && !push["branches-ignore"]) {
    return { file, skipped: "it runs on pushed tags only, not on merges" };
  }
  const deployments = await jobDeployments(files, file, parsed.template.jobs, new Map(), 0, new Set([file]));
  if (deployments.length === 0 && withoutEnvironment) {
    // the whole workflow is the deployment; point at its `on:`, where its filters are
    deployments.push({ environment: withoutEnvironment.environment, job: parsed.template.jobs.map((j) => j.id.value).join(", "), file, line: parsed.onLine, withoutEnvironment: true });
  }
  if (deployments.length === 0) return { file, skipped: "no job has an environment" };
  return {
    file,
    deploy: {
      file,
      line: parsed.onLine,
      paths: pair(push.paths, push["paths-ignore"]),
      branches: pair(push.branches, push["branches-ignore"]),
      deployments,
    },
  };
}

function pair(include: string[] | undefined, ignore: string[] | undefined): FilterPair {
  return { ...(include ? { include } : {}), ...(ignore ? { ignore } : {}) };
}

type Template = Awaited<ReturnType<Awaited<ReturnType<typeof workflowParser>>["convertWorkflowTemplate"]>>;

type Parsed = { template: Template; onLine: number } | { problem: string };

/**
 * Parsed workflows by file and text: a long-running app sees the same workflows on every event,
 * and parsing is most of discovery's cost (about 6 ms a workflow once warm).
 */
const parsedWorkflows = new Map<string, Promise<Parsed>>();
const MAX_PARSED = 500;

function parse(file: string, content: string): Promise<Parsed> {
  const key = `${file}\0${content}`;
  let parsed = parsedWorkflows.get(key);
  if (!parsed) {
    parsed = parseUncached(file, content);
    parsedWorkflows.set(key, parsed);
    if (parsedWorkflows.size > MAX_PARSED) parsedWorkflows.delete(parsedWorkflows.keys().next().value!);
  }
  return parsed;
}

async function parseUncached(file: string, content: string): Promise<Parsed> {
  const parser = await workflowParser();
  const result = parser.parseWorkflow({ name: file, content }, new parser.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors();
  if (!result.value || errors.length > 0) return { problem: `GitHub's workflow parser reports: ${errors[0]?.message ?? "the file is empty"}` };
  const template = await parser.convertWorkflowTemplate(result.context, result.value);
  if (template.errors?.length) return { problem: `GitHub's workflow parser reports: ${template.errors[0].Message}` };
  let onLine = 1;
  if (parser.isMapping(result.value)) {
    for (const { key } of result.value) if (parser.isString(key) && key.value === "on") onLine = key.line ?? 1;
  }
  return { template, onLine };
}

async function jobDeployments(
  files: RepositoryFiles,
  file: string,
  jobs: Template["jobs"],
  inputs: Inputs,
  depth: number,
  seen: ReadonlySet<string>,
): Promise<Deployment[]> {
  const parser = await workflowParser();
  const found: Deployment[] = [];
  for (const job of jobs) {
    const jobId = job.id.value;
    if (job.type === "job") {
      if (!job.environment) continue;
      const nameToken = parser.isMapping(job.environment) ? job.environment.find("name") : job.environment;
      if (!nameToken) continue;
      found.push({ ...environmentOf(parser, nameToken, inputs), job: jobId, file, line: nameToken.line ?? job.environment.line ?? 1 });
      continue;
    }
    // A reusable workflow: its own jobs' environments, with the inputs this job passes.
    const passed = inputValues(parser, job["input-values"], inputs);
    const ref = job.ref.value;
    const local = ref.startsWith("./") ? ref.slice(2) : null;
    if (local && depth < MAX_REUSE_DEPTH && !seen.has(local)) {
      const content = await files.read(local);
      const parsed = content === null ? null : await parse(local, content);
      if (parsed && !("problem" in parsed)) {
        const inner = await jobDeployments(files, local, parsed.template.jobs, passed, depth + 1, new Set([...seen, local]));
        // name the caller's file and line: that is where this workflow's deploy is decided
        for (const d of inner) {
          const input = d.expression ? undefined : [...passed.values()].find((v) => v.value === d.environment);
          found.push({ ...d, job: `${jobId} / ${d.job}`, file, line: input?.line ?? job.ref.line ?? 1, via: d.via ?? local });
        }
        continue;
      }
    }
    // A workflow of another repository (or one that cannot be read): its `environment` input.
    const environment = passed.get("environment");
    if (environment) {
      found.push({ environment: environment.value, ...(environment.expression ? { expression: environment.expression } : {}), job: jobId, file, line: environment.line });
    }
  }
  return found;
}

type Parser = Awaited<ReturnType<typeof workflowParser>>;

/** A literal environment name, `${{ inputs.x }}` with a literal input, or unknown. */
function environmentOf(parser: Parser, token: TemplateToken, inputs: Inputs): { environment: string | null; expression?: string } {
  if (parser.isString(token)) return { environment: token.value };
  if (parser.isBasicExpression(token)) {
    const input = /^\s*inputs\.([A-Za-z_][\w-]*)\s*$/.exec(token.expression)?.[1];
    const bound = input ? inputs.get(input) : undefined;
    if (bound) return bound.value !== null ? { environment: bound.value } : { environment: null, expression: bound.expression ?? `\${{ ${token.expression} }}` };
    return { environment: null, expression: `\${{ ${token.expression} }}` };
  }
  if (parser.isLiteral(token)) return { environment: String((token as unknown as { value: unknown }).value) };
  return { environment: null, expression: "(not a string)" };
}

function inputValues(parser: Parser, values: TemplateToken | undefined, outer: Inputs): Inputs {
  const map = new Map<string, { value: string | null; expression?: string; line: number }>();
  if (!values || !parser.isMapping(values)) return map;
  for (const { key, value } of values) {
    if (!parser.isString(key)) continue;
    const resolved = environmentOf(parser, value, outer);
    map.set(key.value, { value: resolved.environment, ...(resolved.expression ? { expression: resolved.expression } : {}), line: value.line ?? key.line ?? 1 });
  }
  return map;
}
