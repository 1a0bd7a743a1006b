import { createIsolatedElement } from '@webext-core/isolated-element';
import { render } from 'preact';
import { Badge, type BadgeActions } from '../../components/badge/Badge.tsx';
import badgeCss from '../../components/badge/badge.css?inline';
import type { BadgeState, Box } from '../messages/content-messages.ts';
import type { BadgeSummary } from '../messages/replies.ts';
import { BadgePlacement } from './badge-placement.ts';
import { findHeadline, hostPlace } from './find-headline.ts';

/** Events stopped at the badge's shadow root, so the page's own listeners never see what the reader does in it. */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'focusin',
  'focusout',
];

/**
 * Where the badge lives on a page: a built-in `span` with a closed shadow
 * root. A custom element's name can be defined by the page first (its
 * constructor then holds the root, or refuses one); a built-in element's
 * closed root is out of the page's reach. The host goes at the end of the
 * headline (or of the body, find-headline.ts) and is `display: contents`: it
 * has no box, so its size reads 0 × 0 whatever it shows, and the badge inside
 * is positioned over the page, so the page's layout never moves; where it goes
 * is badge-placement.ts's. The host is there on every article page Wiretrace
 * judges, whatever it found: its presence says only that the page looks like
 * an article, not what the reader's cache holds.
 */
export class BadgeHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private removeListeners: AbortController | null = null;

  /** Puts the (empty) host on the page if it is not there; false when the page would not let it be put there. */
  async mount(): Promise<boolean> {
    if (this.host?.isConnected) return true;
    this.remove();
    try {
      const { parentElement, isolatedElement } = await createIsolatedElement({
        name: 'span',
        mode: 'closed',
        css: { textContent: badgeCss },
        isolateEvents: ISOLATED_EVENTS,
      });
      // Inline and important: the page's own rules for `span` (display: none, a position, a size) lose to these.
      for (const [property, value] of HOST_STYLE)
        parentElement.style.setProperty(property, value, 'important');
      isolatedElement.style.setProperty('z-index', '2147483646');
      hostPlace(findHeadline(document)).append(parentElement);
      this.host = parentElement;
      this.container = isolatedElement;
      return true;
    } catch (error) {
      console.debug('Wiretrace: the badge could not be put on this page:', error);
      return false;
    }
  }

  /** Shows the badge for a finding (an empty host for none). */
  show(summary: BadgeSummary | null, actions: BadgeActions, marked = false): void {
    const container = this.container;
    if (!container) return;
    this.removeListeners?.abort();
    this.removeListeners = new AbortController();
    if (!summary) {
      render(null, container);
      return;
    }
    let placement: BadgePlacement | null = null;
    const onLayout = () => placement?.placeIfResized();
    render(<Badge summary={summary} {...actions} marked={marked} onLayout={onLayout} />, container);
    const badge = container.querySelector<HTMLElement>('.wt-badge');
    if (badge && this.host)
      placement = this.keepPlaced(this.host, container, badge, this.removeListeners.signal);
  }

  /** Places the badge, and again when the viewport or the badge changes size; hides it under a sticky header. */
  private keepPlaced(
    host: HTMLElement,
    container: HTMLElement,
    badge: HTMLElement,
    signal: AbortSignal,
  ): BadgePlacement {
    const placement = new BadgePlacement(host, container, badge);
    placement.place();
    const resized = new ResizeObserver(() => placement.placeIfResized());
    resized.observe(badge);
    signal.addEventListener('abort', () => resized.disconnect(), { once: true });
    // A window being dragged wider fires resize many times a frame: the page's boxes are read once a frame.
    window.addEventListener(
      'resize',
      oncePerFrame(() => placement.place()),
      { signal },
    );
    window.addEventListener(
      'scroll',
      oncePerFrame(() => placement.hideUnderFloating()),
      { passive: true, signal },
    );
    return placement;
  }

  /** What the badge shows and where, in the viewport: for the popup and the tests, which cannot see into the root. */
  state(): Omit<BadgeState, 'marked'> {
    const badge = this.container?.querySelector<HTMLElement>('.wt-badge') ?? null;
    return {
      host: this.host?.isConnected ?? false,
      badgeHidden: badge !== null && isHiddenByPage(badge),
      text: badge?.querySelector('.wt-text')?.textContent ?? null,
      open: badge?.querySelector('.wt-panel') != null,
      box: badge ? boxOf(badge) : null,
      controls: Array.from(badge?.querySelectorAll('button') ?? [], (button) => ({
        name: button.textContent ?? '',
        box: boxOf(button),
      })),
      focused: focusedIn(this.container)?.textContent ?? null,
    };
  }

  remove(): void {
    this.removeListeners?.abort();
    this.removeListeners = null;
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = null;
    this.container = null;
  }
}

/** The host's own style: no box of its own, nothing of the page's styles. */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'contents'],
];

/**
 * Whether the page hides a badge Wiretrace shows: not rendered, or made
 * invisible or transparent by the page's styles. (Wiretrace itself hides it
 * only under a sticky header, by its own `visibility`, which does not count.)
 */
function isHiddenByPage(badge: HTMLElement): boolean {
  if (badge.style.visibility === 'hidden') return false;
  const element = badge as HTMLElement & { checkVisibility?: (options: object) => boolean };
  if (!element.checkVisibility) return false;
  return !element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** A handler that runs at most once an animation frame, however often the event fires. */
function oncePerFrame(run: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      run();
    });
  };
}

/** The element that has the focus inside the badge's (closed) shadow root, if any. */
function focusedIn(container: HTMLElement | null): Element | null {
  const root = container?.getRootNode();
  return root instanceof ShadowRoot ? root.activeElement : null;
}

function boxOf(element: Element): Box {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
}
