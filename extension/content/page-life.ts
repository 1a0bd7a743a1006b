import { browser } from 'wxt/browser';

/**
 * How long this content script may act on its page: until the extension
 * behind it is reloaded, updated or removed, which the runtime tells (its id
 * is gone). Never ended by an event on the page: the page can fire any DOM
 * event, WXT's own "content script started" one included.
 */
export class PageLife {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the extension has gone; checked at every entry point, so an orphaned script stops at its next tick. */
  get ended(): boolean {
    if (!this.controller.signal.aborted && browser.runtime?.id == null) this.controller.abort();
    return this.controller.signal.aborted;
  }

  onEnd(run: () => void): void {
    this.controller.signal.addEventListener('abort', run, { once: true });
  }
}
