import { parseStory, type Story, StoryError } from '../../lib/corpus/story.ts';
import { countOf } from '../../lib/explain/count-of.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { ImportLog } from '../db/import-log.ts';
import { StorageFullError } from '../db/retention.ts';
import type { RetentionLimits } from '../db/retention-limits.ts';
import type { SaveReport } from '../db/save-stories.ts';
import { StoryCache } from '../db/story-cache.ts';
import { cacheTotals } from '../db/totals.ts';
import { type ImportMessage, type ImportReply, notImported } from '../messages/import-protocol.ts';
import { describeError } from '../worker/describe-error.ts';
import { type ImportJob, rollBackUnfinishedImport } from './import-job.ts';
import { type PackedFingerprints, unpackFingerprints } from './packed-fingerprints.ts';

/**
 * One import as the worker sees it: begun with the number of stories to
 * come, fed chunks of stories with their fingerprints, ended. Every story is
 * checked again here, as a bundle line is; anything wrong, or an import that
 * does not end as announced, rolls back all it wrote. An import that ends is
 * held to the cache's limits at once, as a feed poll is, so that what it
 * reports is what the cache keeps: the stories longest in the cache make room,
 * never the ones just brought (the age limit counts from arrival), and a
 * bundle larger than the cache may hold is refused before anything is written.
 */
export class ImportSession {
  private job: ImportJob | null = null;
  private expected = 0;
  private readonly ids = new Set<string>();
  private readonly report: SaveReport = { added: 0, versions: 0, repeats: 0, kept: 0 };
  private cancelled: string | null = null;

  constructor(
    private readonly db: WiretraceDatabase,
    private readonly limits: () => Promise<RetentionLimits | null> = async () => null,
  ) {}

  /** Whether the session has begun and not yet ended or failed. */
  get open(): boolean {
    return this.job !== null;
  }

  /** Stops the import at its next message, which is answered with `why`; what it wrote is taken back. */
  cancel(why: string): void {
    if (this.job) this.cancelled = why;
  }

  async handle(message: ImportMessage): Promise<ImportReply> {
    try {
      if (this.cancelled) throw new Error(this.cancelled);
      if (message.type === 'begin') return await this.begin(message.stories, message.file);
      if (message.type === 'chunk') return await this.save(message.stories, message.fingerprints);
      return await this.end();
    } catch (error) {
      const undone = await this.abandon();
      if (!(error instanceof StorageFullError)) return { type: 'failed', error: describeError(error) };
      // The disk is full: nothing was evicted for the import; say exactly what was taken back and what is kept.
      const { stories } = await cacheTotals(this.db);
      return {
        type: 'failed',
        error: `The disk is full: the import stopped and took back the ${countOf(undone, 'story', 'stories')} it had written. The cache holds ${countOf(stories, 'story', 'stories')}, as before the import; nothing else was removed.`,
      };
    }
  }

  /** Rolls back what the session wrote if it has not ended (the page went away, or a step failed); returns how many stories went. */
  async abandon(): Promise<number> {
    if (!this.job) return 0;
    this.job = null;
    return rollBackUnfinishedImport(this.db);
  }

  private async begin(stories: number, file: string): Promise<ImportReply> {
    if (this.job) throw new Error('This import has already begun.');
    await this.refuseWhatCannotBeKept(stories);
    await rollBackUnfinishedImport(this.db);
    const job: ImportJob = { name: 'import', id: Date.now(), startedAt: Date.now(), file };
    await new ImportLog(this.db).begin(job);
    this.job = job;
    this.expected = stories;
    return { type: 'ready' };
  }

  private async save(values: readonly unknown[], packed: PackedFingerprints): Promise<ImportReply> {
    const job = this.current();
    const stories = values.map((value, i) => this.checked(value, this.ids.size + i + 1));
    if (this.ids.size + stories.length > this.expected)
      throw new Error(`The import announced ${this.expected} stories and sent more.`);
    const fingerprints = unpackFingerprints(packed, stories.length);
    for (const story of stories) this.ids.add(story.id);
    const saved = await new StoryCache(this.db).save(stories, 'bundle', { importId: job.id, fingerprints });
    this.report.added += saved.added;
    this.report.versions += saved.versions;
    this.report.repeats += saved.repeats;
    this.report.kept += saved.kept;
    return { type: 'saved', stories: this.ids.size };
  }

  private async end(): Promise<ImportReply> {
    const job = this.current();
    if (this.ids.size !== this.expected)
      throw new Error(`The import announced ${this.expected} stories and sent ${this.ids.size}.`);
    await new ImportLog(this.db).end(job, this.report.added + this.report.versions);
    this.job = null;
    const removed = await this.holdToLimits();
    const { stories: total } = await cacheTotals(this.db);
    return { type: 'done', report: { ...this.report }, imported: this.ids.size, removed, total };
  }

  /** A bundle larger than the cache may hold would lose part of itself on arrival: it is refused before anything is written. */
  private async refuseWhatCannotBeKept(stories: number): Promise<void> {
    const limits = await this.limits().catch(() => null);
    if (limits && stories > limits.maxStories)
      throw new Error(
        notImported(
          `it holds ${stories.toLocaleString('en')} stories and the cache keeps at most ${limits.maxStories.toLocaleString('en')}; raise “Keep at most” under “How much to keep” first`,
        ),
      );
  }

  /** The import is in whatever happens here: a failure to evict is left to the next clean-up, not reported as the import's. */
  private async holdToLimits(): Promise<number> {
    try {
      const limits = await this.limits();
      return limits ? await new StoryCache(this.db).applyRetention(limits) : 0;
    } catch (error) {
      console.error('Wiretrace: the limits could not be applied after an import:', error);
      return 0;
    }
  }

  private current(): ImportJob {
    if (!this.job) throw new Error('The import has not begun.');
    return this.job;
  }

  /** A story as a bundle line is checked: its fields, and an id not seen earlier in the import. */
  private checked(value: unknown, number: number): Story {
    try {
      const story = parseStory(value);
      if (this.ids.has(story.id)) throw new StoryError(`duplicate id "${story.id}"`);
      return story;
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      throw new Error(notImported(`story ${number}: ${error.message}`));
    }
  }
}
