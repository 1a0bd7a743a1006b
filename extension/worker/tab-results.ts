import { storage } from '#imports';
import type { TabResult } from '../messages/replies.ts';

/**
 * Per-tab results live in session storage, not in the worker's memory: an MV3
 * worker is stopped when idle, and the popup must still find the result.
 */
function itemFor(tabId: number) {
  return storage.defineItem<TabResult>(`session:tab-${tabId}`);
}

/**
 * Saves still being written, so that a page's verdict can be answered before
 * its result is stored (the write costs a few milliseconds the reader need not
 * wait for) while reads and removals of that tab still come after it.
 */
const pendingSaves = new Map<number, Promise<void>>();

export function saveTabResult(tabId: number, result: TabResult): Promise<void> {
  const saved = afterPending(tabId).then(() => itemFor(tabId).setValue(result));
  const settled = saved.catch(() => undefined);
  pendingSaves.set(tabId, settled);
  void settled.then(() => {
    if (pendingSaves.get(tabId) === settled) pendingSaves.delete(tabId);
  });
  return saved;
}

export async function tabResult(tabId: number): Promise<TabResult | null> {
  await afterPending(tabId);
  return itemFor(tabId).getValue();
}

export async function forgetTab(tabId: number): Promise<void> {
  await afterPending(tabId);
  await itemFor(tabId).removeValue();
}

function afterPending(tabId: number): Promise<void> {
  return pendingSaves.get(tabId) ?? Promise.resolve();
}
