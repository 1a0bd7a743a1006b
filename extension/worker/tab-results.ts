import { storage } from '#imports';
import type { TabResult } from '../messages/protocol.ts';

/**
 * Per-tab results live in session storage, not in the worker's memory: an MV3
 * worker is stopped when idle, and the popup must still find the result.
 */
function itemFor(tabId: number) {
  return storage.defineItem<TabResult>(`session:tab-${tabId}`);
}

export async function saveTabResult(tabId: number, result: TabResult): Promise<void> {
  await itemFor(tabId).setValue(result);
}

export async function tabResult(tabId: number): Promise<TabResult | null> {
  return itemFor(tabId).getValue();
}

export async function forgetTab(tabId: number): Promise<void> {
  await itemFor(tabId).removeValue();
}
