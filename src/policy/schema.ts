/**
 * The shape of `.github/blast-radius.yml`. This zod schema is the single source of truth:
 * runtime validation, the committed JSON Schema (schema/blast-radius.schema.json) and the
 * key list that "did you mean" suggestions draw from all come from it.
 */
import * as z from "./zod.js";
import {
  formatCount,
  MAX_APPROVERS,
  MAX_DESCRIPTION_LENGTH,
  MAX_ESCALATIONS,
  MAX_GLOBS_PER_LIST,
  MAX_NAME_LENGTH,
  MAX_RULES,
  MAX_SANDBOXES,
  MAX_TARGETS,
  MAX_TIERS,
} from "./limits.js";

export const DEFAULT_TIERS = ["low", "medium", "high", "critical"] as const;
export const DEFAULT_POLICY_PATH = ".github/blast-radius.yml";

const atMost = (n: number, what: string) => `at most ${formatCount(n)} ${what}`;
const name = z.string().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters")).describe("A unique name, shown to people in the check run.");
const description = z.string().max(MAX_DESCRIPTION_LENGTH, atMost(MAX_DESCRIPTION_LENGTH, "characters")).optional();
const tierName = z.string().min(1).describe("A tier defined in `tiers`.");
const glob = z
  .string()
  .min(1)
  .describe("A path glob (gitignore style: dot files match, a pattern without a slash matches at any depth).");
const globs = z.array(glob).min(1, "must list at least one glob").max(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs"));
const optionalGlobs = z.array(glob).max(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs")).optional();
const approvers = z.array(z.string().min(1)).max(MAX_APPROVERS, atMost(MAX_APPROVERS, "teams and users"));

/**
 * What Probot's config loader (@probot/octokit-plugin-config) follows: `repo`, `owner/repo` or
 * `owner/repo:path.yml`. Its own pattern, spelt without the `i` flag so JSON Schema can carry it.
 */
export const EXTENDS_PATTERN = /^(?:[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}\/)?[-_.\w]+(?::[-_./\w]+\.[Yy][Aa]?[Mm][Ll])?$/;

export const approvalSchema = z
  .strictObject({
    count: z.int().min(0).describe("How many distinct approvals are needed."),
    from: approvers
      .min(1, "must list at least one team (@org/slug) or user login")
      .optional()
      .describe("Who may approve: team slugs as @org/slug, or user logins. Anyone with write access when omitted."),
    code_owners: z
      .boolean()
      .optional()
      .describe(
        "Also require, for the files at this tier or above, an approval from an owner of each distinct CODEOWNERS owner group (read from the base branch), on top of `count` and `from`.",
      ),
  })
  .describe("An approval requirement.");

export const ruleSchema = z
  .strictObject({
    name,
    description,
    paths: globs.describe("Globs of the paths this rule covers."),
    exclude: optionalGlobs.describe("Globs removed from `paths`."),
    tier: tierName,
    precedence: z
      .enum(["raise", "set"])
      .default("raise")
      .describe(
        "raise: matching files are at least `tier`. set: matching files are exactly `tier`, even inside a higher target or rule (the highest `set` rule wins); the policy file and .github/workflows/ are never lowered.",
      ),
  })
  .describe("A path rule: files matching it are at least this tier (or exactly, with `precedence: set`).");

export const targetSchema = z
  .strictObject({
    name,
    description,
    paths: globs.describe("Globs of the paths that ship to this target."),
    exclude: optionalGlobs,
    environment: z.string().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters")).describe("Where the target ships (free text, shown to people)."),
    tier: tierName,
    branches: z
      .array(z.string().min(1))
      .min(1)
      .max(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "branches"))
      .optional()
      .describe(
        "The target ships only from pull requests into these base branches, with GitHub's `on.push.branches` patterns: `*`, `**`, and `!` to exclude; the last matching pattern decides.",
      ),
    branches_ignore: z
      .array(z.string().min(1))
      .min(1)
      .max(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "branches"))
      .optional()
      .describe("The target does not ship from pull requests into these base branches (GitHub's `branches-ignore`); not together with `branches`."),
    size: z
      .strictObject({
        changed_lines_over: z.int().min(0).optional().describe("More than this many changed lines in the target's own files."),
        changed_files_over: z.int().min(0).optional().describe("More than this many of the target's own files changed."),
        tier: tierName.describe("The target's tier for this pull request when its size conditions all hold."),
      })
      .refine((s) => s.changed_lines_over !== undefined || s.changed_files_over !== undefined, "must name changed_lines_over or changed_files_over")
      .optional()
      .describe("A higher tier for the target past a size of its own files (files a `set` rule lowered do not count)."),
  })
  .refine((t) => !(t.branches && t.branches_ignore), { message: "use either branches or branches_ignore, not both (as GitHub's branch filters)", path: ["branches_ignore"] })
  .describe("A deploy target: a service and the environment it ships to.");

