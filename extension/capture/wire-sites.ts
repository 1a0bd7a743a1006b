/** A wire service's own site: articles read there are its originals. */
export interface WireSite {
  host: string;
  source: string;
}

export const DEFAULT_WIRE_SITES: readonly WireSite[] = [
  { host: 'reuters.com', source: 'Reuters' },
  { host: 'apnews.com', source: 'AP' },
  { host: 'afp.com', source: 'AFP' },
  { host: 'upi.com', source: 'UPI' },
  { host: 'pamediagroup.com', source: 'PA' },
  { host: 'dpa-international.com', source: 'dpa' },
  { host: 'ansa.it', source: 'ANSA' },
  { host: 'efe.com', source: 'EFE' },
  { host: 'kyodonews.net', source: 'Kyodo' },
  { host: 'xinhuanet.com', source: 'Xinhua' },
  { host: 'english.news.cn', source: 'Xinhua' },
  { host: 'en.yna.co.kr', source: 'Yonhap' },
  { host: 'aa.com.tr', source: 'Anadolu' },
  { host: 'tass.com', source: 'TASS' },
  { host: 'ptinews.com', source: 'PTI' },
];

/** The wire site a page's host belongs to (the host itself or a subdomain of it), if any. */
export function wireSiteOf(hostname: string, sites: readonly WireSite[]): WireSite | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.find((site) => host === site.host || host.endsWith(`.${site.host}`)) ?? null;
}

/** Reads the options page's list, one site a line: "apnews.com AP". Lines that do not parse are named. */
export function parseWireSites(text: string): { sites: WireSite[]; errors: string[] } {
  const sites: WireSite[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const match = /^([a-z0-9.-]+\.[a-z0-9-]+)\s+(.{1,60})$/i.exec(line);
    if (match) sites.push({ host: (match[1] as string).toLowerCase(), source: (match[2] as string).trim() });
    else errors.push(`line ${i + 1}: expected a host name and a source, like "apnews.com AP"`);
  });
  return { sites, errors };
}
