import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { BROWSER_FLAGS, type BrowserLauncher, BUILD_DIR, type ExtensionBrowser, type Tab } from './driver.ts';

/** What Chromium calls on its own: component and extension updates, network time, Google sign-in. */
const CHROMIUM_SERVICES = ['update.googleapis.com', 'clients2.google.com', 'accounts.google.com'];

export const chromiumLauncher: BrowserLauncher = {
  ownServices: CHROMIUM_SERVICES,
  launch: (proxy) => launchChromium(proxy),
};

/** Debian's Chromium with the built MV3 extension loaded, driven by Playwright; its profile in a folder of `profileParent`. */
export async function launchChromium(proxy: string, profileParent = tmpdir()): Promise<ExtensionBrowser> {
  const extension = join(BUILD_DIR, 'chrome-mv3');
  const profile = mkdtempSync(join(profileParent, 'wiretrace-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1100, height: 900 },
    args: [
      ...BROWSER_FLAGS,
      // Every request, loopback included, through the test's request guard.
      `--proxy-server=http://${proxy}`,
      // The test wire site's certificate is made for each run.
      '--ignore-certificate-errors',
      '--proxy-bypass-list=<-loopback>',
      // Chromium's own services, quiet, so that any request the guard sees is the extension's or a page's.
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    name: 'chromium',
    extensionBase: `chrome-extension://${new URL(worker.url()).host}/`,
    extensionId: new URL(worker.url()).host,
    newTab: async () => playwrightTab(await context.newPage()),
    extensionTab: async () => {
      const tab = playwrightTab(await context.newPage());
      await tab.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      return tab;
    },
    stopWorker: () => stopExtensionWorker(context, `chrome-extension://${new URL(worker.url()).host}/`),
    close: async () => {
      await closeContext(context);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops the extension's service worker as Chrome stops an idle one, and
 * returns once DevTools reports it stopped: a stop asked for while the worker
 * is busy starting or answering may be dropped, so it is asked again.
 */
async function stopExtensionWorker(context: BrowserContext, base: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const status = new Map<string, WorkerVersion['runningStatus']>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
    for (const version of versions)
      if (version.scriptURL.startsWith(base)) status.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const stopped = () => status.size > 0 && [...status.values()].every((s) => s === 'stopped');
  for (let attempt = 0; attempt < 40 && !stopped(); attempt++) {
    if (attempt % 4 === 0) await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await cdp.detach();
  if (!stopped()) throw new Error(`The extension's worker did not stop: ${JSON.stringify([...status])}`);
}

function playwrightTab(page: Page): Tab {
  const css = (selector: string) => selector.replaceAll(' >>> ', ' ');
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    waitFor: async (selector, timeout = 20_000) => {
      await page.locator(css(selector)).first().waitFor({ timeout });
    },
    count: (selector) => page.locator(css(selector)).count(),
    text: async (selector) => (await page.locator(css(selector)).first().textContent()) ?? '',
    click: (selector) => page.locator(css(selector)).first().click(),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    fill: (selector, value) => page.locator(css(selector)).first().fill(value),
    upload: (selector, file) => page.locator(selector).setInputFiles(file),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    screenshotOf: async (selector, path) => {
      await page.locator(css(selector)).first().screenshot({ path });
    },
    screenshotArea: async (clip, path) => {
      await page.screenshot({ path, clip });
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    pauseScripts: async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Debugger.enable');
      await cdp.send('Debugger.pause');
      return async () => {
        // A pause is a request until a script runs: on a busy machine it may not have begun, and resuming
        // then fails. Detaching ends the session either way, and a pause still pending with it.
        await cdp.send('Debugger.resume').catch(() => {});
        await cdp.detach();
      };
    },
    close: () => page.close(),
  };
}

async function closeContext(context: BrowserContext): Promise<void> {
  await context.close();
}
