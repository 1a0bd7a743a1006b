/**
 * Calls back when the page's address changes other than in its fragment: a
 * single-page site navigating. The address is polled rather than learnt from
 * events, which the page controls and can fire at will.
 */
export function watchAddress(signal: AbortSignal, onChange: () => void, everyMs = 1_000): void {
  let last = withoutFragment(location.href);
  const timer = setInterval(() => {
    const now = withoutFragment(location.href);
    if (now === last) return;
    last = now;
    onChange();
  }, everyMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
