/**
 * BLAST_RADIUS_TIMINGS=1 prints how long each phase of `evaluate` took, on stderr. The benchmark
 * uses it to show where a whole process spends its time; it is also the first thing to look at
 * when a large policy feels slow.
 */
export class Timings {
  private last = 0;
  readonly lines: string[] = [];

  constructor(private readonly enabled: boolean) {
    // only when asked: the first use of `performance` loads Node's perf_hooks, a cost of its own
    if (!enabled) return;
    this.last = performance.now();
    // performance.now() counts from the process's start: Node has booted at bootstrapComplete
    // (what `node -e 0` costs too), then it loaded bin/ and the CLI's bundle and the command.
    const booted = performance.nodeTiming.bootstrapComplete;
    this.lines.push(`timing: start Node ${booted.toFixed(1)} ms`, `timing: load the CLI ${(this.last - booted).toFixed(1)} ms`);
  }

  /** Ends the phase that started at the previous mark. */
  mark(phase: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    this.lines.push(`timing: ${phase} ${(now - this.last).toFixed(1)} ms`);
    this.last = now;
  }

  finish(): string[] {
    if (this.enabled) this.lines.push(`timing: total ${performance.now().toFixed(1)} ms`);
    return this.lines;
  }
}
