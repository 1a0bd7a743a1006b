/** The columns of `wiretrace match --format csv`, one row a page, from its JSON record. */
export const CSV_COLUMNS = [
  'file',
  'verdict',
  'original_id',
  'original_source',
  'original_title',
  'score',
  'confidence',
  'page_share',
  'original_share',
  'credited',
  'lag_hours',
  'changed_facts',
  'altered_quotes',
  'reason',
] as const;

/** A page's JSON record as a CSV row (RFC 4180: fields with a comma, quote or line break are quoted). */
export function csvRow(record: Record<string, unknown>): string {
  const original = record.original as { id?: string; source?: string; title?: string } | null;
  const coverage = record.coverage as { page?: number; original?: number } | undefined;
  const quotes = record.quotes as { altered?: unknown[] } | undefined;
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    file: record.file,
    verdict: record.verdict,
    original_id: original?.id,
    original_source: original?.source,
    original_title: original?.title,
    score: record.score,
    confidence: record.confidence,
    page_share: coverage?.page,
    original_share: coverage?.original,
    credited: record.credited,
    lag_hours: record.lagHours,
    changed_facts: (record.changes as unknown[] | undefined)?.length ?? 0,
    altered_quotes: quotes?.altered?.length ?? 0,
    reason: record.reason,
  };
  return CSV_COLUMNS.map((column) => csvField(values[column])).join(',');
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

/** What a spreadsheet would run as a formula: a page's own text is data, so it is written with a quote mark first. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
