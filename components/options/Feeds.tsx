import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sitePermission } from '../../extension/feeds/site-permission.ts';
import { askWorker } from '../../extension/messages/client.ts';
import type { FeedState } from '../../extension/messages/replies.ts';
import { FeedRow } from './FeedRow.tsx';
import { StatusLine, useTask } from './use-task.tsx';

/**
 * The wire feeds: the shipped list, each off until turned on, and feeds added
 * by hand. Turning one on asks the browser for access to that site only.
 */
export function Feeds({ onChange }: { onChange: () => void }) {
  const [feeds, setFeeds] = useState<FeedState[]>([]);
  const { busy, status, setStatus, run: runTask } = useTask();
  const [url, setUrl] = useState('');
  const [source, setSource] = useState('');
  useEffect(() => {
    void askWorker({ type: 'list-feeds' }).then(setFeeds);
  }, []);

  const run = (work: () => Promise<FeedState[]>, done?: string) =>
    runTask(async () => {
      setFeeds(await work());
      onChange();
      return done ?? null;
    });

  // Asked inside the click itself: browsers grant permission prompts only to a user gesture.
  const askAccess = (feedUrl: string) => {
    void browser.permissions.request(sitePermission(feedUrl)).then(
      (granted) => {
        if (!granted) setStatus({ text: noAccess(feedUrl), error: true });
      },
      () => setStatus({ text: noAccess(feedUrl), error: true }),
    );
  };

  const toggle = (feed: FeedState, enabled: boolean) => {
    if (enabled) askAccess(feed.url);
    void run(() => askWorker({ type: 'set-feed', url: feed.url, enabled }));
  };
  const remove = (feed: FeedState) => void run(() => askWorker({ type: 'remove-feed', url: feed.url }));
  const add = (event: Event) => {
    event.preventDefault();
    const feedUrl = url.trim();
    askAccess(feedUrl);
    void run(async () => {
      const list = await askWorker({ type: 'add-feed', url: feedUrl, source: source.trim() });
      setUrl('');
      setSource('');
      return list;
    }, `Added ${feedUrl}.`);
  };
  const pollNow = () =>
    void run(
      () => askWorker({ type: 'poll-feeds' }),
      feeds.some((feed) => feed.enabled)
        ? 'Checked every feed that is on.'
        : 'No feed is on: turn one on to read it.',
    );

  return (
    <section aria-labelledby="feeds">
      <h2 id="feeds">Wire feeds</h2>
      <p class="muted">
        Feeds that are on are read every 30 minutes, and their new stories stored here. Wiretrace asks the
        browser for access to a feed's site when you turn it on; nothing else is ever requested.
      </p>
      <table class="feeds">
        <thead>
          <tr>
            <th scope="col">Feed</th>
            <th scope="col">State</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {feeds.map((feed) => (
            <FeedRow key={feed.url} feed={feed} busy={busy} onToggle={toggle} onRemove={remove} />
          ))}
        </tbody>
      </table>
      <p class="row">
        <button type="button" class="check-feeds" disabled={busy} onClick={pollNow}>
          Check feeds now
        </button>
      </p>
      <form class="add-feed" onSubmit={add}>
        <label>
          Feed address{' '}
          <input
            type="url"
            name="feed-url"
            required
            placeholder="https://example.com/rss.xml"
            value={url}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          Credited to{' '}
          <input
            type="text"
            name="feed-source"
            required
            maxLength={100}
            placeholder="AP"
            value={source}
            onInput={(e) => setSource((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          Add feed
        </button>
      </form>
      <StatusLine status={status} />
    </section>
  );
}

function noAccess(feedUrl: string): string {
  return `The browser did not grant access to ${new URL(feedUrl).hostname}: the feed can be read only if its site allows any reader.`;
}