export const sandboxSchema = z
  .strictObject({
    name,
    description,
    paths: globs.describe("Globs of the area juniors own."),
    exclude: optionalGlobs,
    max_changed_lines: z
      .int()
      .min(0)
      .optional()
      .describe("Above this many changed lines (additions + deletions) in this sandbox, it does not count as a sandbox."),
    approvals: approvalSchema.optional().describe("Replaces the lowest tier's approvals for sandboxed pull requests."),
  })
  .describe("An area juniors own: unmatched files here take the lowest tier.");

export const escalationScopeSchema = z
  .strictObject({
    targets: z
      .strictObject({
        environments: z
          .array(z.string().min(1).max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters")))
          .min(1)
          .max(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "environments"))
          .optional()
          .describe("Count only targets of these environments (exact names, case-insensitive)."),
        min_tier: tierName.optional().describe("Count only targets whose tier (after `size`) is at least this."),
        direct_only: z.boolean().optional().describe("Count only targets a changed file lies in, not those reached through a workspace dependency."),
      })
      .optional()
      .describe("Which deploy targets `targets_over` counts."),
    files: z
      .strictObject({
        min_tier: tierName.optional().describe("Count only files whose tier is at least this."),
        exclude_never_ship: z.boolean().optional().describe("Leave out files that match `never_ship`."),
      })
      .optional()
      .describe("Which files `changed_files_over` and `changed_lines_over` count."),
  })
  .describe("Limits what the conditions count; every limit must hold for a target or file to be counted.");

export const escalationSchema = z
  .strictObject({
    name: name.optional(),
    when: z
      .strictObject({
        targets_over: z.int().min(0).optional().describe("More than this many deploy targets touched."),
        changed_files_over: z.int().min(0).optional().describe("More than this many changed files."),
        changed_lines_over: z.int().min(0).optional().describe("More than this many changed lines (additions + deletions)."),
      })
      .refine((when) => Object.keys(when).length > 0, "must name at least one condition: targets_over, changed_files_over or changed_lines_over")
      .describe("Conditions; all of them must hold."),
    only: escalationScopeSchema.optional(),
    tier: tierName,
  })
  .describe("Raises the whole pull request to at least `tier` when its conditions hold.");

