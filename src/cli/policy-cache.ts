/**
 * The CLI's cache of validated policies, kept between runs. Parsing a large policy's YAML and
 * validating it is most of a CLI run (on the bench's 84 KiB policy, 60 of some 235 ms), and a
 * policy changes far less often than the CLI is run on it: a pre-commit hook, a script over many
 * pull requests, an editor. So, as a code cache keeps compiled code, this keeps what loading a
 * policy file made of it.
 *
 * - An entry is the policy file's whole text next to the validated policy. It is used only when the
 *   text read now is identical, character for character, and it was written by this very build of
 *   the CLI (its version, and the running file's size and modification time): a rebuilt or upgraded
 *   CLI, which may validate differently, starts afresh. No hash is trusted, so nothing can collide.
 * - Only valid policies are kept. An invalid one is read and reported in full every time.
 * - One entry per policy path and build, named by a hash of both (two checkouts sharing the cache
 *   keep an entry each), at most MAX_ENTRIES in all: the oldest go.
 * - Per user: `$BLAST_RADIUS_CACHE_DIR`, else `$XDG_CACHE_HOME/blast-radius`, else
 *   `~/.cache/blast-radius`, created private to the user. `BLAST_RADIUS_CACHE=off` turns it off.
 * - Anything amiss (unreadable, corrupt, unwritable, another process writing) is a miss, never an
 *   error: the policy is then simply loaded from its text. Entries are written whole or not at all
 *   (a temporary file, renamed), since several CLI processes may run at once.
 *
 * The app and the Action never use it: they load the policy from the base branch on every event
 * (the app keeps an in-memory LRU of its own, src/github/policy.ts).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Policy } from "../policy/schema.js";
import { packageVersion } from "./version.js";

export const MAX_ENTRIES = 64;

export interface PolicyCache {
  /** The policy validated from exactly this text at this path, if it is kept. */
  get(path: string, text: string): Policy | undefined;
  /** Keeps a policy that validated from this text. */
  set(path: string, text: string, policy: Policy): void;
}

interface Entry {
  build: string;
  path: string;
  text: string;
  policy: Policy;
}

/**
 * The cache the environment asks for, or undefined when it is turned off or has no home. Nothing
 * is read until a policy is (`--help` and `--version` touch no file for it).
 */
export function policyCacheFrom(env: Record<string, string | undefined>): PolicyCache | undefined {
  if (env.BLAST_RADIUS_CACHE === "off" || env.BLAST_RADIUS_CACHE === "0") return undefined;
  const dir = env.BLAST_RADIUS_CACHE_DIR || (env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, "blast-radius") : userCacheDir());
  return dir === undefined ? undefined : new DirectoryPolicyCache(dir, thisBuild);
}

function userCacheDir(): string | undefined {
  try {
    return join(homedir(), ".cache", "blast-radius");
  } catch {
    return undefined; // no home directory (a user without one in /etc/passwd)
  }
}

/**
 * Identifies the running CLI: its version, and the bundle's (under tests, this module's) path, size
 * and modification time. The version too, because npm installs every package's files with one fixed
 * modification time: an upgrade of the same size must not find the older version's entries.
 */
function thisBuild(): string | undefined {
  try {
    const file = fileURLToPath(import.meta.url);
    const stat = statSync(file);
    return `${packageVersion()}:${file}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

export class DirectoryPolicyCache implements PolicyCache {
  private identified: string | undefined | null = null;

  /** @param build this CLI build's identity (a function: worked out on first use); undefined keeps nothing */
  constructor(
    readonly dir: string,
    private readonly identify: string | (() => string | undefined),
  ) {}

  private get build(): string | undefined {
    if (this.identified === null) this.identified = typeof this.identify === "string" ? this.identify : this.identify();
    return this.identified;
  }

  get(path: string, text: string): Policy | undefined {
    if (this.build === undefined) return undefined;
    let entry: Partial<Entry>;
    try {
      entry = JSON.parse(readFileSync(this.fileFor(path), "utf8")) as Partial<Entry>;
    } catch {
      return undefined; // none yet, or unreadable
    }
    if (entry === null || typeof entry !== "object") return undefined;
    if (entry.build !== this.build || entry.path !== path || entry.text !== text) return undefined;
    return typeof entry.policy === "object" && entry.policy !== null ? entry.policy : undefined;
  }

  set(path: string, text: string, policy: Policy): void {
    const build = this.build;
    if (build === undefined) return;
    const file = this.fileFor(path);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const entry: Entry = { build, path, text, policy };
      writeFileSync(temporary, JSON.stringify(entry), { mode: 0o600 });
      renameSync(temporary, file);
      this.prune();
    } catch {
      // not writable: nothing lost but speed
      try {
        unlinkSync(temporary);
      } catch {
        // never written
      }
    }
  }

  /** Keeps the newest MAX_ENTRIES entries. */
  private prune(): void {
    const names = readdirSync(this.dir).filter((name) => name.endsWith(".json"));
    if (names.length <= MAX_ENTRIES) return;
    const byAge = names
      .map((name) => {
        try {
          return { name, time: statSync(join(this.dir, name)).mtimeMs };
        } catch {
          return { name, time: 0 };
        }
      })
      .sort((a, b) => a.time - b.time);
    for (const { name } of byAge.slice(0, byAge.length - MAX_ENTRIES)) {
      try {
        unlinkSync(join(this.dir, name));
      } catch {
        // another process got there first
      }
    }
  }

  /** One file per build and policy path (absolute), named by an FNV-1a hash of both; the entry repeats them. */
  private fileFor(path: string): string {
    const key = `${this.build}\n${path}`;
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return join(this.dir, `policy-${(hash >>> 0).toString(16).padStart(8, "0")}.json`);
  }
}
