import { CorpusError, parseStoriesJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';
import type { SaveReport } from '../db/save-stories.ts';
import { type ImportMessage, type ImportReply, notImported } from '../messages/import-protocol.ts';
import { type Fingerprinter, fingerprintHere } from './fingerprinter.ts';
import type { PackedFingerprints } from './packed-fingerprints.ts';

export interface ImportResult extends SaveReport {
  imported: number;
  /** Stories longest in the cache, removed to keep within its limits once the import was in. */
  removed: number;
  /** Stories in the cache afterwards. */
  total: number;
}

export class ImportFailedError extends Error {}

/** The reader said no before anything was sent. */
export class ImportCancelledError extends Error {}

/** Sends one message of an import and resolves with the worker's reply to it. */
export type SendImportMessage = (message: ImportMessage) => Promise<ImportReply>;

/** The first chunk is small, so that the worker starts writing while the next is fingerprinted. */
const FIRST_CHUNK = 250;
const CHUNK = 1_000;

/** Chunks fingerprinted ahead of the one being sent. */
const FINGERPRINTED_AHEAD = 1;
/** Chunks sent before the answer to an earlier one is awaited: one waits in the worker's queue while another is written. */
const SENT_AHEAD = 1;

/**
 * Imports a JSONL bundle, all or nothing: every line is checked before
 * anything is sent, then the stories go in chunks with their fingerprints.
 * Three things run at once: the worker writes a chunk, the next waits in its
 * queue, and the fingerprinter works on the ones after. A bad line, or a
 * failure in the worker (after it has rolled back what it wrote), throws an
 * ImportFailedError saying what was wrong.
 */
export async function sendBundle(
  jsonl: string,
  send: SendImportMessage,
  options: {
    fingerprint?: Fingerprinter;
    onProgress?: (stored: number, of: number) => void;
    file?: string;
    /** Stories read and checked, before anything is sent: false stops the import there. */
    confirm?: (stories: readonly Story[]) => Promise<boolean>;
  } = {},
): Promise<ImportResult> {
  const { fingerprint = fingerprintHere, onProgress = () => {}, file = 'a bundle', confirm } = options;
  const stories = checkedStories(jsonl);
  if (confirm && !(await confirm(stories)))
    throw new ImportCancelledError('The import was cancelled. Nothing was changed.');
  expectReply(await send({ type: 'begin', stories: stories.length, file: file.slice(0, 300) }), 'ready');
  const chunks = chunksOf(stories);
  const fingerprints: Promise<PackedFingerprints>[] = [];
  const fingerprinted = (i: number) => {
    fingerprints[i] ??= fingerprint(chunks[i] as Story[]);
    return fingerprints[i];
  };
  const answers: Promise<ImportReply>[] = [];
  const stored = async (i: number) =>
    onProgress(expectReply(await (answers[i] as Promise<ImportReply>), 'saved').stories, stories.length);
  for (const [i, chunk] of chunks.entries()) {
    // Started ahead; a failure is met when the chunk's turn comes.
    for (let j = i + 1; j <= i + FINGERPRINTED_AHEAD && j < chunks.length; j++)
      fingerprinted(j).catch(() => {});
    const answer = send({ type: 'chunk', stories: chunk, fingerprints: await fingerprinted(i) });
    // Awaited in turn; a failure is met then, not left unhandled while an earlier answer is awaited.
    answer.catch(() => {});
    answers.push(answer);
    if (i >= SENT_AHEAD) await stored(i - SENT_AHEAD);
  }
  for (let i = Math.max(0, chunks.length - SENT_AHEAD); i < chunks.length; i++) await stored(i);
  const { report, imported, removed, total } = expectReply(await send({ type: 'end' }), 'done');
  return { ...report, imported, removed, total };
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
