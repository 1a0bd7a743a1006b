import { render } from 'preact';
import { type ContentScriptContext, createShadowRootUi, type ShadowRootContentScriptUi } from '#imports';
import { Badge } from '../../components/badge/Badge.tsx';
import type { BadgeSummary } from '../messages/protocol.ts';

export interface BadgeActions {
  onDetails: () => void;
  onHeatmap: (on: boolean) => void;
}

/**
 * Mounts the badge in a shadow root at the end of the body, positioned over the
 * page near the headline: it never enters the page's flow, so the page's
 * layout and styles stay as they were.
 */
export async function mountBadge(
  ctx: ContentScriptContext,
  summary: BadgeSummary,
  actions: BadgeActions,
): Promise<ShadowRootContentScriptUi<void>> {
  const ui = await createShadowRootUi(ctx, {
    name: 'wiretrace-badge',
    // WXT's reset is `:host { all: initial !important }`, which would beat the host's inline position and put it
    // in the page's flow; badge.css resets the host without !important instead.
    inheritStyles: true,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      Object.assign(host.style, {
        position: 'absolute',
        top: '0',
        left: '0',
        width: '0',
        height: '0',
        zIndex: '2147483646',
      });
      const place = () => placeNearHeadline(container);
      place();
      ctx.addEventListener(window, 'resize', place);
      render(<Badge summary={summary} {...actions} />, container);
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}

function placeNearHeadline(container: HTMLElement): void {
  const headline = document.querySelector('article h1, main h1, h1');
  const rect = headline?.getBoundingClientRect();
  const top = rect ? rect.top + window.scrollY - 36 : window.scrollY + 8;
  const left = rect ? rect.left + window.scrollX : 8;
  Object.assign(container.style, {
    position: 'absolute',
    top: `${Math.max(window.scrollY + 4, top)}px`,
    left: `${Math.max(4, left)}px`,
    width: 'max-content',
  });
}
