import { type Browser, browser } from 'wxt/browser';
import {
  IMPORT_CHANNEL,
  type ImportMessage,
  type ImportReply,
  ImportReplySchema,
} from '../messages/import-protocol.ts';
import { parseMessage } from '../messages/receive.ts';
import { ImportFailedError, type SendImportMessage } from './send-bundle.ts';

/**
 * The channel an import travels on, from the options page to the worker.
 * Chrome's `runtime` messaging turns messages into JSON, which cost ~0.35 s
 * for 5,000 stories before any was written and loses typed arrays, so
 * there the page posts straight to the extension's service worker over a
 * MessagePort (structured clones, buffers transferred). Firefox runs the
 * worker as a background page with no service worker, and its `runtime`
 * ports already carry structured clones.
 */
export interface Connection {
  post(message: unknown, transfer?: Transferable[]): void;
  onMessage(listener: (message: unknown) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

export interface ImportChannel {
  send: SendImportMessage;
  close(): void;
}

/** Opens an import channel from an extension page. */
export async function openImportChannel(): Promise<ImportChannel> {
  // A page may see the registration before it sees its worker active: `ready` waits for that.
  const registered = await navigator.serviceWorker?.getRegistration();
  const worker = registered ? (await navigator.serviceWorker.ready).active : null;
  return importChannelOver(
    worker
      ? serviceWorkerConnection(worker)
      : runtimePortConnection(browser.runtime.connect({ name: IMPORT_CHANNEL })),
  );
}

/**
 * A chunk is written in a second or two, a merge of a large index in a few;
 * an answer this late means the worker is gone (Chrome says nothing when it
 * stops the worker at the other end of a port).
 */
const ANSWER_MS = 30_000;

/** An import channel on a connection; replies come in the order of the messages, each answering the oldest unanswered. */
export function importChannelOver(connection: Connection): ImportChannel {
  const waiting: { resolve(reply: ImportReply): void; reject(error: Error): void }[] = [];
  let silence: ReturnType<typeof setTimeout> | undefined;
  const expectAnswer = () => {
    clearTimeout(silence);
    if (waiting.length > 0) silence = setTimeout(giveUp, ANSWER_MS);
  };
  const giveUp = () => {
    const error = new ImportFailedError(
      'The worker stopped answering in the middle of the import (the browser stopped it); nothing of it was kept.',
    );
    for (const request of waiting.splice(0)) request.reject(error);
    clearTimeout(silence);
    connection.close();
  };
  connection.onMessage((message) => {
    const reply = parseMessage(ImportReplySchema, message, 'the background worker');
    waiting.shift()?.resolve(reply ?? { type: 'failed', error: 'The worker answered something unreadable.' });
    expectAnswer();
  });
  connection.onClose(giveUp);
  return {
    send: (message) =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        connection.post(message, transferablesOf(message));
        if (waiting.length === 1) expectAnswer();
      }),
    close: () => {
      clearTimeout(silence);
      connection.close();
    },
  };
}

function transferablesOf(message: ImportMessage): Transferable[] {
  if (message.type !== 'chunk') return [];
  // Only typed arrays' buffers: a malformed message still reaches the worker, to be refused there.
  return Object.values(message.fingerprints as Record<string, unknown>)
    .filter((value): value is Uint32Array<ArrayBuffer> => value instanceof Uint32Array)
    .map((array) => array.buffer);
}

function serviceWorkerConnection(worker: ServiceWorker): Connection {
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ type: IMPORT_CHANNEL }, [port2]);
  return messagePortConnection(port1);
}

export function messagePortConnection(port: MessagePort): Connection {
  port.start();
  return {
    post: (message, transfer = []) => port.postMessage(message, transfer),
    onMessage: (listener) => port.addEventListener('message', (event) => listener(event.data)),
    // A port's close event is recent (Chrome 122); without it, the worker's idle timeout ends the import.
    onClose: (listener) => port.addEventListener('close', listener),
    close: () => port.close(),
  };
}

export function runtimePortConnection(port: Browser.runtime.Port): Connection {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((message) => listener(message)),
    onClose: (listener) => port.onDisconnect.addListener(() => listener()),
    close: () => port.disconnect(),
  };
}
