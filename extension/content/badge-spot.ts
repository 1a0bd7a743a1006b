/** A box in document coordinates (CSS px). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Spot {
  x: number;
  y: number;
}

/** Room kept between the badge and anything of the page, and the viewport's edges. */
export const GAP = 6;

/**
 * Where the badge goes: the first spot near the headline that covers none of
 * the page's text or controls and stays within the viewport's width. Tried in
 * turn: above the headline, below it, in the margin beside it, then further up
 * and down the page along the headline's edge and the viewport's; null when
 * there is no room at all (the caller shows less).
 */
export function badgeSpot(
  size: { width: number; height: number },
  headline: Rect | null,
  obstacles: readonly Rect[],
  viewport: Rect,
  rightToLeft = false,
): Spot | null {
  const minX = viewport.x + GAP;
  const maxX = viewport.x + viewport.width - GAP - size.width;
  if (maxX < minX) return null;
  const clampX = (x: number) => Math.min(Math.max(x, minX), maxX);
  // With no headline, the top of what the reader sees, the badge below it.
  const anchor = headline ?? { x: viewport.x + GAP, y: viewport.y, width: 0, height: 0 };
  const start = clampX(rightToLeft ? anchor.x + anchor.width - size.width : anchor.x);
  const end = clampX(rightToLeft ? anchor.x : anchor.x + anchor.width - size.width);
  const above = headline ? anchor.y - GAP - size.height : Number.NEGATIVE_INFINITY;
  const below = anchor.y + anchor.height + GAP;
  const free = (spot: Spot) => spot.y >= GAP && !obstacles.some((o) => intersects(o, { ...spot, ...size }));
  const beside = rightToLeft
    ? [anchor.x - GAP * 2 - size.width, anchor.x + anchor.width + GAP * 2]
    : [anchor.x + anchor.width + GAP * 2, anchor.x - GAP * 2 - size.width];
  const near: Spot[] = [
    { x: start, y: above },
    { x: end, y: above },
    { x: start, y: below },
    { x: end, y: below },
    // In the page's margin beside the headline, where a wide screen has room (unclamped: off-screen is no spot).
    ...beside.filter((x) => x >= minX && x <= maxX).map((x) => ({ x, y: anchor.y })),
  ];
  const found = near.find(free);
  if (found) return found;
  const edges = [start, end, clampX(rightToLeft ? minX : maxX), clampX(rightToLeft ? maxX : minX)];
  for (let step = 4; step <= 600; step += 4) {
    for (const y of [above - step, below + step]) {
      for (const x of edges) if (free({ x, y })) return { x, y };
    }
  }
  return null;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
