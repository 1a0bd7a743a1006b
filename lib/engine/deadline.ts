/**
 * How long the engine may spend on one page. Every step is linear in the text
 * and capped (TEXT_LIMITS), but a page can still be made as slow as the caps
 * allow, and in the extension one worker judges every tab: past its time a
 * page is left unjudged, and between steps the engine lets other work run.
 */
export class Deadline {
  private readonly end: number;
  private lastPause: number;

  constructor(
    milliseconds: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.end = now() + milliseconds;
    this.lastPause = now();
  }

  /** No limit: the command line's batch runs, which a person started and can stop. */
  static none(): Deadline {
    return new Deadline(Number.POSITIVE_INFINITY);
  }

  /** Throws OverTime once past the limit; after a long stretch of work, lets what waits (another tab's request) run first. */
  async checkpoint(): Promise<void> {
    this.check();
    if (this.now() - this.lastPause < PAUSE_AFTER_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.lastPause = this.now();
    this.check();
  }

  check(): void {
    if (this.now() > this.end) throw new OverTime();
  }
}

/** Work this long without a pause holds up what else the thread has to do. */
const PAUSE_AFTER_MS = 50;

export class OverTime extends Error {
  constructor() {
    super('judging this page took longer than Wiretrace allows one page');
    this.name = 'OverTime';
  }
}
