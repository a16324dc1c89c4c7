/**
 * Every value that comes from GitHub or the policy (paths, names, environments, labels, logins,
 * branch names) goes through here before anyone sees it. A file name may hold newlines, pipes,
 * backticks or HTML, and a policy is written by whoever can push a branch: neither may add a line,
 * a heading, a table row, a link or a terminal escape to what Blast Radius says.
 */

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional
 * overrides that can make text read differently from what it is, written out as escapes
 * (`\n`, `\u{202E}`): one value stays one visible line.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function visible(value: string): string {
  return value.replace(INVISIBLE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`);
}

/**
 * A value as markdown text: on one line, and with every character that could start emphasis,
 * a link, an image, HTML, an entity, a table cell, a strikethrough or math backslash-escaped.
 * Markdown applies these escapes, so people read the value exactly as it is.
 */
export function markdownText(value: string): string {
  return visible(value).replace(/[\\`*_[\]<>|&~$!#]/g, "\\$&");
}

/**
 * A value as an inline code span, fenced with more backticks than it contains. In a table cell a
 * `|` would still end the cell (GitHub splits cells before reading code spans), so it is escaped;
 * GitHub shows it as `|` again inside the code.
 */
export function markdownCode(value: string, inTable = true): string {
  let text = visible(value);
  if (inTable) text = text.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  // a space keeps a leading or trailing backtick from joining the fence; markdown removes it again
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
