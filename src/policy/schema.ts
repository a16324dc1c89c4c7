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

import { DEFAULT_TIERS } from "./names.js";

export { DEFAULT_POLICY_PATH, DEFAULT_TIERS } from "./names.js";

const atMost = (n: number, what: string) => `at most ${formatCount(n)} ${what}`;
const nonEmptyString = () => z.string().check(z.minLength(1));
const name = z.describe(
  z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters"))),
  "A unique name, shown to people in the check run.",
);
const description = z.optional(z.string().check(z.maxLength(MAX_DESCRIPTION_LENGTH, atMost(MAX_DESCRIPTION_LENGTH, "characters"))));
const tierName = z.describe(nonEmptyString(), "A tier defined in `tiers`.");
const glob = z.describe(nonEmptyString(), "A path glob (gitignore style: dot files match, a pattern without a slash matches at any depth).");
const globs = z.array(glob).check(z.minLength(1, "must list at least one glob"), z.maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs")));
const optionalGlobs = z.optional(z.array(glob).check(z.maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs"))));
const approvers = z.array(nonEmptyString()).check(z.maxLength(MAX_APPROVERS, atMost(MAX_APPROVERS, "teams and users")));
/** A whole number, 0 or more. */
const count = () => z.int().check(z.gte(0));
/** A list of at least one branch pattern. */
const branchList = (description: string) =>
  z.describe(
    z.optional(z.array(nonEmptyString()).check(z.minLength(1), z.maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "branches")))),
    description,
  );

/**
 * What Probot's config loader (@probot/octokit-plugin-config) follows: `repo`, `owner/repo` or
 * `owner/repo:path.yml`. Its own pattern, spelt without the `i` flag so JSON Schema can carry it.
 */
export const EXTENDS_PATTERN = /^(?:[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}\/)?[-_.\w]+(?::[-_./\w]+\.[Yy][Aa]?[Mm][Ll])?$/;

export const approvalSchema = z.describe(
  z.strictObject({
    count: z.describe(count(), "How many distinct approvals are needed."),
    from: z.describe(
      z.optional(approvers.check(z.minLength(1, "must list at least one team (@org/slug) or user login"))),
      "Who may approve: team slugs as @org/slug, or user logins. Anyone with write access when omitted.",
    ),
    code_owners: z.describe(
      z.optional(z.boolean()),
      "Also require, for the files at this tier or above, an approval from an owner of each distinct CODEOWNERS owner group (read from the base branch), on top of `count` and `from`.",
    ),
  }),
  "An approval requirement.",
);

export const ruleSchema = z.describe(
  z.strictObject({
    name,
    description,
    paths: z.describe(globs, "Globs of the paths this rule covers."),
    exclude: z.describe(optionalGlobs, "Globs removed from `paths`."),
    tier: tierName,
    precedence: z.describe(
      z._default(z.enum(["raise", "set"]), "raise"),
      "raise: matching files are at least `tier`. set: matching files are exactly `tier`, even inside a higher target or rule (the highest `set` rule wins); the policy file and .github/workflows/ are never lowered.",
    ),
  }),
  "A path rule: files matching it are at least this tier (or exactly, with `precedence: set`).",
);

export const targetSchema = z.describe(
  z
    .strictObject({
      name,
      description,
      paths: z.describe(globs, "Globs of the paths that ship to this target."),
      exclude: optionalGlobs,
      environment: z.describe(
        z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters"))),
        "Where the target ships (free text, shown to people).",
      ),
      tier: tierName,
      branches: branchList(
        "The target ships only from pull requests into these base branches, with GitHub's `on.push.branches` patterns: `*`, `**`, and `!` to exclude; the last matching pattern decides.",
      ),
      branches_ignore: branchList("The target does not ship from pull requests into these base branches (GitHub's `branches-ignore`); not together with `branches`."),
      size: z.describe(
        z.optional(
          z
            .strictObject({
              changed_lines_over: z.describe(z.optional(count()), "More than this many changed lines in the target's own files."),
              changed_files_over: z.describe(z.optional(count()), "More than this many of the target's own files changed."),
              tier: z.describe(tierName, "The target's tier for this pull request when its size conditions all hold."),
            })
            .check(z.refine((s) => s.changed_lines_over !== undefined || s.changed_files_over !== undefined, "must name changed_lines_over or changed_files_over")),
        ),
        "A higher tier for the target past a size of its own files (files a `set` rule lowered do not count).",
      ),
    })
    .check(z.refine((t) => !(t.branches && t.branches_ignore), { message: "use either branches or branches_ignore, not both (as GitHub's branch filters)", path: ["branches_ignore"] })),
  "A deploy target: a service and the environment it ships to.",
);

export const sandboxSchema = z.describe(
  z.strictObject({
    name,
    description,
    paths: z.describe(globs, "Globs of the area juniors own."),
    exclude: optionalGlobs,
    max_changed_lines: z.describe(z.optional(count()), "Above this many changed lines (additions + deletions) in this sandbox, it does not count as a sandbox."),
    approvals: z.describe(z.optional(approvalSchema), "Replaces the lowest tier's approvals for sandboxed pull requests."),
  }),
  "An area juniors own: unmatched files here take the lowest tier.",
);

export const escalationScopeSchema = z.describe(
  z.strictObject({
    targets: z.describe(
      z.optional(
        z.strictObject({
          environments: z.describe(
            z.optional(
              z
                .array(z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters"))))
                .check(z.minLength(1), z.maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "environments"))),
            ),
            "Count only targets of these environments (exact names, case-insensitive).",
          ),
          min_tier: z.describe(z.optional(tierName), "Count only targets whose tier (after `size`) is at least this."),
          direct_only: z.describe(z.optional(z.boolean()), "Count only targets a changed file lies in, not those reached through a workspace dependency."),
        }),
      ),
      "Which deploy targets `targets_over` counts.",
    ),
    files: z.describe(
      z.optional(
        z.strictObject({
          min_tier: z.describe(z.optional(tierName), "Count only files whose tier is at least this."),
          exclude_never_ship: z.describe(z.optional(z.boolean()), "Leave out files that match `never_ship`."),
        }),
      ),
      "Which files `changed_files_over` and `changed_lines_over` count.",
    ),
  }),
  "Limits what the conditions count; every limit must hold for a target or file to be counted.",
);

