import type { Change } from '../../lib/explain/changes.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { describeLag } from '../../lib/explain/lag.ts';
import { quoteChanges } from '../../lib/explain/quote-diff.ts';
import { certaintyWords, sentenceWord, verdictWords } from '../../lib/explain/verdict-words.ts';
import { safeHttpUrl } from '../shared/safe-url.ts';

/** The full report's title: the verdict and the original's headline ("Rewritten from AFP: Flash floods…"). */
export function reportTitle(e: Explanation): string {
  return `${verdictWords(e)}: ${e.original.title}`;
}

/**
 * The full report as Markdown, for a reader to keep or send: the verdict,
 * the original, what changed, and the page sentence by sentence beside the
 * original. Page and story text is quoted as text: Markdown's own marks in it
 * are escaped, so that nothing in it becomes a link or a heading.
 */
export function reportMarkdown(e: Explanation, pageUrl: string | null): string {
  const lines = [`# ${asText(reportTitle(e))}`, ''];
  const page = safeHttpUrl(pageUrl);
  const original = safeHttpUrl(e.original.url);
  // An address is a link only when it is http(s); the URL parser has escaped what could end the link.
  if (page) lines.push(`- Page: <${page}>`);
  lines.push(`- Original: ${asText(`${e.original.source}, “${e.original.title}”`)}`);
  if (e.original.published)
    lines.push(`- Published by ${asText(e.original.source)}: ${e.original.published}`);
  if (original) lines.push(`- Original's address: <${original}>`);
  if (e.lagHours !== null) lines.push(`- The page was published ${describeLag(e.lagHours, e.lagByDay)}`);
  lines.push(`- Taken from this story: ${certaintyWords(e.score)}`);
  lines.push(`- Credit to ${asText(e.original.source)}: ${e.credited ? 'given' : 'not found'}`);
  lines.push(
    `- ${Math.round(e.coverage.page * 100)}% of the page comes from the original; ${Math.round(e.coverage.original * 100)}% of the original is used`,
    '',
  );
  section(
    lines,
    'Altered quotes',
    quoteChanges(e.quotes.altered).flatMap((group) => [
      `- Originally: “${asText(group.original)}”`,
      ...group.fragments.map((fragment) => `  - the page: “${asText(fragment.page)}”`),
    ]),
  );
  section(lines, 'Changed facts', e.changes.map(changeLine));
  section(
    lines,
    'The page, sentence by sentence',
    e.page.flatMap((s, i) => [
      `${i + 1}. **${sentenceWord(s)}** ${asText(s.text)}`,
      ...(s.original && s.label !== 'verbatim' ? [`   - Original: ${asText(s.original)}`] : []),
    ]),
  );
  section(
    lines,
    'Dropped from the original',
    e.dropped.map((d) => `- ${asText(d)}`),
  );
  section(lines, 'Wording (no fact changed)', e.wording.map(changeLine));
  return `${lines.join('\n').trimEnd()}\n`;
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length) lines.push(`## ${title}`, '', ...items, '');
}

function changeLine(c: Change): string {
  return `- ~~${asText(c.original)}~~ → ${asText(c.page)}`;
}

/**
 * Page text as Markdown text, on one line: the marks that make emphasis, code,
 * links, HTML or tables escaped (the text never starts a line, so a heading's
 * or a list's marks cannot take effect).
 */
function asText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~]/g, '\\$&');
}
