import { badgeSpot, GAP, intersects, type Rect, type Spot } from './badge-spot.ts';
import { findHeadline } from './find-headline.ts';
import { isDarkBehind } from './page-background.ts';
import { floatingElements, pageObstacles } from './page-obstacles.ts';

/**
 * Where the badge goes on its page: beside the article's own headline, in a
 * spot that covers none of the page's text or controls and stays within the
 * viewport's width (badge-spot.ts), measured as it is drawn. With no such
 * spot, the badge shrinks to its dot; its line is still its button's name.
 */
export class BadgePlacement {
  private headline: HTMLElement | null;
  private floating: Element[];
  private closedSpot: Spot | null = null;
  private placedSize = '';

  constructor(
    private readonly host: HTMLElement,
    private readonly container: HTMLElement,
    private readonly badge: HTMLElement,
  ) {
    this.headline = findHeadline(document);
    this.floating = floatingElements(document);
    container.classList.toggle('wt-on-dark', isDarkBehind(this.headline));
  }

  placeIfResized(): void {
    if (this.sizeKey() !== this.placedSize) this.place();
  }

  place(): void {
    const open = this.badge.querySelector('.wt-panel') !== null;
    // Where its offsets count from: the host has no box, so the container is measured at offset 0.
    Object.assign(this.container.style, { position: 'absolute', left: '0px', top: '0px' });
    const origin = this.container.getBoundingClientRect();
    // Open, the badge shows its whole line whatever room its closed form had.
    if (open) this.setCompact(false);
    const spot = open && this.closedSpot ? this.openSpot(this.closedSpot) : this.findClosedSpot();
    Object.assign(this.container.style, {
      left: `${spot.x - (origin.left + window.scrollX)}px`,
      top: `${spot.y - (origin.top + window.scrollY)}px`,
    });
    this.placedSize = this.sizeKey();
    this.hideUnderFloating();
  }

  /** Hidden while a sticky header or other floating part of the page is over it. */
  hideUnderFloating(): void {
    const box = this.badge.getBoundingClientRect();
    const covered = this.floating.some((element) => intersects(element.getBoundingClientRect(), box));
    this.badge.style.visibility = covered ? 'hidden' : '';
  }

  private findClosedSpot(): Spot {
    const headline = this.headline?.isConnected ? textBox(this.headline) : null;
    const top = (headline?.y ?? window.scrollY) - 700;
    const bottom = (headline ? headline.y + headline.height : window.scrollY) + 900;
    // A sticky header passes over whatever is below it: all of its box is taken, not only its text.
    const obstacles = [...pageObstacles(document, top, bottom, this.host), ...this.floating.map(documentBox)];
    const viewport = {
      x: window.scrollX,
      y: window.scrollY,
      width: viewWidth(),
      height: viewHeight(),
    };
    const rightToLeft = getComputedStyle(this.headline ?? document.body).direction === 'rtl';
    for (const compact of [false, true]) {
      this.setCompact(compact);
      const { width, height } = this.badge.getBoundingClientRect();
      const spot = badgeSpot({ width, height }, headline, obstacles, viewport, rightToLeft);
      if (spot) {
        this.closedSpot = spot;
        return spot;
      }
    }
    // Nowhere free near the headline: the top corner of the page, as small as it gets.
    const { width } = this.badge.getBoundingClientRect();
    this.closedSpot = {
      x: rightToLeft ? window.scrollX + GAP : window.scrollX + viewWidth() - width - GAP,
      y: window.scrollY + GAP,
    };
    return this.closedSpot;
  }

  /**
   * Sized as it will be shown before it is measured. Its width is the same
   * whatever it says (the viewport's alone decides it): a page that measures
   * what is drawn over it learns nothing of the verdict from its size.
   */
  private setCompact(compact: boolean): void {
    this.container.classList.toggle('wt-compact', compact);
    this.container.style.width = compact ? 'max-content' : `${badgeWidth()}px`;
  }

  /** Open, the badge grows from where its line is, moved only as far as it takes to stay in the viewport. */
  private openSpot(closed: Spot): Spot {
    const { width, height } = this.badge.getBoundingClientRect();
    const right = window.scrollX + viewWidth() - GAP;
    const bottom = window.scrollY + viewHeight() - GAP;
    return {
      x: Math.max(window.scrollX + GAP, Math.min(closed.x, right - width)),
      y: Math.max(window.scrollY + GAP, Math.min(closed.y, bottom - height)),
    };
  }

  private sizeKey(): string {
    const { width, height } = this.badge.getBoundingClientRect();
    return `${Math.round(width)}x${Math.round(height)}`;
  }
}

/** The badge's width: its line on one line at the usual widths, the panel still a narrow column. */
const MAX_WIDTH = 460;

/** The badge's width on this page: the usual, or the viewport's less its margins where that is narrower. */
function badgeWidth(): number {
  return Math.min(MAX_WIDTH, viewWidth() - 2 * GAP);
}

function documentBox(element: Element): Rect {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x: x + window.scrollX, y: y + window.scrollY, width, height };
}

/** The box of an element's text in document coordinates: a headline's words, not its block's full width. */
function textBox(element: HTMLElement): Rect {
  const range = document.createRange();
  range.selectNodeContents(element);
  const box = range.getBoundingClientRect();
  const used = box.width > 0 ? box : element.getBoundingClientRect();
  return { x: used.x + window.scrollX, y: used.y + window.scrollY, width: used.width, height: used.height };
}

/** The viewport less its scrollbars: what the page's content can use. */
function viewWidth(): number {
  return document.documentElement.clientWidth || window.innerWidth;
}

function viewHeight(): number {
  return document.documentElement.clientHeight || window.innerHeight;
}
