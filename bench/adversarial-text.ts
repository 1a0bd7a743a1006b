import type { Story } from '../lib/corpus/story.ts';
import { compareWith } from '../lib/engine/matcher.ts';
import { extractFromHtml } from '../lib/extract/html.ts';
import { median } from './measure.ts';

/**
 * Text built to be slow, as a page sends it or as a page planted as a story:
 * each page is extracted, fingerprinted and aligned against a story of the same
 * text, beside an ordinary page of the same size in the same run, taking turns,
 * so the ratio holds on a machine of any speed. Every step is linear and capped,
 * so each should cost about what the ordinary page does (target: within 3×).
 */
const ORDINARY =
  'The council said the bridge would stay closed for repairs until the spring, officials added on Monday. ';

export const ADVERSARIAL_TEXTS: Record<string, (chars: number) => string> = {
  'runs of . ! ?': (chars) => `${ORDINARY.repeat(20)}${'.!?'.repeat(chars / 3)}`,
  'no spaces': (chars) => `${ORDINARY.repeat(20)}${'a'.repeat(chars)}`,
  'one 1 MB-style sentence': (chars) => `${ORDINARY.repeat(20)}${'word '.repeat(chars / 5)}`,
  'mixed scripts': (chars) => 'Word 中文。مرحبا؟ Привет! '.repeat(chars / 24),
  'the same sentence again': (chars) => ORDINARY.repeat(chars / ORDINARY.length),
};

function page(text: string): string {
  return `<html><head><title>${'Bridge closed '.repeat(2)}</title></head><body><article><h1>Bridge closed</h1><p>${text}</p></article></body></html>`;
}

async function timed(text: string): Promise<number> {
  const story: Story = { id: 'planted', source: 'Reuters', title: 'Planted', text };
  const start = performance.now();
  await compareWith(extractFromHtml(page(text)), story);
  return performance.now() - start;
}

/** Rows of the bench: each adversarial text of `chars` characters against an ordinary one of the same size. */
export async function adversarialTextRows(chars = 200_000, runs = 3): Promise<string[][]> {
  const reference = ORDINARY.repeat(Math.ceil(chars / ORDINARY.length))
    .slice(0, chars)
    .replace(/\.(?=\S)/g, '. ');
  const ordinaryText = varied(reference);
  const rows = [['adversarial text', 'median', 'ordinary page', 'ratio', 'target']];
  for (const [name, make] of Object.entries(ADVERSARIAL_TEXTS)) {
    const text = make(chars);
    const times: number[] = [];
    const references: number[] = [];
    for (let run = 0; run < runs; run++) {
      times.push(await timed(text));
      references.push(await timed(ordinaryText));
    }
    const [a, b] = [median(times), median(references)];
    rows.push([name, `${a.toFixed(0)} ms`, `${b.toFixed(0)} ms`, (a / b).toFixed(2), '< 3']);
  }
  return rows;
}

/** An ordinary text of news sentences, each a little different, as long as the adversarial one. */
function varied(text: string): string {
  let n = 0;
  return text.replace(/Monday\./g, () => `Monday, number ${n++}.`);
}
