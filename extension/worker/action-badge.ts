import { browser } from 'wxt/browser';
import type { Verdict } from '../../lib/explain/judgement.ts';
import type { Tone } from '../../lib/explain/tone.ts';

/** Words a reader reads at a glance on the toolbar button; the tooltip says them in full. */
const BADGES: Record<Exclude<Verdict, 'unrelated'>, { text: string; title: string }> = {
  syndicated: { text: 'COPY', title: 'Wiretrace: a copy of a wire story' },
  rewritten: { text: 'EDIT', title: 'Wiretrace: rewritten (edited) from a wire story' },
  partial: { text: 'PART', title: 'Wiretrace: partly taken from a wire story' },
};

/** The badge's colours (lib/explain/tone.ts): credited reuse blue, no credit found amber, altered facts red. */
const TONE_COLOURS: Record<Tone, string> = {
  none: '#57606a',
  neutral: '#0969da',
  notice: '#9a6700',
  strong: '#b3261e',
};

/** MV3 has `action`, Firefox's MV2 build `browserAction`: the same calls. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Sets the toolbar button's badge for a tab: short text and a colour per verdict, nothing otherwise. */
export async function setActionBadge(
  tabId: number,
  verdict: Verdict | null,
  tone: Tone = 'notice',
): Promise<void> {
  const action = toolbarAction();
  const badge = verdict && verdict !== 'unrelated' ? BADGES[verdict] : null;
  await action.setBadgeText({ tabId, text: badge?.text ?? '' });
  await action.setTitle({ tabId, title: badge?.title ?? 'Wiretrace' });
  if (badge) await action.setBadgeBackgroundColor({ tabId, color: TONE_COLOURS[tone] });
}

export async function clearActionBadge(tabId: number): Promise<void> {
  await setActionBadge(tabId, null);
}
