import { CorpusError, parseStoriesJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';
import type { SaveReport } from '../db/save-stories.ts';
import type { ImportMessage, ImportReply } from '../messages/import-protocol.ts';
import { fingerprintAlongside } from './fingerprint-alongside.ts';
import { packFingerprints } from './packed-fingerprints.ts';

export interface ImportResult extends SaveReport {
  imported: number;
  /** Stories in the cache afterwards. */
  total: number;
}

export class ImportFailedError extends Error {}

/** Sends one message of an import and resolves with the worker's reply to it. */
export type SendImportMessage = (message: ImportMessage) => Promise<ImportReply>;

/** The first chunk is small, so that the worker starts writing while the next is fingerprinted. */
const FIRST_CHUNK = 250;
const CHUNK = 1_000;

/**
 * Imports a JSONL bundle, all or nothing: every line is checked before
 * anything is sent, then the stories go in chunks, each fingerprinted here
 * while the worker writes the one before (the options page and the worker run
 * on two threads). A bad line, or a failure in the worker (after it has rolled
 * back what it wrote), throws an ImportFailedError saying what was wrong.
 */
export async function sendBundle(
  jsonl: string,
  send: SendImportMessage,
  onProgress: (stored: number, of: number) => void = () => {},
): Promise<ImportResult> {
  const stories = checkedStories(jsonl);
  expectReply(await send({ type: 'begin', stories: stories.length }), 'ready');
  const chunks = chunksOf(stories);
  let fingerprints = await fingerprintAlongside(chunks[0] ?? []);
  for (const [i, chunk] of chunks.entries()) {
    const sending = send({ type: 'chunk', stories: chunk, fingerprints: packFingerprints(fingerprints) });
    const [reply, next] = await Promise.all([sending, fingerprintAlongside(chunks[i + 1] ?? [])]);
    onProgress(expectReply(reply, 'saved').stories, stories.length);
    fingerprints = next;
  }
  const { report, imported, total } = expectReply(await send({ type: 'end' }), 'done');
  return { ...report, imported, total };
}

/** Why a bundle was refused, as the reader is told: nothing of it is kept. */
export function notImported(reason: string): string {
  return `The bundle was not imported: ${reason}. Nothing was changed.`;
}

function checkedStories(jsonl: string): Story[] {
  try {
    return parseStoriesJsonl(jsonl);
  } catch (error) {
    if (error instanceof CorpusError) throw new ImportFailedError(notImported(error.message));
    throw error;
  }
}

function chunksOf(stories: readonly Story[]): Story[][] {
  const chunks = [stories.slice(0, FIRST_CHUNK)];
  for (let start = FIRST_CHUNK; start < stories.length; start += CHUNK)
    chunks.push(stories.slice(start, start + CHUNK));
  return chunks;
}

function expectReply<T extends ImportReply['type']>(
  reply: ImportReply,
  type: T,
): Extract<ImportReply, { type: T }> {
  if (reply.type === 'failed') throw new ImportFailedError(reply.error);
  if (reply.type !== type)
    throw new ImportFailedError(`The worker answered "${reply.type}" instead of "${type}".`);
  return reply as Extract<ImportReply, { type: T }>;
}
