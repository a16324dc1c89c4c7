/**
 * GitHub's git database endpoints (trees and blobs) for FakeGitHub, from snapshots of commits.
 * Tree and blob SHAs are real git object SHAs, so a changed file changes its blob's SHA and
 * every tree above it, exactly what caching by SHA relies on.
 */
import { createHash } from "node:crypto";
import type { Ctx, FakeGitHub, Reply } from "./fake-github.js";

interface Entry {
  path: string;
  mode: string;
  type: "blob" | "tree";
  sha: string;
  size?: number;
}

const sha1 = (data: Buffer) => createHash("sha1").update(data).digest("hex");
const object = (type: string, body: Buffer) => sha1(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]));

export class FakeGitDatabase {
  private readonly trees = new Map<string, Entry[]>();
  private readonly blobs = new Map<string, string>();
  private readonly commits = new Map<string, string>(); // commit sha -> root tree sha

  constructor(private readonly github: FakeGitHub) {
    const r = "/repos/:owner/:repo/git";
    github.route("GET", `${r}/trees/:sha`, (c) => this.getTree(c), "contents=read");
    github.route("GET", `${r}/blobs/:sha`, (c) => this.getBlob(c), "contents=read");
  }

  /** The repository's files at `commitSha` (path -> text). */
  setCommit(commitSha: string, files: Readonly<Record<string, string>>): void {
    this.commits.set(commitSha, this.buildTree(Object.entries(files).map(([path, text]) => [path.split("/"), text])));
  }

  private buildTree(files: Array<[string[], string]>): string {
    const children = new Map<string, Array<[string[], string]>>();
    const entries: Entry[] = [];
    for (const [segments, text] of files) {
      if (segments.length === 1) {
        const sha = object("blob", Buffer.from(text));
        this.blobs.set(sha, text);
        entries.push({ path: segments[0], mode: "100644", type: "blob", sha, size: Buffer.byteLength(text) });
      } else {
        const list = children.get(segments[0]) ?? [];
        list.push([segments.slice(1), text]);
        children.set(segments[0], list);
      }
    }
    for (const [name, list] of children) entries.push({ path: name, mode: "040000", type: "tree", sha: this.buildTree(list) });
    // git orders tree entries by name, a directory as if its name ended with "/"
    const key = (e: Entry) => (e.type === "tree" ? `${e.path}/` : e.path);
    entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const body = Buffer.concat(entries.map((e) => Buffer.concat([Buffer.from(`${e.mode === "040000" ? "40000" : e.mode} ${e.path}\0`), Buffer.from(e.sha, "hex")])));
    const sha = object("tree", body);
    this.trees.set(sha, entries);
    return sha;
  }

  private mainRepo(c: Ctx): boolean {
    return c.params.owner.toLowerCase() === this.github.owner.toLowerCase() && c.params.repo.toLowerCase() === this.github.repo.toLowerCase();
  }

  private getTree(c: Ctx): Reply {
    const sha = this.commits.get(c.params.sha) ?? c.params.sha;
    const entries = this.mainRepo(c) ? this.trees.get(sha) : undefined;
    if (!entries) return [404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/git/trees#get-a-tree" }];
    const base = `https://api.github.com/repos/${c.params.owner}/${c.params.repo}/git`;
    const listed = c.query.recursive ? this.flatten(entries, "") : entries;
    // GitHub truncates a recursive listing past 100,000 entries
    const truncated = listed.length > this.maxRecursiveEntries;
    return [200, { sha, url: `${base}/trees/${sha}`, truncated, tree: listed.slice(0, this.maxRecursiveEntries).map((e) => ({ ...e, url: `${base}/${e.type}s/${e.sha}` })) }];
  }

  /** Lowered by tests to see a truncated listing without 100,000 files. */
  maxRecursiveEntries = 100_000;

  private flatten(entries: Entry[], prefix: string): Entry[] {
    return entries.flatMap((e) => {
      const path = prefix + e.path;
      return e.type === "tree" ? [{ ...e, path }, ...this.flatten(this.trees.get(e.sha)!, `${path}/`)] : [{ ...e, path }];
    });
  }

  private getBlob(c: Ctx): Reply {
    const text = this.mainRepo(c) ? this.blobs.get(c.params.sha) : undefined;
    if (text === undefined) return [404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/git/blobs#get-a-blob" }];
    const content = Buffer.from(text).toString("base64").replace(/.{60}/g, "$&\n");
    return [200, { sha: c.params.sha, node_id: `B_${c.params.sha.slice(0, 8)}`, size: Buffer.byteLength(text), url: `https://api.github.com/repos/${c.params.owner}/${c.params.repo}/git/blobs/${c.params.sha}`, content, encoding: "base64" }];
  }
}
