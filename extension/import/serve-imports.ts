import { type Browser, browser } from 'wxt/browser';
import type { WiretraceDatabase } from '../db/database.ts';
import { readSettings } from '../db/settings-store.ts';
import { IMPORT_CHANNEL, ImportMessageSchema, type ImportReply } from '../messages/import-protocol.ts';
import { parseMessage } from '../messages/receive.ts';
import { type Connection, messagePortConnection, runtimePortConnection } from './import-channel.ts';
import { ImportSession } from './import-session.ts';

/**
 * An import whose page sends nothing for this long while the worker has
 * nothing left to do is given up and rolled back: the page was closed. (A
 * MessagePort's close event would say so at once, but Chrome does not fire it
 * on the worker's side when the page goes.)
 */
const IDLE_MS = 15_000;
/** Before the first message the page may still be reading a large bundle. */
const FIRST_MESSAGE_MS = 120_000;

/** The import a page is sending; one at a time. */
let running: ImportSession | null = null;

/** Cancels the import under way, if any (the cache is being emptied): its next message is answered with `why`. */
export function cancelRunningImport(why: string): boolean {
  if (!running?.open) return false;
  running.cancel(why);
  return true;
}

interface ImportChannelEvent {
  data: unknown;
  origin: string;
  ports: readonly MessagePort[];
  waitUntil(work: Promise<unknown>): void;
}

/**
 * Listens for import channels from the extension's own pages: a service
 * worker's message with a port (Chrome), a runtime port (Firefox). Call at
 * the worker's start, synchronously, like every listener.
 */
export function serveImports(db: () => WiretraceDatabase): void {
  if ('ServiceWorkerGlobalScope' in globalThis) {
    const scope = globalThis as unknown as {
      addEventListener(type: 'message', listener: (event: ImportChannelEvent) => void): void;
      location: Location;
    };
    scope.addEventListener('message', (event) => {
      const port = event.ports[0];
      if (!port || event.origin !== scope.location.origin || !isImportChannel(event.data)) return;
      event.waitUntil(serve(db(), messagePortConnection(port)));
    });
  }
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === IMPORT_CHANNEL && fromExtensionPage(port.sender))
      void serve(db(), runtimePortConnection(port));
  });
}

function isImportChannel(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === IMPORT_CHANNEL;
}

function fromExtensionPage(sender: Browser.runtime.MessageSender | undefined): boolean {
  return sender?.url?.startsWith(browser.runtime.getURL('/')) ?? false;
}

/**
 * Runs one import over a connection: messages are handled one after another,
 * each answered in turn. Resolves when the import is over, whether it ended,
 * failed, or its page went away (then it is rolled back).
 */
export function serve(db: WiretraceDatabase, connection: Connection): Promise<void> {
  const session = new ImportSession(db, async () => (await readSettings(db)).retention);
  let queue = Promise.resolve();
  let waiting = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  return new Promise((over) => {
    const finish = async () => {
      clearTimeout(idle);
      await session.abandon();
      if (running === session) running = null;
      connection.close();
      over();
    };
    const then = (work: () => Promise<void>) => {
      queue = queue.then(work).catch((error) => console.error('Wiretrace:', error));
    };
    // The page keeps sending while it is there; silence with nothing left to do means it is gone.
    const listen = (ms = IDLE_MS) => {
      clearTimeout(idle);
      idle = setTimeout(() => then(finish), ms);
    };
    connection.onMessage((raw) => {
      clearTimeout(idle);
      waiting++;
      then(async () => {
        const reply = await answer(session, raw);
        connection.post(reply);
        if (--waiting === 0) listen();
        if (!session.open) await finish();
      });
    });
    connection.onClose(() => then(finish));
    listen(FIRST_MESSAGE_MS);
  });
}

async function answer(session: ImportSession, raw: unknown): Promise<ImportReply> {
  const message = parseMessage(ImportMessageSchema, raw, 'an import channel');
  if (!message) {
    await session.abandon();
    return { type: 'failed', error: 'The import sent a malformed message; nothing of it was kept.' };
  }
  if (message.type === 'begin') {
    if (running && running !== session)
      return { type: 'failed', error: 'Another import is running; try again when it has finished.' };
    running = session;
  }
  return session.handle(message);
}
