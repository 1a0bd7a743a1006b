import { browser } from 'wxt/browser';
import type { Verdict } from '../../lib/explain/verdict.ts';

const BADGES: Record<Exclude<Verdict, 'unrelated'>, { text: string; color: string; title: string }> = {
  syndicated: { text: 'COPY', color: '#b3261e', title: 'Wiretrace: syndicated copy of a wire story' },
  rewritten: { text: 'RW', color: '#c2410c', title: 'Wiretrace: rewritten from a wire story' },
  partial: { text: 'PART', color: '#8a6d00', title: 'Wiretrace: partly taken from a wire story' },
};

/** MV3 has `action`, Firefox's MV2 build `browserAction`: the same calls. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Sets the toolbar button's badge for a tab: short text and a colour per verdict, nothing otherwise. */
export async function setActionBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  const action = toolbarAction();
  const badge = verdict && verdict !== 'unrelated' ? BADGES[verdict] : null;
  await action.setBadgeText({ tabId, text: badge?.text ?? '' });
  await action.setTitle({ tabId, title: badge?.title ?? 'Wiretrace' });
  if (badge) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
}

export async function clearActionBadge(tabId: number): Promise<void> {
  await setActionBadge(tabId, null);
}
