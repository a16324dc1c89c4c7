/**
 * Branch rules for the loopback GitHub stand-in: repository rulesets (and organisation rulesets a
 * repository inherits), classic branch protection as GET /repos/{owner}/{repo}/branches/{branch}
 * reports it, the effective rules of a branch, and an organisation's app installations.
 *
 * Shapes follow GitHub's REST reference (repos/rules, repos/branches, orgs/installations, API
 * version 2022-11-28). Each endpoint is registered with the permission GitHub accepts for it
 * (`x-accepted-github-permissions`); a token given to `grant()` is held to exactly those
 * permissions here, with GitHub's 403 body and header, so a test can model a token that may read
 * rules but not write them.
 */
import { minimatch } from "minimatch";
import type { Ctx, FakeGitHub, Reply } from "./fake-github.js";

const DOCS = "https://docs.github.com/rest/repos/rules";

export interface FakeStatusCheck {
  context: string;
  integration_id?: number;
}

export interface FakeRule {
  type: string;
  parameters?: Record<string, unknown>;
}

export interface FakeRuleset {
  id: number;
  name: string;
  target: "branch" | "tag" | "push";
  source_type: "Repository" | "Organization";
  source: string;
  enforcement: "active" | "evaluate" | "disabled";
  bypass_actors: unknown[];
  conditions: { ref_name?: { include?: string[]; exclude?: string[] } } | null;
  rules: FakeRule[];
  created_at: string;
  updated_at: string;
}

export interface FakeInstallation {
  appId: number;
  slug: string;
  permissions: Record<string, "read" | "write">;
}

type Access = "read" | "write";

const RULE_TYPES = new Set([
  "creation", "update", "deletion", "required_linear_history", "merge_queue", "required_deployments", "required_signatures",
  "pull_request", "required_status_checks", "non_fast_forward", "commit_message_pattern", "commit_author_email_pattern",
  "committer_email_pattern", "branch_name_pattern", "tag_name_pattern", "workflows", "code_scanning", "copilot_code_review",
]);

const validation = (message: string): Reply => [422, { message: "Validation Failed", errors: [message], documentation_url: DOCS, status: "422" }];

export class FakeRules {
  private nextId = 4000;
  private readonly stored: FakeRuleset[] = [];
  private readonly branches: Set<string>;
  private readonly classic = new Map<string, Array<{ context: string; app_id: number | null }>>();
  private readonly installations: FakeInstallation[] = [];
  private readonly grants = new Map<string, Record<string, Access>>();

  constructor(private readonly fake: FakeGitHub, options: { branches?: string[] } = {}) {
    this.branches = new Set(options.branches ?? ["main"]);
    const r = "/repos/:owner/:repo";
    const add = (method: string, template: string, requires: string, handler: (c: Ctx) => Reply) =>
      fake.route(method, template, (c) => this.guard(c, requires) ?? handler(c), requires);
    add("GET", `${r}/rulesets`, "metadata=read", (c) => this.listRulesets(c));
    add("POST", `${r}/rulesets`, "administration=write", (c) => this.createRuleset(c));
    add("GET", `${r}/rulesets/:id`, "metadata=read", (c) => this.getRuleset(c));
    add("PUT", `${r}/rulesets/:id`, "administration=write", (c) => this.updateRuleset(c));
    add("GET", `${r}/rules/branches/:branch+`, "metadata=read", (c) => this.rulesForBranch(c));
    add("GET", `${r}/branches/:branch+`, "contents=read", (c) => this.getBranch(c));
    add("GET", "/orgs/:org/installations", "organization_administration=read", (c) => this.listInstallations(c));
  }

  // ---------------------------------------------------------------- state setup

  addBranch(name: string): void {
    this.branches.add(name);
  }

  /** A ruleset requiring `checks` on the `include` refs (e.g. "refs/heads/main", "~DEFAULT_BRANCH"). */
  addRuleset(options: {
    name: string;
    include: string[];
    checks?: FakeStatusCheck[];
    rules?: FakeRule[];
    enforcement?: FakeRuleset["enforcement"];
    /** an organisation ruleset the repository inherits */
    organization?: boolean;
  }): number {
    const rules = options.rules ?? [];
    if (options.checks) {
      rules.push({ type: "required_status_checks", parameters: { strict_required_status_checks_policy: false, do_not_enforce_on_create: false, required_status_checks: options.checks } });
    }
    const now = new Date(Date.UTC(2024, 0, 1)).toISOString();
    const ruleset: FakeRuleset = {
      id: ++this.nextId, name: options.name, target: "branch",
      source_type: options.organization ? "Organization" : "Repository",
      source: options.organization ? this.fake.owner : `${this.fake.owner}/${this.fake.repo}`,
      enforcement: options.enforcement ?? "active", bypass_actors: [],
      conditions: { ref_name: { include: options.include, exclude: [] } }, rules, created_at: now, updated_at: now,
    };
    this.stored.push(ruleset);
    return ruleset.id;
  }

  /** Classic branch protection requiring these checks (`app_id` null: any source). */
  setClassicProtection(branch: string, checks: Array<{ context: string; app_id: number | null }>): void {
    this.branches.add(branch);
    this.classic.set(branch, checks);
  }

