import { InputError } from '../input-error.ts';

/** What the corpus database code needs of a connection: the same for PGlite and a PostgreSQL server. */
export interface SqlQueries {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface SqlClient extends SqlQueries {
  /** Where the database lives, as a reader would name it (a folder, or a server without its password). */
  readonly where: string;
  /**
   * Runs `work` in one transaction on one connection. A `snapshot` is read
   * only and sees the corpus as it was when it began, whatever an ingest
   * commits meanwhile.
   */
  transaction<T>(work: (tx: SqlQueries) => Promise<T>, options?: { snapshot?: boolean }): Promise<T>;
  close(): Promise<void>;
}

/** The database cannot be reached, or is not a Wiretrace corpus: one line a reader can act on. */
export class CorpusDbError extends InputError {}

export function beginStatement(snapshot: boolean | undefined): string {
  return snapshot ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN';
}
