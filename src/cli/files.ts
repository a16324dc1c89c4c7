/**
 * The changed-file list handed to `evaluate --files`: one path per line (`git diff --name-only`),
 * `git diff --name-status` lines (renames and copies too), or the JSON that GitHub's "list pull
 * request files" endpoint returns. Every way it can be wrong is reported with
 * where (file, line:column for JSON syntax, array index for bad entries) and never guessed around.
 */
import type { ChangedFile } from "../engine/types.js";
import { CliError } from "./errors.js";
import { GIT_STATUS } from "./git.js";

/** Parses a file list; `source` names it in errors ("files.json", "standard input"). */
export function parseFileList(text: string, source: string): ChangedFile[] {
  const body = text.replace(/^\uFEFF/, "");
  return looksLikeJson(body) ? parseGitHubFiles(body, source) : parsePathLines(body, source);
}

/**
 * JSON starts with `[` or `{` and then what JSON allows there. Checking the second character too
 * keeps paths like `[slug].tsx` or `{a,b}.txt` on a first line from being read as broken JSON.
 */
export function looksLikeJson(text: string): boolean {
  return /^\s*(\[\s*([[{"\]\d-]|$)|\{\s*(["}]|$))/.test(text);
}

/**
 * One path per line; blank lines are skipped, `./` prefixes and CR line ends dropped. A line with a
 * tab is a `git diff --name-status` line and must read as one: a path never holds a raw tab (git
 * quotes it), so such a line is never taken whole as a path, which would match no rule.
 */
export function parsePathLines(text: string, source: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (line.includes("\t")) {
      files.push(...parseNameStatusLine(line, `${source}:${i + 1}`));
      continue;
    }
    const path = line.trim().replace(/^(\.\/)+/, "");
    if (path !== "") files.push({ path: unquoteGitPath(path, `${source}:${i + 1}`) });
  }
  return files;
}

/** `M\tpath`, `D\tpath`, `R087\told\tnew`, `C100\tsource\tcopy`: git's statuses with an optional score. */
const NAME_STATUS = /^([ACDMRTU])(\d{0,3})$/;

/**
 * One `git diff --name-status` line. Like GitHub's file list (and `evaluate --base`), a rename
 * counts at both paths; a copy only at the new one, since its source is left as it was.
 */
function parseNameStatusLine(line: string, where: string): ChangedFile[] {
  const [code, ...paths] = line.split("\t");
  const letter = NAME_STATUS.exec(code.trim())?.[1];
  const twoPaths = letter === "R" || letter === "C";
  if (letter === undefined || paths.length !== (twoPaths ? 2 : 1) || paths.some((p) => p.trim() === "")) {
    const shown = JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}...` : line);
    throw new CliError(
      `${where}: ${shown} is neither a path nor a \`git diff --name-status\` line (a status letter such as M, A, D or R087, a tab, then the path; ` +
        `renames and copies give two paths). Give one path per line (git diff --name-only), --name-status output, or GitHub's JSON`,
    );
  }
  const [first, second] = paths.map((p) => unquoteGitPath(p, where));
  if (letter === "R") return [{ path: second, previousPath: first, status: GIT_STATUS.R }];
  if (letter === "C") return [{ path: second, status: GIT_STATUS.C }];
  return [{ path: first, status: GIT_STATUS[letter] ?? "modified" }];
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };

/**
 * git prints a path with unusual characters in C quotes (`"caf\303\251.txt"`, octal UTF-8
 * bytes), unless core.quotePath is off. Unquoted here so the path matches the policy's globs.
 */
