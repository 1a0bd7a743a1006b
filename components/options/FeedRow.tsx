import type { FeedState } from '../../extension/messages/replies.ts';
import { countOf } from '../../lib/explain/count-of.ts';

/** One feed: on or off, and what its last polls did. */
export function FeedRow({
  feed,
  busy,
  onToggle,
  onRemove,
}: {
  feed: FeedState;
  busy: boolean;
  onToggle: (feed: FeedState, enabled: boolean) => void;
  onRemove: (feed: FeedState) => void;
}) {
  return (
    <tr data-feed={feed.url}>
      <td>
        <label class="choice">
          <input
            type="checkbox"
            checked={feed.enabled}
            disabled={busy}
            onChange={(e) => onToggle(feed, (e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {feed.title} <span class="muted">({feed.source})</span>
        </label>
        <div class="muted feed-url">{feed.url}</div>
      </td>
      <td class="feed-state">{describeState(feed)}</td>
      <td>
        {!feed.builtIn && (
          <button type="button" disabled={busy} onClick={() => onRemove(feed)}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}

function describeState(feed: FeedState) {
  if (!feed.enabled) return <span class="muted">Off</span>;
  const stories = countOf(feed.stories, 'story', 'stories');
  if (feed.error) {
    return (
      <span class="status-error">
        {feed.error} {feed.failures > 1 && `(${feed.failures} failures in a row)`} Next try{' '}
        {time(feed.nextPoll)}.
      </span>
    );
  }
  if (!feed.lastPolled) return 'On · not read yet';
  return `On · read ${time(feed.lastPolled)} · ${stories}${feed.lastNewStory ? ` · newest stored ${time(feed.lastNewStory)}` : ''}`;
}

function time(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}
