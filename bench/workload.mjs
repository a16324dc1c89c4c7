// The benchmark's input, generated deterministically (same seed, same bytes): a large monorepo
// policy of 1,000 path rules (plus deploy targets and sandboxes) and a 3,000-file pull request.
// Shared by run.mjs (in-process timing) and written to disk for the process timings.

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same input. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TIERS = ["low", "medium", "high", "critical"];
const EXTENSIONS = ["proto", "graphql", "tf", "lock", "snap", "sql", "pem", "gradle", "bzl", "nix", "rego", "avsc"];

// 1,000 rules in a realistic mix of every shape admins write: service trees (`dir/**`), sources by
// extension under a directory (`dir/**/*.tsx`), extensions at any depth (`*.proto`, `**/*.ts`),
// a pattern in the middle (`docs/**/section-*/*.md`, `**/migrations/*.sql`), literal files
// (`services/svc-1/Dockerfile`), braces, directory and anchored patterns, some with excludes, and
// the same glob in many rules (`**/__tests__/**`, `**/CHANGELOG.md`).
export function generatePolicy({ rules = 1000, seed = 42 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const tier = () => TIERS[Math.floor(rnd() * TIERS.length)];
  const out = [];
  for (let i = 0; i < rules - 1; i++) {
    const kind = i % 20;
    const name = `rule-${i}`;
    if (kind < 7) out.push({ name, paths: [`services/svc-${i}/**`], tier: tier(), ...(kind === 0 ? { exclude: [`services/svc-${i}/**/*.md`] } : {}) });
    else if (kind < 12) out.push({ name, paths: [`libs/lib-${i}/src/**/*.ts`], tier: tier(), ...(kind === 7 ? { exclude: ["**/__tests__/**"] } : {}) });
    else if (kind === 12) out.push({ name, paths: [i % 40 === 12 ? `**/*.${pick(["ts", "tsx", "test.ts", "go"])}` : `*.${pick(EXTENSIONS)}`], tier: tier() });
    else if (kind === 13) out.push({ name, paths: [i % 40 === 13 ? "**/migrations/*.sql" : `services/svc-${i - 13}/**/migrations/*.sql`], tier: "high" });
    else if (kind === 14) out.push({ name, paths: [i % 40 === 14 ? `apps/app-${i}/**/*.tsx` : `apps/app-${i}/{src,public}/**`], tier: tier() });
    else if (kind === 15) out.push({ name, paths: [`packages/pkg-${i}/`], tier: tier() });
    else if (kind === 16) out.push({ name, paths: [i % 40 === 16 ? `services/svc-${i - 16}/Dockerfile` : `/tools/tool-${i}`], tier: tier() });
    else if (kind === 17) out.push({ name, paths: [`config/env-${i}.yml`, `config/env-${i}/**`], tier: tier() });
    else if (kind === 18) {
      const paths = i % 40 === 18 ? [`docs/**/section-${i % 30}-*/*.md`] : [`docs/area-${i}/**`];
      out.push({ name, paths, exclude: ["**/CHANGELOG.md"], tier: "low" });
    }
    else out.push({ name, paths: [`libs/lib-${i - 12}/**/*.{json,yaml}`], tier: tier() });
  }
  const targets = [];
  for (let i = 0; i < 40; i++) {
    const env = i % 2 ? "production" : "staging";
    targets.push({
      name: `svc-${i * 20}-${env}`,
      paths: [`services/svc-${i * 20}/**`],
      exclude: [`services/svc-${i * 20}/**/*_test.go`],
      environment: env,
      tier: env === "production" ? "critical" : "high",
      branches: env === "production" ? ["main"] : ["main", "release/*"],
    });
  }
  out.push({ name: "docs", paths: ["*.md", "docs/**", "docs/**/section-*/*.md"], tier: "low" });
  const sandboxes = [{ name: "playground", paths: ["sandbox/"], max_changed_lines: 400, approvals: { count: 1 } }];
  return {
    version: 1,
    tiers: TIERS,
    default_tier: "medium",
    rules: out,
    targets,
    sandboxes,
    escalate: [{ name: "many targets", when: { targets_over: 3 }, tier: "critical" }, { when: { changed_lines_over: 20000 }, tier: "high" }],
    approvals: { medium: { count: 1 }, high: { count: 1, from: ["@acme/seniors"] }, critical: { count: 2, from: ["@acme/seniors", "@acme/sre"] } },
  };
}

/** 3,000 changed files spread over those areas, as GitHub's "list pull request files" lists them. */
export function generateFiles({ files = 3000, seed = 7 } = {}) {
  const rnd = random(seed);
  const n = (max) => Math.floor(rnd() * max);
  const pick = (list) => list[n(list.length)];
  const out = [];
  for (let i = 0; i < files; i++) {
    const kind = n(14);
    let path;
    if (kind < 3) path = `services/svc-${n(1100)}/${pick(["cmd", "internal/api", "internal/store"])}/${pick(["main", "handler", "store"])}${pick([".go", "_test.go", ".md"])}`;
    else if (kind < 6) path = `libs/lib-${n(1100)}/src/${pick(["", "core/", "util/", "__tests__/"])}file-${i}.${pick(["ts", "ts", "json", "yaml"])}`;
    else if (kind === 6) path = `services/svc-${n(1100)}/db/migrations/${String(i).padStart(4, "0")}_change.sql`;
    else if (kind === 7) path = `apps/app-${n(1100)}/${pick(["src", "public", "test"])}/page-${i}.tsx`;
    else if (kind === 8) path = `packages/pkg-${n(1100)}/lib/index-${i}.js`;
    else if (kind === 9) path = `${pick(["docs/area-" + n(1100), "services/svc-" + n(1100), "."])}/README-${i}.md`.replace(/^\.\//, "");
    else if (kind === 10) path = `proto/${pick(["billing", "auth", "search"])}/v${n(3)}/schema-${i}.${pick(EXTENSIONS)}`;
    else if (kind === 11) path = `tools/tool-${n(1100)}/bin/run-${i}.sh`;
    else if (kind === 12) path = `docs/area-${n(1100)}/${pick(["guide/", "", "ref/api/"])}section-${n(40)}-${pick(["intro", "setup"])}/${pick([`page-${i}`, "CHANGELOG"])}.md`;
    else path = `services/svc-${n(1100)}/${pick(["Dockerfile", "Dockerfile.dev", "src/Dockerfile"])}`;
    const status = pick(["modified", "modified", "modified", "added", "removed", "renamed"]);
    const file = { filename: path, status, additions: status === "removed" ? 0 : n(200), deletions: status === "added" ? 0 : n(80) };
    if (status === "renamed") file.previous_filename = path.replace(/(svc|lib|app|pkg|tool)-(\d+)/, (_, k, d) => `${k}-${(Number(d) + 17) % 1100}`).replace(/\.(\w+)$/, "-old.$1");
    out.push(file);
  }
  return out;
}

/**
 * The policy as a person would write it: block mappings, with flow lists for `paths` and flow
 * maps for small objects (as in examples/). JSON is valid YAML flow syntax, so it is used for those.
 */
export function toPolicyYaml(policy) {
  const out = ["# Generated by bench/workload.mjs", `version: ${policy.version}`, `tiers: ${JSON.stringify(policy.tiers)}`, `default_tier: ${policy.default_tier}`];
  for (const key of ["rules", "targets", "sandboxes", "escalate"]) {
    out.push(`${key}:`);
    for (const entry of policy[key]) {
      Object.entries(entry).forEach(([k, v], i) => out.push(`${i === 0 ? "  - " : "    "}${k}: ${typeof v === "string" && /^[\w .-]+$/.test(v) ? v : JSON.stringify(v)}`));
    }
  }
  out.push("approvals:");
  for (const [tier, rule] of Object.entries(policy.approvals)) out.push(`  ${tier}: ${JSON.stringify(rule)}`);
  return out.join("\n") + "\n";
}
