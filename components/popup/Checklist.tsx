import { countOf } from '../../lib/explain/count-of.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { describeLag } from '../../lib/explain/lag.ts';

interface Finding {
  key: string;
  /** For the page (a credit: ✓), against it (an altered quote: ✗), or not known (no credit found: ?, not red). */
  mark: 'good' | 'bad' | 'unknown';
  text: string;
}

/** The findings at a glance, before any detail: "✗ No credit to Reuters found · 3 quotes altered · 1 day later". */
export function Checklist({ explanation: e }: { explanation: Explanation }) {
  const findings = findingsOf(e);
  return (
    <ul class="checklist" aria-label="Findings">
      {findings.map((f) => (
        <li key={f.key} class={`finding-${f.key} finding-${f.mark}`}>
          {f.text}
        </li>
      ))}
    </ul>
  );
}

function findingsOf(e: Explanation): Finding[] {
  const facts = e.changes.length;
  const findings: Finding[] = [
    e.credited
      ? { key: 'credit', mark: 'good', text: `Credits ${e.original.source}` }
      : { key: 'credit', mark: 'unknown', text: `No credit to ${e.original.source} found` },
  ];
  if (e.quotes.altered.length > 0)
    findings.push({
      key: 'quotes',
      mark: 'bad',
      text: `${countOf(e.quotes.altered.length, 'quote')} altered`,
    });
  else if (e.quotes.kept.length > 0)
    findings.push({
      key: 'quotes',
      mark: 'good',
      text: `${countOf(e.quotes.kept.length, 'quote')} kept as said`,
    });
  if (facts > 0)
    findings.push({
      key: 'facts',
      mark: 'bad',
      text: `${countOf(facts, 'fact')} changed`,
    });
  if (e.lagHours !== null)
    findings.push({ key: 'lag', mark: 'unknown', text: `Published ${describeLag(e.lagHours, e.lagByDay)}` });
  return findings;
}
