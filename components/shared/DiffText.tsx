import type { DiffPart } from '../../lib/align/word-diff.ts';

/** A sentence with the words the page removed struck through and the words it added marked. */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <span class="diff">
      {parts.map((part, i) => {
        const space = i > 0 && !/^[.,;:!?)\]%]/.test(part.text) ? ' ' : '';
        if (part.op === 'insert') return [space, <ins key={i}>{part.text}</ins>];
        if (part.op === 'delete') return [space, <del key={i}>{part.text}</del>];
        return `${space}${part.text}`;
      })}
    </span>
  );
}