  installApp(installation: FakeInstallation): void {
    this.installations.push(installation);
  }

  /** Holds requests with `Authorization: token <token>` to exactly these permissions on the rules endpoints. */
  grant(token: string, permissions: Record<string, Access>): void {
    this.grants.set(token, permissions);
    this.fake.addToken(token, { permissions: { metadata: "read", ...permissions } });
  }

  rulesets(): FakeRuleset[] {
    return structuredClone(this.stored);
  }

  // ---------------------------------------------------------------- permissions

  private guard(c: Ctx, requires: string): Reply | undefined {
    c.res.setHeader("x-accepted-github-permissions", requires);
    const token = /^(?:token|bearer)\s+(\S+)/i.exec(String(c.req.headers.authorization ?? ""))?.[1];
    const granted = token === undefined ? undefined : this.grants.get(token);
    if (!granted) return undefined;
    const allowed = requires.split(/;\s*/).some((alternative) =>
      alternative.split(",").every((need) => {
        const [name, level] = need.trim().split("=");
        return granted[name] === "write" || granted[name] === level;
      }),
    );
    if (allowed) return undefined;
    const kind = token!.startsWith("ghs_") ? "integration" : "personal access token";
    return [403, { message: `Resource not accessible by ${kind}`, documentation_url: DOCS, status: "403" }];
  }

  // ---------------------------------------------------------------- handlers

  private ours(c: Ctx): boolean {
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    return same(c.params.owner, this.fake.owner) && same(c.params.repo, this.fake.repo);
  }

  private visible(c: Ctx): FakeRuleset[] {
    const parents = c.query.includes_parents !== "false";
    return this.stored.filter((r) => parents || r.source_type === "Repository");
  }

  private summary(r: FakeRuleset) {
    const { rules: _rules, conditions: _conditions, bypass_actors: _bypass, ...rest } = r;
    return { ...rest, node_id: `RRS_${r.id}`, _links: this.links(r) };
  }

  private full(r: FakeRuleset) {
    return { ...structuredClone(r), node_id: `RRS_${r.id}`, current_user_can_bypass: "never", _links: this.links(r) };
  }

  private links(r: FakeRuleset) {
    const repo = `${this.fake.owner}/${this.fake.repo}`;
    return {
      self: { href: `https://api.github.com/repos/${repo}/rulesets/${r.id}` },
      html: { href: `https://github.com/${repo}/rules/${r.id}` },
    };
  }

  private listRulesets(c: Ctx): Reply {
    if (!this.ours(c)) return [404, { message: "Not Found", documentation_url: DOCS, status: "404" }];
    const perPage = Math.min(Number(c.query.per_page) || 30, 100);
    const page = Math.max(Number(c.query.page) || 1, 1);
    return [200, this.visible(c).slice((page - 1) * perPage, page * perPage).map((r) => this.summary(r))];
  }

  private getRuleset(c: Ctx): Reply {
    const ruleset = this.ours(c) ? this.visible(c).find((r) => r.id === Number(c.params.id)) : undefined;
    return ruleset ? [200, this.full(ruleset)] : [404, { message: "Not Found", documentation_url: DOCS, status: "404" }];
  }

  private createRuleset(c: Ctx): Reply {
    if (!this.ours(c)) return [404, { message: "Not Found", documentation_url: DOCS, status: "404" }];
    const body = (c.body ?? {}) as Partial<FakeRuleset>;
    if (typeof body.name !== "string" || body.name === "") return validation("Invalid property /name: data cannot be blank.");
    if (body.enforcement === undefined) return validation("Invalid request.\n\n\"enforcement\" wasn't supplied.");
    const problem = this.validate(body);
    if (problem) return problem;
    if (this.stored.some((r) => r.source_type === "Repository" && r.name === body.name)) return validation("Name must be unique");
    const now = new Date().toISOString();
    const ruleset: FakeRuleset = {
      id: ++this.nextId, name: body.name, target: body.target ?? "branch", source_type: "Repository",
      source: `${this.fake.owner}/${this.fake.repo}`, enforcement: body.enforcement, bypass_actors: body.bypass_actors ?? [],
      conditions: body.conditions ?? null, rules: body.rules ?? [], created_at: now, updated_at: now,
    };
    this.stored.push(ruleset);
    return [201, this.full(ruleset)];
  }

  private updateRuleset(c: Ctx): Reply {
    const ruleset = this.ours(c) ? this.stored.find((r) => r.id === Number(c.params.id) && r.source_type === "Repository") : undefined;
    if (!ruleset) return [404, { message: "Not Found", documentation_url: DOCS, status: "404" }];
    const body = (c.body ?? {}) as Partial<FakeRuleset>;
    const problem = this.validate(body);
    if (problem) return problem;
    if (body.name !== undefined && this.stored.some((r) => r !== ruleset && r.source_type === "Repository" && r.name === body.name)) {
      return validation("Name must be unique");
    }
    // Fields left out of a PUT keep their values, as on GitHub.
    for (const key of ["name", "target", "enforcement", "bypass_actors", "conditions", "rules"] as const) {
      if (body[key] !== undefined) (ruleset as unknown as Record<string, unknown>)[key] = structuredClone(body[key]);
    }
    ruleset.updated_at = new Date().toISOString();
    return [200, this.full(ruleset)];
  }

