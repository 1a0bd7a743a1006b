import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type BrowserLauncher, BUILD_DIR, type ExtensionBrowser, type Tab } from './driver.ts';

const GECKO_ID = 'wiretrace@wiretrace.example';

/** What Firefox calls on its own: remote settings (blocklists, certificates). */
const FIREFOX_SERVICES = ['firefox.settings.services.mozilla.com'];

export const firefoxLauncher: BrowserLauncher = { ownServices: FIREFOX_SERVICES, launch: launchFirefox };

/** Debian's Firefox ESR with the built MV2 extension installed, driven by Puppeteer over WebDriver BiDi. */
async function launchFirefox(proxy: string): Promise<ExtensionBrowser> {
  const uuid = randomUUID();
  const [proxyHost, proxyPort] = proxy.split(':');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // The test wire site's certificate is made for each run.
    acceptInsecureCerts: true,
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      // A fixed internal UUID, so the test knows the extension pages' moz-extension:// address.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'ui.systemUsesDarkTheme': 0,
      // Optional permissions are granted without a prompt no automation could answer.
      'extensions.webextOptionalPermissionPrompts': false,
      // Every request, loopback included, through the test's request guard.
      'network.proxy.type': 1,
      'network.proxy.http': proxyHost,
      'network.proxy.http_port': Number(proxyPort),
      'network.proxy.ssl': proxyHost,
      'network.proxy.ssl_port': Number(proxyPort),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own services, quiet, so that any request the guard sees is the extension's or a page's.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  const base = `moz-extension://${uuid}/`;
  await browser.installExtension(join(BUILD_DIR, 'firefox-mv2'));
  // WebDriver BiDi may not navigate a tab to a moz-extension:// page; the extension opens its options page on install.
  const optionsPage = await pageShowing(browser, base);
  return {
    name: 'firefox',
    extensionBase: base,
    extensionId: GECKO_ID,
    newTab: async () => puppeteerTab(await browser.newPage()),
    extensionTab: async () => puppeteerTab(optionsPage),
    close: () => closeOrKill(browser),
  };
}

/**
 * Closes Firefox, and kills it if it has not closed within a while: on a
 * busy machine its WebDriver BiDi session has been seen to hang on close
 * after every test had passed, holding the run past its hook's time.
 */
async function closeOrKill(browser: Browser): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), CLOSE_MS);
  });
  const outcome = await Promise.race([browser.close().catch(() => 'failed' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timed out' || outcome === 'failed') browser.process()?.kill('SIGKILL');
}

const CLOSE_MS = 20_000;

function puppeteerTab(page: Page): Tab {
  return {
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url);
        return;
      }
      // From an extension page, the page itself may go to another of the extension's pages.
      await page.evaluate((target) => location.assign(target), url);
      await waitUntil(async () => {
        const [href, ready] = await page
          .evaluate(() => [location.href, document.readyState])
          .catch(() => ['', '']);
        return href === url && ready === 'complete';
      });
    },
    waitFor: async (selector, timeout = 20_000) => {
      await page.waitForSelector(selector, { timeout });
    },
    count: async (selector) => (await page.$$(selector)).length,
    text: async (selector) => (await page.$eval(selector, (e) => e.textContent)) ?? '',
    click: async (selector) => {
      await page.click(selector);
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    fill: async (selector, value) => {
      await page.$eval(
        selector,
        (element, text) => {
          (element as HTMLInputElement).value = text as string;
          element.dispatchEvent(new Event('input', { bubbles: true }));
        },
        value,
      );
    },
    upload: async (selector, file) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile: (path: string) => Promise<void> }).uploadFile(file);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    screenshotOf: async (selector, path) => {
      const element = await page.waitForSelector(selector);
      await element?.screenshot({ path: path as `${string}.png` });
    },
    screenshotArea: async (clip, path) => {
      await page.screenshot({ path: path as `${string}.png`, clip });
    },
    resize: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

/** The tab whose document is at a URL under `base` (BiDi reports extension tabs' URLs late, so ask the page). */
async function pageShowing(browser: Browser, base: string): Promise<Page> {
  let found: Page | null = null;
  await waitUntil(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(base)) found = page;
    }
    return found !== null;
  });
  return found as unknown as Page;
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting in Firefox');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
