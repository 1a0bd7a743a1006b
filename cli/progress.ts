/** A progress line on a terminal's standard error, redrawn in place; nothing at all where it is not a terminal. */
export class Progress {
  private started = 0;
  private lastDrawn = 0;

  constructor(
    /** How many items there are, where known before the end. */
    private readonly total: number | null,
    private readonly out: NodeJS.WriteStream,
  ) {}

  /** The next item is under way. */
  at(item: string): void {
    this.started++;
    if (!this.out.isTTY) return;
    const now = Date.now();
    // A redraw a tenth of a second at most: a terminal is slower than the engine.
    if (now - this.lastDrawn < 100 && (this.total === null || this.started < this.total)) return;
    this.lastDrawn = now;
    const width = Math.max(20, (this.out.columns ?? 80) - 20);
    const name = item.length > width ? `…${item.slice(-width + 1)}` : item;
    const count = this.total === null ? `${this.started}` : `${this.started}/${this.total}`;
    this.out.write(`\r\x1b[K[${count}] ${name}`);
  }

  /** Clears the line, so that what follows starts clean. */
  done(): void {
    if (this.out.isTTY) this.out.write('\r\x1b[K');
  }
}
