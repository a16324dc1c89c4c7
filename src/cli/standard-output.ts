/**
 * Standard output and error written straight to their file descriptors. `process.stdout` and
 * `process.stderr` load and set up Node's stream machinery on first use (a few milliseconds of a
 * run whose every millisecond is start-up), and a CLI that prints once and exits needs none of it:
 * a blocking descriptor (a file, a terminal, a pipe as shells make them) takes the whole text in
 * `writeSync`. A descriptor set to non-blocking by whoever gave it to us can refuse part of a large
 * write (EAGAIN): what is left then goes through the stream, which waits for the reader.
 */
import { writeSync } from "node:fs";

type Descriptor = 1 | 2;
const streamOf = (fd: Descriptor): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);

export class StandardOutput {
  /** The descriptors whose stream had to take over, which must drain before the process exits (touching `process.stdout` at all sets it up). */
  private readonly streamed = new Set<Descriptor>();

  /** `onClosed` runs when the reader has gone (EPIPE: `blast-radius ... | head`), the reader's choice, not an error. */
  constructor(private readonly onClosed: () => void) {}

  stdout = (text: string): void => this.write(1, text);
  stderr = (text: string): void => this.write(2, text);

  private write(fd: Descriptor, text: string): void {
    if (this.streamed.has(fd)) {
      streamOf(fd).write(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return this.onClosed();
      if (code !== "EAGAIN") throw error;
      this.streamed.add(fd);
      const stream = streamOf(fd);
      stream.on("error", (streamError: NodeJS.ErrnoException) => {
        if (streamError.code === "EPIPE") this.onClosed();
        else throw streamError;
      });
      stream.write(bytes.subarray(offset));
    }
  }

  /** Calls `done` once everything written has been handed to the system. */
  flushed(done: () => void): void {
    const pending = [...this.streamed];
    const next = (): void => {
      const fd = pending.pop();
      // a write's callback runs after the writes before it have been handed over
      if (fd !== undefined) streamOf(fd).write("", next);
      else done();
    };
    next();
  }
}
