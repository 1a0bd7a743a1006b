import { siteOf } from './site-of.ts';

/**
 * The host permission a feed needs: its whole site (feeds and their article
 * pages often sit on different subdomains), or just the host for an address
 * that is not a domain name.
 */
export function sitePermission(feedUrl: string): { origins: string[] } {
  const { protocol, hostname } = new URL(feedUrl);
  const isDomain = /[a-z]/i.test(hostname.split('.').at(-1) ?? '') && hostname.includes('.');
  return { origins: [isDomain ? `${protocol}//*.${siteOf(hostname)}/*` : `${protocol}//${hostname}/*`] };
}
