/** Issue 10's keys as an admin writes them: one policy and CODEOWNERS for the app and Action end-to-end tests. */
export const RISK_POLICY = `version: 1
rules:
  - name: docs
    paths: ["docs/**", "*.md"]
    tier: low
  - name: image-tags
    paths: ["services/*/deploy/image-tag.yaml"]
    tier: medium
    precedence: set
targets:
  - name: payments
    paths: ["services/payments/**"]
    environment: production
    tier: high
    size: { changed_lines_over: 400, tier: critical }
    branches: ["**", "!freeze/**"]
  - name: web
    paths: ["services/web/**"]
    environment: production
    tier: high
    branches_ignore: ["experiments/**"]
  - name: image
    paths: ["services/*/Dockerfile"]
    environment: registry
    tier: medium
escalate:
  - name: several production targets
    when: { targets_over: 1 }
    only: { targets: { environments: [production] } }
    tier: critical
  - name: large code change
    when: { changed_lines_over: 1000 }
    only: { files: { min_tier: medium } }
    tier: high
approvals:
  medium: { count: 1 }
  high: { count: 1, from: ["@acme/seniors"], code_owners: true }
  critical: { count: 1, from: ["@acme/seniors"], code_owners: true }
`;

export const RISK_CODEOWNERS = `# base branch owners
*                    @acme/platform
/services/payments/  @acme/payments
/services/web/       @carol
`;
