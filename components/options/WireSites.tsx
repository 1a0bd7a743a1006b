import { useEffect, useState } from 'preact/hooks';
import { parseWireSites } from '../../extension/capture/wire-sites.ts';
import { wireSites } from '../../extension/settings.ts';

/** The wire services' own sites: articles read there are stored as originals. */
export function WireSites() {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    void wireSites.getValue().then((sites) => setText(sites.map((s) => `${s.host} ${s.source}`).join('\n')));
  }, []);

  const save = async () => {
    const { sites, errors } = parseWireSites(text);
    if (errors.length > 0) {
      setStatus({ text: `Not saved: ${errors.join('; ')}.`, error: true });
      return;
    }
    await wireSites.setValue(sites);
    setStatus({ text: `Saved ${sites.length} sites.`, error: false });
  };

  return (
    <section aria-labelledby="wire-sites">
      <h2 id="wire-sites">Wire services' own sites</h2>
      <label for="wire-site-list" class="muted">
        An article you read on one of these sites is kept as that service's original. One site a line: the
        host name, then the service (its subdomains are included).
      </label>
      <textarea
        id="wire-site-list"
        rows={6}
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setStatus(null);
        }}
      />
      <p class="row">
        <button type="button" class="save-wire-sites" onClick={() => void save()}>
          Save sites
        </button>
        {status && (
          <span role="status" class={status.error ? 'status-error' : ''}>
            {status.text}
          </span>
        )}
      </p>
    </section>
  );
}