export const escalationSchema = z.describe(
  z.strictObject({
    name: z.optional(name),
    when: z.describe(
      z
        .strictObject({
          targets_over: z.describe(z.optional(count()), "More than this many deploy targets touched."),
          changed_files_over: z.describe(z.optional(count()), "More than this many changed files."),
          changed_lines_over: z.describe(z.optional(count()), "More than this many changed lines (additions + deletions)."),
        })
        .check(z.refine((when) => Object.keys(when).length > 0, "must name at least one condition: targets_over, changed_files_over or changed_lines_over")),
      "Conditions; all of them must hold.",
    ),
    only: z.optional(escalationScopeSchema),
    tier: tierName,
  }),
  "Raises the whole pull request to at least `tier` when its conditions hold.",
);

export const discoverSchema = z.describe(
  z.strictObject({
    workflows: z.describe(
      z.optional(
        z.strictObject({
          environments: z.describe(
            z._default(z.record(nonEmptyString(), tierName), {}),
            "Tier per GitHub environment name (case-insensitive; `*` matches any characters), e.g. `production: critical`.",
          ),
          other_environments: z.describe(z.optional(tierName), "Tier of an environment `environments` does not list. Default: `default_tier`."),
          unknown_environment: z.describe(
            z.optional(tierName),
            "Tier of an environment known only at run time (`${{ matrix.env }}`, `${{ inputs.env }}`). Default: the highest tier.",
          ),
          exclude: z.describe(
            z._default(z.array(nonEmptyString()), []),
            "Workflow file names (in .github/workflows, `*` allowed) that are not deploy targets, e.g. `preview.yml`.",
          ),
          without_environment: z.describe(
            z.optional(
              z.strictObject({
                workflows: z.describe(
                  z.array(nonEmptyString()).check(z.minLength(1, "must list at least one workflow file name")),
                  "Workflow file names (`*` allowed) that deploy on push though no job names a GitHub environment, e.g. `deploy-*.yml`.",
                ),
                environment: z.describe(
                  z.optional(nonEmptyString()),
                  "Where they deploy, mapped through `environments`. Default: unknown (`unknown_environment`).",
                ),
              }),
            ),
            "Deploy workflows without a GitHub environment (a `flyctl deploy` or `docker push` step): each is one target.",
          ),
        }),
      ),
      "Deploy targets from the workflows in .github/workflows that run on push and have a job with an environment.",
    ),
    workspaces: z.describe(
      z._default(z.boolean(), false),
      "Follow npm, yarn, pnpm and Go workspace dependencies: a target also covers the packages its packages depend on.",
    ),
  }),
  "Targets that come from the repository itself, read at the base commit.",
);

