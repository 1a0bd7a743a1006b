import { browser } from 'wxt/browser';
import type { Verdict } from '../../lib/explain/judgement.ts';
import type { Tone } from '../../lib/explain/tone.ts';
import { TOOLBAR_WORD } from '../../lib/explain/verdict-words.ts';

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

/**
 * Sets the toolbar button's badge for a tab: the verdict's word and its tone's
 * colour, and in the tooltip the badge's own line ("Rewrite of AFP · 1 day
 * later · credit not found"); nothing for no derived verdict.
 */
export async function setActionBadge(
  tabId: number,
  finding: { verdict: Verdict | null; tone: Tone; line: string } | null,
): Promise<void> {
  const action = toolbarAction();
  const verdict = finding?.verdict;
  const shown =
    finding && verdict && verdict !== 'unrelated' ? { ...finding, word: TOOLBAR_WORD[verdict] } : null;
  await action.setBadgeText({ tabId, text: shown?.word ?? '' });
  await action.setTitle({ tabId, title: shown ? `Wiretrace: ${shown.line}` : 'Wiretrace' });
  if (shown) await action.setBadgeBackgroundColor({ tabId, color: TONE_COLOURS[shown.tone] });
}

/**
 * Says on the toolbar button that the tab's page was kept as a wire's
 * original (on the wire's own site, or a wire's copy on a site that runs it):
 * the reader sees the cache grow, and which site the story came from.
 */
export async function setKeptNote(tabId: number, source: string, site?: string): Promise<void> {
  const action = toolbarAction();
  const where = site ? ` (its copy on ${site})` : '';
  await action.setBadgeText({ tabId, text: 'KEPT' });
  await action.setTitle({
    tabId,
    title: `Wiretrace: kept as ${source}'s story${where}, so rewrites of it can be found`,
  });
  await action.setBadgeBackgroundColor({ tabId, color: TONE_COLOURS.none });
}

export async function clearActionBadge(tabId: number): Promise<void> {
  await setActionBadge(tabId, null);
}
