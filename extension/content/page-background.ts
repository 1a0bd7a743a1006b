/**
 * Whether the page is dark where the badge sits: the first background colour
 * that is not transparent, from the element up to the root. The badge takes
 * its colours from the page it sits on, not from the reader's system theme: a
 * dark site in a light system (or the reverse) would otherwise show a glaring
 * badge. A page with no background of its own is the browser's white.
 */
export function isDarkBehind(element: Element | null): boolean {
  for (let e: Element | null = element ?? document.body; e; e = e.parentElement) {
    const rgba = parseColor(getComputedStyle(e).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4;
  }
  return false;
}

function parseColor(css: string): [number, number, number, number] | null {
  const parts = /^rgba?\(([^)]+)\)$/
    .exec(css.trim())?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean);
  if (!parts || parts.length < 3) return null;
  const [r, g, b] = parts.slice(0, 3).map(Number) as [number, number, number];
  const alpha =
    parts[3] === undefined
      ? 1
      : parts[3].endsWith('%')
        ? Number.parseFloat(parts[3]) / 100
        : Number(parts[3]);
  return [r, g, b, alpha];
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance([r, g, b]: [number, number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
