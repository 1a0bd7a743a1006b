import type { Explanation } from '../../lib/explain/explanation.ts';
import { sameStoryWords } from '../../lib/explain/verdict-words.ts';
import { EmptyState } from './EmptyState.tsx';
import { OriginalTitle } from './OriginalTitle.tsx';

/**
 * A page about the same story as a wire story, written independently: the
 * story is named (a reader may want to read it), in a neutral colour, and the
 * page is accused of nothing.
 */
export function SameStory({ explanation: e }: { explanation: Explanation }) {
  return (
    <EmptyState title={sameStoryWords(e.original)}>
      <OriginalTitle original={e.original} />
      <p>
        This page names {e.names.shared} of the same people, places and figures as {e.original.source}'s
        story, but its wording is its own: it was not copied or rewritten from it.
      </p>
    </EmptyState>
  );
}
