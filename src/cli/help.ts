/** Help texts. Kept beside each other so the commands read alike. */
import { DEFAULT_POLICY_PATH } from "../policy/names.js";

export const TOP_HELP = `blast-radius: label pull requests by risk from ${DEFAULT_POLICY_PATH}

Usage:
  blast-radius evaluate [options]   Decide a change's risk tier, labels, targets and approvals
  blast-radius validate [PATH]      Check a policy file (default ${DEFAULT_POLICY_PATH})
  blast-radius schema               Print the policy's JSON Schema
  blast-radius doctor --repo O/R    Check on GitHub that the guardrail is enforced, with fixes
  blast-radius protect --repo O/R --branch B
                                    Create or update the ruleset that requires the check
  blast-radius init                 Write a starter policy for this repository
  blast-radius explain PATH...      Show every rule and target that applies to a path, and its tier
  blast-radius targets              List the deploy targets, written and discovered
  blast-radius help [COMMAND]       Show help for a command

Options:
  -h, --help       Show help
  -v, --version    Print the version

Exit codes: 0 success, 1 the tier reached --fail-on (doctor: not enforced),
2 error (bad usage, input or policy; GitHub errors).
Run "blast-radius COMMAND --help" for a command's options.
`;

export const EVALUATE_HELP = `Usage: blast-radius evaluate [options]

Decides a change's risk tier, labels, deploy targets and approval requirement from the policy.

Changed files (one of):
  --files FILE        One path per line (git diff --name-only), git diff --name-status
                      lines (renames count at both paths), or the JSON array GitHub's
                      "list pull request files" API returns (filename, status, additions,
                      deletions, previous_filename). "-" reads standard input.
  --base REF          The files changed between REF and HEAD in this git repository
                      (git diff REF...HEAD, like a pull request; renames detected)

Options:
  --config PATH       The policy (default ${DEFAULT_POLICY_PATH}, at the top of the
                      repository with --base; when that file does not exist, the built-in
                      default policy applies and the output says so)
  --base-branch NAME  The pull request's base branch, for targets with \`branches\`
                      (unknown: every target counts)
  --changed-files N   How many files the pull request really changes, when the list is
                      truncated (GitHub lists at most 3000): the change takes the highest tier
  --format FORMAT     text (default), json or markdown (the check run's summary)
  --fail-on TIER      Exit 1 when the tier is TIER or higher
  -h, --help          Show this help

Examples:
  blast-radius evaluate --base origin/main --base-branch main
  blast-radius evaluate --files pr-files.json --format json --fail-on critical
  gh api --paginate repos/OWNER/REPO/pulls/123/files | blast-radius evaluate --files -
  git diff --name-status -M origin/main... | blast-radius evaluate --files -

Exit codes: 0 decided (whatever the tier), 1 the tier reached --fail-on, 2 error.

Environment:
  BLAST_RADIUS_CACHE=off    Parse and validate the policy on every run (by default a valid
                            policy is kept in ~/.cache/blast-radius, or $XDG_CACHE_HOME, and a
                            run of the same text by the same CLI build skips both)
  BLAST_RADIUS_CACHE_DIR    Where that cache is kept instead
  BLAST_RADIUS_TIMINGS=1    Print what each phase of the run cost, on stderr
`;

export const VALIDATE_HELP = `Usage: blast-radius validate [PATH]

Checks a policy file (default ${DEFAULT_POLICY_PATH}) and prints every problem as
PATH:LINE:COL: message.

Options:
  -h, --help   Show this help

Exit codes: 0 valid, 2 invalid or unreadable.
`;

export const SCHEMA_HELP = `Usage: blast-radius schema

Prints the JSON Schema of the policy file. Point your editor at it with a first line like
  # yaml-language-server: $schema=https://raw.githubusercontent.com/blast-radius/blast-radius/main/schema/blast-radius.schema.json

Options:
  -h, --help   Show this help
`;

const GITHUB_ENV = `GitHub access:
  GITHUB_TOKEN        The token (else \`gh auth token\`, when the GitHub CLI is installed)
  GITHUB_API_URL      The API base (default https://api.github.com; GitHub Enterprise
                      Server: https://HOST/api/v3)`;

