import { describe, expect, it } from 'vitest';
import { badgeSpot, GAP, intersects, type Rect } from '../../extension/content/badge-spot.ts';

const VIEWPORT: Rect = { x: 0, y: 0, width: 1280, height: 860 };
const SIZE = { width: 400, height: 32 };
const HEADLINE: Rect = { x: 280, y: 120, width: 690, height: 80 };

function lines(top: number, bottom: number, x = 280, width = 690): Rect[] {
  const rects: Rect[] = [];
  for (let y = top; y < bottom; y += 26) rects.push({ x, y, width, height: 22 });
  return rects;
}

function expectFree(spot: { x: number; y: number } | null, obstacles: Rect[], viewport = VIEWPORT) {
  expect(spot).not.toBeNull();
  const box = { ...(spot as { x: number; y: number }), ...SIZE };
  expect(obstacles.filter((o) => intersects(o, box))).toEqual([]);
  expect(box.x).toBeGreaterThanOrEqual(viewport.x + GAP);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.x + viewport.width - GAP);
}

describe('where the badge goes', () => {
  it('sits just above the headline, at its start, when there is room', () => {
    const obstacles = [HEADLINE, ...lines(210, 800)];
    expect(badgeSpot(SIZE, HEADLINE, obstacles, VIEWPORT)).toEqual({ x: 280, y: 120 - GAP - 32 });
  });

  it('goes to the headline’s other end, or below it, when a date or breadcrumbs sit above its start', () => {
    const crumbs = { x: 280, y: 90, width: 240, height: 20 };
    const atEnd = badgeSpot(SIZE, HEADLINE, [HEADLINE, crumbs, ...lines(210, 800)], VIEWPORT);
    expect(atEnd).toEqual({ x: 280 + 690 - 400, y: 82 });
    const wideCrumbs = { x: 280, y: 90, width: 690, height: 20 };
    const obstacles = [HEADLINE, wideCrumbs, ...lines(0, 88, 0, 1280), ...lines(240, 800)];
    expect(badgeSpot(SIZE, HEADLINE, obstacles, VIEWPORT)).toEqual({ x: 280, y: 200 + GAP });
  });

  it('uses the margin beside the headline on a wide screen when above and below are taken', () => {
    const obstacles = [HEADLINE, ...lines(0, 118), ...lines(202, 800)];
    const spot = badgeSpot({ width: 260, height: 32 }, HEADLINE, obstacles, VIEWPORT);
    expect(spot).toEqual({ x: 280 + 690 + 2 * GAP, y: 120 });
  });

  it('looks further up and down the page when nothing near is free, and never covers text', () => {
    const obstacles = [
      HEADLINE,
      ...lines(0, 118, 0, 1280),
      ...lines(202, 500, 0, 1280),
      ...lines(560, 900, 0, 1280),
    ];
    const spot = badgeSpot(SIZE, HEADLINE, obstacles, VIEWPORT);
    expectFree(spot, obstacles);
    expect(spot?.y).toBeGreaterThan(200);
  });

  it('stays within the viewport’s width on a phone, and finds no spot where there is no room', () => {
    const phone = { x: 0, y: 0, width: 390, height: 860 };
    const headline = { x: 16, y: 120, width: 358, height: 160 };
    const spot = badgeSpot({ width: 378, height: 50 }, headline, [headline], phone);
    expect(spot).toEqual({ x: GAP, y: 120 - GAP - 50 });
    expect(badgeSpot({ width: 420, height: 32 }, headline, [], phone)).toBeNull();
    const everywhere = lines(0, 2000, 0, 390);
    expect(badgeSpot({ width: 300, height: 32 }, headline, everywhere, phone)).toBeNull();
  });

  it('starts from the headline’s right end on a right-to-left page', () => {
    const obstacles = [HEADLINE];
    expect(badgeSpot(SIZE, HEADLINE, obstacles, VIEWPORT, true)).toEqual({
      x: 280 + 690 - 400,
      y: 120 - GAP - 32,
    });
  });

  it('never goes above the top of the page, and sits at the top of the viewport with no headline', () => {
    const headline = { x: 280, y: 10, width: 690, height: 80 };
    const spot = badgeSpot(SIZE, headline, [headline], VIEWPORT);
    expect(spot).toEqual({ x: 280, y: 90 + GAP });
    expect(badgeSpot(SIZE, null, [], { ...VIEWPORT, y: 500 })).toEqual({ x: GAP, y: 500 + GAP });
  });
});
