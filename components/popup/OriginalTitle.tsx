import type { StoryRef } from '../../lib/explain/explanation.ts';
import { safeHttpUrl } from '../shared/safe-url.ts';

/** The original's title, a link to it where its address is http(s) (page data never becomes another kind of link). */
export function OriginalTitle({ original }: { original: Pick<StoryRef, 'title' | 'url'> }) {
  const link = safeHttpUrl(original.url);
  return (
    <p class="original-title" dir="auto">
      {link ? (
        <a href={link} target="_blank" rel="noreferrer noopener">
          {original.title}
        </a>
      ) : (
        original.title
      )}
    </p>
  );
}
