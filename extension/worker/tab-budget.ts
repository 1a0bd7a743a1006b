/**
 * How many judgements a tab gets: a few a minute. The content script asks
 * again only when the page's address changes, but a page can change its
 * address in a loop (`pushState`), swapping in a new text each time to learn
 * from the badge which ones the reader's cache holds. The reader asking from
 * the popup gets one more at once.
 */
export const JUDGEMENTS_PER_MINUTE = 4;
const MINUTE = 60_000;

export class TabBudget {
  private readonly spent = new Map<number, number[]>();

  constructor(
    private readonly perMinute = JUDGEMENTS_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the tab has a judgement left this minute, spending none. */
  allows(tabId: number): boolean {
    return this.recent(tabId).length < this.perMinute;
  }

  /** Spends one judgement of the tab's; false when it has none left this minute. */
  take(tabId: number): boolean {
    const recent = this.recent(tabId);
    const allowed = recent.length < this.perMinute;
    if (allowed) recent.push(this.now());
    this.spent.set(tabId, recent);
    return allowed;
  }

  private recent(tabId: number): number[] {
    const at = this.now();
    return (this.spent.get(tabId) ?? []).filter((time) => at - time < MINUTE);
  }

  /** The reader asked for this tab to be judged: it gets one more judgement now. */
  grant(tabId: number): void {
    this.spent.get(tabId)?.shift();
  }

  forget(tabId: number): void {
    this.spent.delete(tabId);
  }
}
