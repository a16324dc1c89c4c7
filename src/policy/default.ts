/**
 * The built-in policy used when a repository has no `.github/blast-radius.yml`. It is in
 * report mode: it labels and explains, but never blocks a merge nobody asked it to block.
 * Kept as YAML so it goes through the same loader as every user's policy (and docs quote it).
 */
import { loadPolicy, PolicyError } from "./load.js";
import { DEFAULT_POLICY_NAME } from "./names.js";
import type { Policy } from "./schema.js";

export { DEFAULT_POLICY_NAME } from "./names.js";

export const DEFAULT_POLICY_YAML = `# Blast Radius built-in default policy (report mode: labels and explains, never blocks)
version: 1
tiers: [low, medium, high, critical]
default_tier: medium
rules:
  - name: docs
    paths: ["docs/**", "*.md", "*.txt", "LICENSE*"]
    tier: low
  - name: tests
    paths: ["test/**", "tests/**", "__tests__/**", "spec/**", "*.test.*", "*.spec.*", "*_test.go", "test_*.py"]
    tier: low
  - name: ci-and-repository-settings
    paths: [".github/**", ".gitlab-ci.yml", "CODEOWNERS"]
    tier: high
  - name: infrastructure
    paths: ["infra/**", "terraform/**", "*.tf", "k8s/**", "helm/**", "Dockerfile", "docker-compose*.yml"]
    tier: high
  - name: database-migrations
    paths: ["migrations/**", "*.sql"]
    tier: high
escalate:
  - when: { changed_files_over: 100 }
    tier: high
  - when: { changed_lines_over: 5000 }
    tier: high
approvals:
  high: { count: 1 }
  critical: { count: 2 }
mode: report
`;

let cached: Policy | undefined;

export function defaultPolicy(): Policy {
  if (!cached) {
    const result = loadPolicy([{ path: DEFAULT_POLICY_NAME, text: DEFAULT_POLICY_YAML }]);
    if (!result.ok) throw new PolicyError(result.problems);
    cached = result.policy;
  }
  return cached;
}
