import { parseWireSites } from '../../extension/capture/wire-sites.ts';
import type { Settings, SettingsChange } from '../../extension/settings.ts';
import { LinesField } from './LinesField.tsx';

/** The wire services' own sites: articles read there are stored as originals. */
export function WireSites({
  settings,
  change,
}: {
  settings: Settings;
  change: (change: SettingsChange) => Promise<Settings>;
}) {
  const save = async (text: string) => {
    const { sites, errors } = parseWireSites(text);
    if (errors.length > 0) throw new Error(`Not saved: ${errors.join('; ')}.`);
    await change({ wireSites: sites });
    return `Saved ${sites.length} sites.`;
  };
  return (
    <section aria-labelledby="wire-sites">
      <h2 id="wire-sites">Wire services' own sites</h2>
      <LinesField
        id="wire-site-list"
        hint="An article you read on one of these sites is kept as that service's original. One site a line: the host name, then the service (its subdomains are included)."
        rows={6}
        saveClass="save-wire-sites"
        initial={settings.wireSites.map((s) => `${s.host} ${s.source}`).join('\n')}
        save={save}
      />
    </section>
  );
}
