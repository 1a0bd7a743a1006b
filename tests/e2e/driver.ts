/** What the end-to-end scenario needs from a browser, the same for Chromium (Playwright) and Firefox (Puppeteer). */
export interface Tab {
  goto(url: string): Promise<void>;
  /** Waits for a selector; `>>>` crosses into shadow roots. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  count(selector: string): Promise<number>;
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  /** A real (trusted) click at a point of the viewport, as the reader's mouse makes it. */
  mouseClick(x: number, y: number): Promise<void>;
  /** A real key press on whatever has the focus. */
  press(key: string): Promise<void>;
  /** Sets a form field's value as typing would (an input event follows). */
  fill(selector: string, value: string): Promise<void>;
  upload(selector: string, file: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  screenshot(path: string): Promise<void>;
  screenshotOf(selector: string, path: string): Promise<void>;
  /** A screenshot of an area of the viewport. */
  screenshotArea(area: { x: number; y: number; width: number; height: number }, path: string): Promise<void>;
  resize(width: number, height: number): Promise<void>;
  /** Shows the page as under the system's light or dark theme (prefers-color-scheme; Chromium: WebDriver BiDi has no such call). */
  colorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  /** Pauses the page's scripts where they next run, as a debugger does; resolves with what resumes them (Chromium). */
  pauseScripts?(): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** The extension's base URL, e.g. chrome-extension://id/ */
  extensionBase: string;
  /** What `runtime.id` says: the id in Chromium, the add-on id (the same for every install) in Firefox. */
  extensionId: string;
  newTab(): Promise<Tab>;
  /** A tab showing one of the extension's pages, from which its storage and APIs can be reached. */
  extensionTab(): Promise<Tab>;
  /** Stops the extension's worker as the browser does an idle MV3 worker (Chromium; Firefox's MV2 page never stops). */
  stopWorker?(): Promise<void>;
  close(): Promise<void>;
}

/** A browser to launch with every request sent through a proxy at host:port. */
export interface BrowserLauncher {
  /** Hosts the browser itself calls even with no extension (updates, network time, sign-in). */
  ownServices: readonly string[];
  launch(proxy: string): Promise<ExtensionBrowser>;
}

export const BUILD_DIR = new URL('../../.output/', import.meta.url).pathname;
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

/** A made-up wire service's host, sent to 127.0.0.1 by the request guard, for capture on wire sites. */
export const WIRE_TEST_HOST = 'news.wire.test';
