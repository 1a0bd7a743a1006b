import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DETAILS_EVERY_MS, DetailsTabs } from '../../extension/worker/details-tabs.ts';

beforeEach(() => fakeBrowser.reset());

describe("a page's details tab", () => {
  it('is opened once for a page tab, brought forward when asked again, and never held up by another tab', async () => {
    let now = 1_000_000;
    const details = new DetailsTabs(() => now);
    const create = vi.spyOn(browser.tabs, 'create');
    const update = vi.spyOn(browser.tabs, 'update');
    await details.open(7);
    await details.open(7);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0].url).toMatch(/popup\.html\?tabId=7&view=full$/);
    // Another tab's reader is not held up by the first tab's asking.
    await details.open(8);
    expect(create).toHaveBeenCalledTimes(2);
    // Asked again later: the same details tab comes forward, no new tab.
    now += DETAILS_EVERY_MS + 1;
    for (let i = 0; i < 20; i++) {
      await details.open(7);
      now += DETAILS_EVERY_MS + 1;
    }
    expect(create).toHaveBeenCalledTimes(2);
    expect(update).toHaveBeenCalled();
    // Closed by the reader: a new one opens.
    // (The fake browser cannot remove a tab: the browser's refusal to bring a closed one forward stands for it.)
    update.mockRejectedValueOnce(new Error('No tab with id'));
    await details.open(7);
    expect(create).toHaveBeenCalledTimes(3);
  });
});