export const discoverSchema = z
  .strictObject({
    workflows: z
      .strictObject({
        environments: z
          .record(z.string().min(1), tierName)
          .default({})
          .describe("Tier per GitHub environment name (case-insensitive; `*` matches any characters), e.g. `production: critical`."),
        other_environments: tierName.optional().describe("Tier of an environment `environments` does not list. Default: `default_tier`."),
        unknown_environment: tierName
          .optional()
          .describe("Tier of an environment known only at run time (`${{ matrix.env }}`, `${{ inputs.env }}`). Default: the highest tier."),
        exclude: z
          .array(z.string().min(1))
          .default([])
          .describe("Workflow file names (in .github/workflows, `*` allowed) that are not deploy targets, e.g. `preview.yml`."),
        without_environment: z
          .strictObject({
            workflows: z
              .array(z.string().min(1))
              .min(1, "must list at least one workflow file name")
              .describe("Workflow file names (`*` allowed) that deploy on push though no job names a GitHub environment, e.g. `deploy-*.yml`."),
            environment: z
              .string()
              .min(1)
              .optional()
              .describe("Where they deploy, mapped through `environments`. Default: unknown (`unknown_environment`)."),
          })
          .optional()
          .describe("Deploy workflows without a GitHub environment (a `flyctl deploy` or `docker push` step): each is one target."),
      })
      .optional()
      .describe("Deploy targets from the workflows in .github/workflows that run on push and have a job with an environment."),
    workspaces: z.boolean().default(false).describe("Follow npm, yarn, pnpm and Go workspace dependencies: a target also covers the packages its packages depend on."),
  })
  .describe("Targets that come from the repository itself, read at the base commit.");

export const policySchema = z
  .strictObject({
    version: z.literal(1).describe("The policy format version. Always 1."),
    _extends: z
      .string()
      .regex(EXTENDS_PATTERN, 'must be "repo", "owner/repo" or "owner/repo:path/to/policy.yml" (a .yml or .yaml file), the forms the config loader follows')
      .optional()
      .describe("Inherit from another repository's policy (app and action only): `repo`, `owner/repo` or `owner/repo:path.yml`."),
    tiers: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, '.', '_' or '-'")
          .max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters")),
      )
      .min(2, "must list at least two tiers")
      .max(MAX_TIERS, atMost(MAX_TIERS, "tiers"))
      .default([...DEFAULT_TIERS])
      .describe("Tier names, lowest first."),
    default_tier: tierName.default("medium").describe("Tier of a changed file that no rule, target or sandbox covers."),
    rules: z.array(ruleSchema).max(MAX_RULES, atMost(MAX_RULES, "rules")).default([]),
    targets: z.array(targetSchema).max(MAX_TARGETS, atMost(MAX_TARGETS, "targets")).default([]),
    sandboxes: z.array(sandboxSchema).max(MAX_SANDBOXES, atMost(MAX_SANDBOXES, "sandboxes")).default([]),
    never_ship: z
      .array(glob)
      .max(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs"))
      .default([])
      .describe("Globs of files that ship nowhere (tests, docs, stories): they belong to no target, written or discovered. Rules still give them their tier."),
    discover: discoverSchema.optional(),
    escalate: z.array(escalationSchema).max(MAX_ESCALATIONS, atMost(MAX_ESCALATIONS, "escalations")).default([]),
    approvals: z
      .record(z.string(), approvalSchema)
      .default({})
      .describe("Approval requirement per tier; tiers not named need none."),
    labels: z
      .strictObject({
        prefix: z.string().min(1).max(40).default("risk:").describe("Risk labels are <prefix><tier>."),
        sandbox: z
          .union([z.string().min(1).max(50), z.literal(false)], { error: "must be a label name, or false to add no sandbox label" })
          .default("sandbox")
          .describe("Extra label on sandboxed pull requests; false turns it off."),
      })
      .default({ prefix: "risk:", sandbox: "sandbox" }),
    override: z
      .strictObject({
        label: z.string().min(1).max(50).describe("The break-glass label."),
        by: approvers.min(1).describe("Who may apply it: teams (@org/slug) or user logins."),
      })
      .optional()
      .describe("Break-glass: the label passes the check when someone listed in `by` applied it."),
    mode: z.enum(["enforce", "report"]).default("enforce").describe("enforce blocks; report labels and explains but never blocks."),
  })
  .describe("Blast Radius policy (.github/blast-radius.yml)");

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type ApprovalRule = z.output<typeof approvalSchema>;
export type DiscoverSettings = z.output<typeof discoverSchema>;

/** The JSON Schema editors use; generated, never hand-edited. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $id: "https://github.com/blast-radius/blast-radius/schema/blast-radius.schema.json",
    title: "Blast Radius policy",
    ...schema,
  };
}
