/** Policies the app tests run against, as repo admins would write them. */
export const POLICY = `version: 1
default_tier: medium
rules:
  - name: docs
    paths: ["docs/**", "*.md"]
    tier: low
targets:
  - name: payments-api
    paths: ["services/payments/**"]
    environment: production
    tier: high
    branches: ["main"]
sandboxes:
  - name: playground
    paths: ["sandbox/**"]
    max_changed_lines: 300
escalate:
  - when: { targets_over: 2 }
    tier: critical
approvals:
  medium: { count: 1 }
  high: { count: 1, from: ["@acme/seniors"] }
  critical: { count: 2, from: ["@acme/seniors", "cto-login"] }
override:
  label: "blast-radius:override"
  by: ["@acme/sre-leads"]
`;

export const REPORT_POLICY = POLICY.replace("version: 1", "version: 1\nmode: report");

/** The tier name is misspelled on line 6, column 11. */
export const BROKEN_POLICY = `version: 1
rules:
  - name: docs
    paths: ["docs/**"]
    tier: low
  - name: api
    paths: ["api/**"]
    tier: hgh
`;
