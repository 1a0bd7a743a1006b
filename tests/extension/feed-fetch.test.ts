import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FeedClient,
  FetchError,
  fetchText,
  MAX_RESPONSE_BYTES,
} from '../../extension/feeds/fetch-text.ts';
import { isPrivateHost, siteOf } from '../../extension/feeds/site-of.ts';
import { sitePermission } from '../../extension/feeds/site-permission.ts';
import { listenLocally } from '../support/listen-locally.ts';

/**
 * A public site, news.example, played by a server on 127.0.0.1: the client
 * sends its requests there, so that redirects to loopback and other sites can
 * be tried without leaving the machine.
 */
const seen: string[] = [];
let sent = 0;
let port = 0;
let close: () => Promise<void>;
const client: FeedClient = {
  fetch: (url, init) => {
    const local = url.replace(/^https?:\/\/(?:www\.|feeds\.)?news\.example/, `http://127.0.0.1:${port}`);
    return fetch(local, init);
  },
  timeoutMs: 5_000,
};

beforeAll(async () => {
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    seen.push(path);
    const redirect = (to: string) => response.writeHead(302, { location: to }).end();
    if (path === '/to-loopback') return redirect(`http://127.0.0.1:${port}/admin/secret`);
    if (path === '/to-other-site') return redirect('https://elsewhere.example/story');
    if (path === '/to-same-site') return redirect('https://feeds.news.example/story');
    if (path === '/to-script') return redirect('javascript:alert(1)');
    if (path === '/loop') return redirect('https://news.example/loop');
    if (path === '/endless') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1 << 20, 'a');
      const pump = () => {
        while (response.writableLength < 4 << 20 && sent < 300 << 20) {
          sent += chunk.length;
          if (!response.write(chunk)) break;
        }
        if (sent < 300 << 20) response.once('drain', pump);
        else response.end();
      };
      response.on('close', () => response.destroy());
      return pump();
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>The story.</p>');
  });
  ({ port, close } = await listenLocally(server));
});
afterAll(() => close());

describe('fetching feeds and their articles', () => {
  it('follows a redirect by hand on the same site', async () => {
    const { text, url } = await fetchText(client, 'https://news.example/to-same-site');
    expect(text).toBe('<p>The story.</p>');
    expect(url).toBe('https://feeds.news.example/story');
  });

  it.each([
    ['to a private address', '/to-loopback', /private address \(127\.0\.0\.1\)/],
    ['to another site', '/to-other-site', /off its site, to elsewhere\.example/],
    ['to a script', '/to-script', /javascript: address/],
    ['in a loop', '/loop', /redirects more than 5 times/],
  ])('refuses a redirect %s, before any request is made there', async (_, path, reason) => {
    seen.length = 0;
    await expect(fetchText(client, `https://news.example${path}`)).rejects.toThrow(reason);
    expect(seen).not.toContain('/admin/secret');
    expect(seen.filter((p) => p !== path && p !== '/loop')).toEqual([]);
  });

  it('stops reading a response past the size limit, however it is sent', async () => {
    const error = await fetchText(client, 'https://news.example/endless').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toMatch(/too large/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent).toBeLessThan(MAX_RESPONSE_BYTES * 4);
  });

  it('tells private addresses and shared sites apart', () => {
    for (const host of [
      '127.0.0.1',
      'localhost',
      '10.1.2.3',
      '192.168.0.4',
      '172.20.0.1',
      '169.254.1.1',
      '[::1]',
      'fd00::1',
    ])
      expect(isPrivateHost(host), host).toBe(true);
    for (const host of ['8.8.8.8', 'apnews.com', '172.32.0.1']) expect(isPrivateHost(host), host).toBe(false);
    expect(siteOf('feeds.apnews.com')).toBe('apnews.com');
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('wire.github.io')).toBe('wire.github.io');
  });

  it("asks for a feed's whole site only where the site is one owner's", () => {
    expect(sitePermission('https://feeds.apnews.com/rss')).toEqual({ origins: ['https://*.apnews.com/*'] });
    expect(sitePermission('https://wire.github.io/feed.xml')).toEqual({
      origins: ['https://wire.github.io/*'],
    });
    expect(sitePermission('http://127.0.0.1:8080/feed')).toEqual({ origins: ['http://127.0.0.1/*'] });
  });
});
