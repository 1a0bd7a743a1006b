import { useCallback, useEffect, useState } from 'preact/hooks';
import { askWorker } from '../../extension/messages/client.ts';
import type { Settings, SettingsChange } from '../../extension/settings.ts';

/** The reader's settings as the options page holds them: read once, changed through `change`. */
export interface SettingsState {
  settings: Settings | null;
  /** Why they could not be read, if they could not. */
  problem: string | null;
  /** Stores a change and keeps the page's one copy current with what the worker stored. */
  change: (change: SettingsChange) => Promise<Settings>;
}

/**
 * Reads the settings once for the whole options page and shares them: each
 * section reading its own copy let one section's late answer overwrite what
 * the reader was typing in another.
 */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    askWorker({ type: 'get-settings' }).then(setSettings, (error: unknown) =>
      setProblem(
        `Your settings could not be read: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }, []);
  const change = useCallback(async (settingsChange: SettingsChange) => {
    const stored = await askWorker({ type: 'set-settings', change: settingsChange });
    setSettings(stored);
    return stored;
  }, []);
  return { settings, problem, change };
}
