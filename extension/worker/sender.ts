import { type Browser, browser } from 'wxt/browser';
import { REQUESTS, type RequestType } from '../messages/requests.ts';

/**
 * Why a sender may not make a request, or null when it may: each request's
 * declaration says who may send it (requests.ts). A content script runs in the
 * page's process, which a hostile page may have taken over: it gets its own
 * tab's requests and nothing else (not the cache, the feeds, the settings or
 * other tabs). The browser tells who sent a message; the message cannot say.
 */
export function refusal(type: RequestType, sender: Browser.runtime.MessageSender): string | null {
  const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  if (REQUESTS[type].from === 'page')
    return sender.tab?.id !== undefined && !fromExtensionPage ? null : 'this request must come from a page';
  return fromExtensionPage ? null : "this request must come from one of Wiretrace's own pages";
}

/**
 * The address of the page that sent a request. Its origin is the browser's
 * word (the sending document's); within it, the page's own word for where it
 * is now, since a single-page site moves with pushState (where Chromium keeps
 * the document's first address) and could move to any path of its origin
 * anyway. A request naming another origin is refused.
 */
export function senderPageUrl(sender: Pick<Browser.runtime.MessageSender, 'url'>, claimed?: string): string {
  const frame = sender.url ?? '';
  if (!/^https?:\/\//i.test(frame)) throw new Error('this request must come from a web page');
  if (claimed === undefined) return frame;
  if (originOf(claimed) !== originOf(frame))
    throw new Error("the page's address is not on the origin it was sent from");
  return claimed;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The host of the page that sent a request, as the browser says it (never as the request says). */
export function senderHost(sender: Browser.runtime.MessageSender): string {
  try {
    return new URL(sender.url ?? '').hostname;
  } catch {
    return '';
  }
}

export function senderTab(sender: Browser.runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('this request must come from a page');
  return tabId;
}