export const DOCTOR_HELP = `Usage: blast-radius doctor --repo OWNER/REPO [--branch NAME] [options]

Reads what is configured on GitHub and says whether the guardrail holds, with a fix for each
problem:
  - the policy on the branch is valid, every _extends base can be read, and it is in enforce mode
  - the token can read what doctor needs (a 403 names the permission GitHub asks for); the
    Blast Radius app (the required check's source, or --app-id) has the permissions it needs
  - the risk labels exist with their colours
  - a ruleset (repository or organisation) or classic branch protection requires the check
    "blast-radius: <branch>", and from which app

Options:
  --repo OWNER/REPO   The repository (required)
  --branch NAME       The protected branch (default: the repository's default branch)
  --policy-path PATH  Where the policy lives (default ${DEFAULT_POLICY_PATH})
  --app-id N          The Blast Radius app's id: check its permissions, and that the check is
                      required from it
  --format FORMAT     text (default) or json
  -h, --help          Show this help

${GITHUB_ENV}

Exit codes: 0 enforced, 1 not enforced (a FAIL above), 2 error or not verifiable (bad flags,
no token, GitHub errors, a read the token was refused).
`;

export const PROTECT_HELP = `Usage: blast-radius protect --repo OWNER/REPO --branch NAME [--app-id N] [--dry-run]

Creates, or updates when it differs, the repository ruleset "Blast Radius: NAME" that requires
the status check "blast-radius: NAME" on that branch, and prints the ruleset JSON it sends.
Running it again changes nothing. Needs a repository admin's token (administration: write).

Options:
  --repo OWNER/REPO   The repository (required)
  --branch NAME       The branch to protect (required; one branch, the check is named per branch)
  --app-id N          Accept the check only from this GitHub App (the Blast Radius app's id), so
                      no other app or workflow can satisfy it. Without it, any source can.
  --dry-run           Print what would be sent; send nothing
  -h, --help          Show this help

${GITHUB_ENV}

Exit codes: 0 done (or nothing to do), 2 error.
`;

const DISCOVERY_OPTIONS = `  --config PATH       The policy (default ${DEFAULT_POLICY_PATH} at the top of the repository)
  --base REF          Read the workflows at REF (what the app and Action do: the base commit),
                      not in the working tree`;

export const EXPLAIN_HELP = `Usage: blast-radius explain [options] PATH...

For each path (relative to the repository root): every rule, target (written in the policy, or
discovered in a workflow, with the file and line), dependency route, exclusion and never_ship glob
that applies, and the tier the change of that file takes.

Options:
${DISCOVERY_OPTIONS}
  --base-branch NAME  The pull request's base branch, for targets with branch filters
  --format FORMAT     text (default) or json
  -h, --help          Show this help

Example:
  blast-radius explain services/api/main.go docs/intro.md --base origin/main --base-branch main
`;

export const TARGETS_HELP = `Usage: blast-radius targets [options]

Lists the deploy targets as the engine will see them: the policy's own, the ones discovered in
.github/workflows (discover.workflows) with their filters, environments, tiers and the line they
come from, and why each other workflow is not a target.

Options:
${DISCOVERY_OPTIONS}
  --format FORMAT     text (default) or json
  -h, --help          Show this help
`;

export const INIT_HELP = `Usage: blast-radius init [options]

Writes a starter ${DEFAULT_POLICY_PATH} for the repository it runs in, with comments: the deploy
targets its workflows declare (discover.workflows) and their environments, never_ship globs for
the test and documentation layout it finds, CODEOWNERS teams as suggested approvers, and a sandbox
when a sandbox/, playground/ or examples/ area exists. It validates what it writes.

Options:
  --output PATH   Where to write (default ${DEFAULT_POLICY_PATH}); - prints it instead
  --force         Overwrite an existing file
  -h, --help      Show this help

Exit codes: 0 written, 2 error (the file exists without --force, or the result is invalid).
`;
