import { browser } from 'wxt/browser';

/** A page's details, asked for again within this long, are not opened again. */
export const DETAILS_EVERY_MS = 3_000;

/**
 * The tabs showing a page's full details, one for each page tab. The badge
 * asks only on a click the reader made, but a page that took over its content
 * script can ask as often as it likes: it gets its own details tab brought
 * forward, never a new tab, and its asking holds up no other tab's.
 */
export class DetailsTabs {
  private readonly opened = new Map<number, { tab: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async open(pageTab: number): Promise<void> {
    const last = this.opened.get(pageTab);
    if (last && this.now() - last.at < DETAILS_EVERY_MS) return;
    if (last && (await bringForward(last.tab))) {
      this.opened.set(pageTab, { tab: last.tab, at: this.now() });
      return;
    }
    const created = await browser.tabs.create({
      url: `${browser.runtime.getURL('/popup.html')}?tabId=${pageTab}&view=full`,
    });
    if (created.id !== undefined) this.opened.set(pageTab, { tab: created.id, at: this.now() });
  }
}

/** Makes a tab the active one; false when it is gone. */
async function bringForward(tab: number): Promise<boolean> {
  try {
    await browser.tabs.update(tab, { active: true });
    return true;
  } catch {
    return false;
  }
}
