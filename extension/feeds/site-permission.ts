import { siteOf } from './site-of.ts';

/**
 * The host permission a feed needs: its whole site when the site is one owner's
 * (feeds and their article pages often sit on different subdomains of it), the
 * feed's host alone where the site is shared (`x.github.io`, not `*.github.io`)
 * or the address is not a domain name.
 */
export function sitePermission(feedUrl: string): { origins: string[] } {
  const { protocol, hostname } = new URL(feedUrl);
  const site = siteOf(hostname);
  const ownSite = site !== hostname.toLowerCase() && /[a-z]/i.test(site.split('.').at(-1) ?? '');
  return { origins: [ownSite ? `${protocol}//*.${site}/*` : `${protocol}//${hostname}/*`] };
}
