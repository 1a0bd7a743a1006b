import { browser } from 'wxt/browser';
import { type BadgeState, BadgeStateSchema, type ContentMessage } from './content-messages.ts';
import { parseMessage } from './receive.ts';

/** Sends a typed message to a tab's content script; a tab without one (not a web page, or gone) is not an error. */
export async function tellTab(tabId: number, message: ContentMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return undefined;
  }
}

/** What the badge on a tab shows, checked on arrival; null where the tab has no content script. */
export async function badgeStateOf(tabId: number): Promise<BadgeState | null> {
  return parseMessage(BadgeStateSchema, await tellTab(tabId, { type: 'badge-state' }), 'a content script');
}
