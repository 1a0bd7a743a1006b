import { type Browser, browser } from 'wxt/browser';
import type { WiretraceDatabase } from '../db/database.ts';
import { IMPORT_CHANNEL, ImportMessageSchema, type ImportReply } from '../messages/import-protocol.ts';
import { parseMessage } from '../messages/receive.ts';
import { type Connection, messagePortConnection, runtimePortConnection } from './import-channel.ts';
import { ImportSession } from './import-session.ts';

/** An import that hears nothing from its page for this long is given up and rolled back. */
const IDLE_MS = 120_000;

/** The import a page is sending; one at a time. */
let running: ImportSession | null = null;

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
  const session = new ImportSession(db);
  let queue = Promise.resolve();
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
    connection.onMessage((raw) => {
      clearTimeout(idle);
      idle = setTimeout(() => then(finish), IDLE_MS);
      then(async () => {
        const reply = await answer(session, raw);
        connection.post(reply);
        if (!session.open) await finish();
      });
    });
    connection.onClose(() => then(finish));
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