  /** The checks GitHub's schema makes on a ruleset body (the ones our requests could get wrong). */
  private validate(body: Partial<FakeRuleset>): Reply | undefined {
    if (body.enforcement !== undefined && !["active", "evaluate", "disabled"].includes(body.enforcement)) {
      return validation(`Invalid property /enforcement: \`${body.enforcement}\` is not a possible value.`);
    }
    if (body.target !== undefined && !["branch", "tag", "push"].includes(body.target)) return validation(`Invalid property /target: \`${body.target}\` is not a possible value.`);
    const refName = body.conditions?.ref_name;
    if (body.conditions !== undefined && body.conditions !== null && (!refName || !Array.isArray(refName.include) || !Array.isArray(refName.exclude ?? []))) {
      return validation("Invalid property /conditions: ref_name.include must be an array of ref names or patterns.");
    }
    for (const [i, rule] of (body.rules ?? []).entries()) {
      if (!RULE_TYPES.has(rule?.type)) return validation(`Invalid property /rules/${i}/type: \`${rule?.type}\` is not a possible value.`);
      if (rule.type !== "required_status_checks") continue;
      const p = rule.parameters as { required_status_checks?: unknown; strict_required_status_checks_policy?: unknown } | undefined;
      if (typeof p?.strict_required_status_checks_policy !== "boolean") {
        return validation(`Invalid property /rules/${i}: data must have required property 'strict_required_status_checks_policy'.`);
      }
      const checks = p.required_status_checks;
      if (!Array.isArray(checks) || checks.some((k) => typeof (k as FakeStatusCheck)?.context !== "string" || ((k as FakeStatusCheck).integration_id !== undefined && !Number.isInteger((k as FakeStatusCheck).integration_id)))) {
        return validation(`Invalid property /rules/${i}/parameters/required_status_checks: each check needs a string \`context\` and an optional integer \`integration_id\`.`);
      }
    }
    return undefined;
  }

  /** Active rules of every ruleset (repository and organisation) whose conditions take the branch. */
  private rulesForBranch(c: Ctx): Reply {
    if (!this.ours(c)) return [404, { message: "Not Found", documentation_url: DOCS, status: "404" }];
    const ref = `refs/heads/${c.params.branch}`;
    const matches = (pattern: string) =>
      pattern === "~ALL" || (pattern === "~DEFAULT_BRANCH" ? ref === "refs/heads/main" : minimatch(ref, pattern, { dot: true }));
    const rules = this.stored
      .filter((r) => r.enforcement === "active" && r.target === "branch")
      .filter((r) => (r.conditions?.ref_name?.include ?? []).some(matches) && !(r.conditions?.ref_name?.exclude ?? []).some(matches))
      .flatMap((r) => r.rules.map((rule) => ({ ...structuredClone(rule), ruleset_source_type: r.source_type, ruleset_source: r.source, ruleset_id: r.id })));
    return [200, rules];
  }

  private getBranch(c: Ctx): Reply {
    const name = c.params.branch;
    if (!this.ours(c) || !this.branches.has(name)) return [404, { message: "Branch not found", documentation_url: "https://docs.github.com/rest/branches/branches#get-a-branch", status: "404" }];
    const repo = `${this.fake.owner}/${this.fake.repo}`;
    const checks = this.classic.get(name);
    return [200, {
      name, commit: { sha: "0".repeat(40), url: `https://api.github.com/repos/${repo}/commits/${"0".repeat(40)}` },
      _links: { self: `https://api.github.com/repos/${repo}/branches/${name}`, html: `https://github.com/${repo}/tree/${name}` },
      protected: checks !== undefined,
      protection: checks
        ? { enabled: true, required_status_checks: { enforcement_level: "non_admins", contexts: checks.map((k) => k.context), checks } }
        : { enabled: false, required_status_checks: { enforcement_level: "off", contexts: [], checks: [] } },
      protection_url: `https://api.github.com/repos/${repo}/branches/${name}/protection`,
    }];
  }

  private listInstallations(c: Ctx): Reply {
    if (c.params.org.toLowerCase() !== this.fake.owner.toLowerCase()) return [404, { message: "Not Found", documentation_url: DOCS, status: "404" }];
    const installations = this.installations.map((i, n) => ({
      id: 100 + n, app_id: i.appId, app_slug: i.slug, target_type: "Organization", repository_selection: "all",
      account: { login: this.fake.owner, type: "Organization" }, permissions: { metadata: "read", ...i.permissions }, events: [],
    }));
    return [200, { total_count: installations.length, installations }];
  }
}

/** Adds the rules endpoints to `fake`; the returned object sets up and inspects their state. */
export function addRulesEndpoints(fake: FakeGitHub, options: { branches?: string[] } = {}): FakeRules {
  return new FakeRules(fake, options);
}