export function unquoteGitPath(path: string, where: string): string {
  if (!(path.length >= 2 && path.startsWith('"') && path.endsWith('"'))) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = String.fromCodePoint(body.codePointAt(i)!);
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      i += ch.length - 1;
      continue;
    }
    const next = body[i + 1] ?? "";
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1))?.[0];
    if (octal) {
      bytes.push(Number.parseInt(octal, 8));
      i += 3;
    } else if (next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next]);
      i += 1;
    } else {
      throw new CliError(`${where}: cannot read the quoted path ${path} (unknown escape \\${next})`);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/**
 * GitHub's list pull request files response. Also accepted, because `gh api --paginate` produces
 * them: several arrays one after another (`[...][...]`), and an array of page arrays (`--slurp`).
 */
export function parseGitHubFiles(text: string, source: string): ChangedFile[] {
  const items: unknown[] = [];
  for (const value of parseJsonValues(text, source)) {
    if (!Array.isArray(value)) throw new CliError(`${source}: expected a JSON array of file objects (GitHub's "list pull request files" response), got ${describeJson(value)}`);
    const pages = value.length > 0 && value.every(Array.isArray);
    // a loop, not push(...): spreading a very long array overflows the call stack
    for (const item of pages ? (value as unknown[][]).flat() : value) items.push(item);
  }
  return items.map((item, i) => toChangedFile(item, i, source));
}

function toChangedFile(item: unknown, index: number, source: string): ChangedFile {
  // where a problem is, worded only when there is one: this runs for each of thousands of files
  const where = () => `${source}: [${index}]`;
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    const hint = typeof item === "string" ? `; for plain paths, give one path per line instead of JSON` : "";
    throw new CliError(`${where()}: expected a file object with "filename", got ${describeJson(item)}${hint}`);
  }
  const entry = item as Record<string, unknown>;
  const filename = entry.filename;
  if (filename === undefined) {
    const keys = Object.keys(entry);
    throw new CliError(`${where()}: missing "filename"${keys.length ? ` (the object has ${keys.slice(0, 5).map((k) => `"${k}"`).join(", ")})` : " (the object is empty)"}`);
  }
  if (typeof filename !== "string" || filename === "") throw new CliError(`${where()}: "filename" must be a non-empty string, got ${describeJson(filename)}`);
  const at = () => `${where()} (${filename})`;
  const file: ChangedFile = { path: filename };
  if (entry.status !== undefined) {
    if (typeof entry.status !== "string") throw new CliError(`${at()}: "status" must be a string, got ${describeJson(entry.status)}`);
    file.status = entry.status;
  }
  for (const key of ["additions", "deletions"] as const) {
    const value = entry[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new CliError(`${at()}: "${key}" must be a whole number, got ${describeJson(value)}`);
    file[key] = value;
  }
  const previous = entry.previous_filename;
  if (previous !== undefined && previous !== null) {
    if (typeof previous !== "string" || previous === "") throw new CliError(`${at()}: "previous_filename" must be a non-empty string, got ${describeJson(previous)}`);
    file.previousPath = previous;
  }
  return file;
}

/**
 * One JSON value, or several concatenated arrays. The plain parse is tried first, so the
 * concatenation scan only runs on input that is not one JSON value.
 */
function parseJsonValues(text: string, source: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch (error) {
    const chunks = splitConcatenatedArrays(text);
    if (chunks.length < 2) throw jsonError(error, 0, text, source);
    return chunks.map(({ offset, text: chunk }) => {
      try {
        return JSON.parse(chunk);
      } catch (chunkError) {
        throw jsonError(chunkError, offset, text, source);
      }
    });
  }
}

/** A JSON.parse error as `SOURCE:LINE:COL: invalid JSON: reason`, positioned in the whole input. */
function jsonError(error: unknown, offset: number, whole: string, source: string): CliError {
  const chunk = offset === 0 ? whole : whole.slice(offset);
  const position = offset + jsonErrorOffset(chunk);
  const { line, column } = lineColumn(whole, position);
  // V8 appends the position or a snippet of the input (which may span lines): both are replaced by line:column.
  const reason = ((error as Error).message ?? String(error))
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, "")
    .replace(/ in JSON at position.*$/s, "")
    .split("\n")[0];
  return new CliError(`${source}:${line}:${column}: invalid JSON: ${reason}`);
}

/**
 * Where JSON text stops being valid. V8 leaves the position out of some messages (a trailing
 * comma gives "Unexpected token ']'"), so the position comes from this small scanner instead.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const string = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) return void i++;
      if (c < 32) fail();
      if (c === 92) {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail();
      }
      i++;
    }
    fail();
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === "{") {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ":") fail();
          i++;
        }
        value();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    for (const literal of ["true", "false", "null"]) {
      if (c === literal[0]) {
        for (const ch of literal) {
          if (text[i] !== ch) fail();
          i++;
        }
        return;
      }
    }
    number.lastIndex = i;
    if (!number.exec(text)) fail();
    i = number.lastIndex;
  };
  try {
    value();
    space();
    if (i < n) fail();
    return n;
  } catch (at) {
    if (typeof at === "number") return at;
    throw at;
  }
}

export function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Splits `[...] [...]` into its arrays by bracket depth outside strings. Returns one chunk when
 * the input is not a run of top-level arrays, so JSON.parse reports the real problem.
 */
export function splitConcatenatedArrays(text: string): { offset: number; text: string }[] {
  const chunks: { offset: number; text: string }[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") {
      depth--;
      if (depth < 0) break;
      if (depth === 0) {
        let next = i + 1;
        while (next < text.length && /\s/.test(text[next])) next++;
        if (text[next] !== "[") break;
        chunks.push({ offset: start, text: text.slice(start, i + 1) });
        start = next;
        i = next - 1;
      }
    }
  }
  if (chunks.length === 0) return [{ offset: 0, text }];
  chunks.push({ offset: start, text: text.slice(start) });
  return chunks;
}

function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") {
    const message = (value as { message?: unknown }).message;
    // GitHub's error bodies look like {"message": "Not Found", ...}: show what GitHub said.
    return typeof message === "string" ? `an object with message "${message}"` : "an object";
  }
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}