export const policySchema = z.describe(
  z.strictObject({
    version: z.describe(z.literal(1), "The policy format version. Always 1."),
    _extends: z.describe(
      z.optional(
        z
          .string()
          .check(z.regex(EXTENDS_PATTERN, 'must be "repo", "owner/repo" or "owner/repo:path/to/policy.yml" (a .yml or .yaml file), the forms the config loader follows')),
      ),
      "Inherit from another repository's policy (app and action only): `repo`, `owner/repo` or `owner/repo:path.yml`.",
    ),
    tiers: z.describe(
      z._default(
        z
          .array(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, '.', '_' or '-'"), z.maxLength(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, "characters"))))
          .check(z.minLength(2, "must list at least two tiers"), z.maxLength(MAX_TIERS, atMost(MAX_TIERS, "tiers"))),
        [...DEFAULT_TIERS],
      ),
      "Tier names, lowest first.",
    ),
    default_tier: z.describe(z._default(tierName, "medium"), "Tier of a changed file that no rule, target or sandbox covers."),
    rules: z._default(z.array(ruleSchema).check(z.maxLength(MAX_RULES, atMost(MAX_RULES, "rules"))), []),
    targets: z._default(z.array(targetSchema).check(z.maxLength(MAX_TARGETS, atMost(MAX_TARGETS, "targets"))), []),
    sandboxes: z._default(z.array(sandboxSchema).check(z.maxLength(MAX_SANDBOXES, atMost(MAX_SANDBOXES, "sandboxes"))), []),
    never_ship: z.describe(
      z._default(z.array(glob).check(z.maxLength(MAX_GLOBS_PER_LIST, atMost(MAX_GLOBS_PER_LIST, "globs"))), []),
      "Globs of files that ship nowhere (tests, docs, stories): they belong to no target, written or discovered. Rules still give them their tier.",
    ),
    discover: z.optional(discoverSchema),
    escalate: z._default(z.array(escalationSchema).check(z.maxLength(MAX_ESCALATIONS, atMost(MAX_ESCALATIONS, "escalations"))), []),
    approvals: z.describe(z._default(z.record(z.string(), approvalSchema), {}), "Approval requirement per tier; tiers not named need none."),
    labels: z._default(
      z.strictObject({
        prefix: z.describe(z._default(z.string().check(z.minLength(1), z.maxLength(40)), "risk:"), "Risk labels are <prefix><tier>."),
        sandbox: z.describe(
          z._default(z.union([z.string().check(z.minLength(1), z.maxLength(50)), z.literal(false)], { error: "must be a label name, or false to add no sandbox label" }), "sandbox"),
          "Extra label on sandboxed pull requests; false turns it off.",
        ),
      }),
      { prefix: "risk:", sandbox: "sandbox" },
    ),
    override: z.describe(
      z.optional(
        z.strictObject({
          label: z.describe(z.string().check(z.minLength(1), z.maxLength(50)), "The break-glass label."),
          by: z.describe(approvers.check(z.minLength(1)), "Who may apply it: teams (@org/slug) or user logins."),
        }),
      ),
      "Break-glass: the label passes the check when someone listed in `by` applied it.",
    ),
    mode: z.describe(z._default(z.enum(["enforce", "report"]), "enforce"), "enforce blocks; report labels and explains but never blocks."),
  }),
  "Blast Radius policy (.github/blast-radius.yml)",
);

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
