import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsChange,
  SettingsChangeSchema,
  SettingsSchema,
} from '../settings.ts';
import type { WiretraceDatabase } from './database.ts';
import { readMeta, writeMeta } from './meta-rows.ts';
import { isStorageUnavailable } from './storage-errors.ts';

/**
 * Where earlier versions kept the settings, in `storage.local`, under these
 * keys: moved over once, then removed. Only a database from those versions
 * lacks a settings row (a new one is made with the defaults, database.ts), so
 * what a content script writes there on a new install is never read.
 */
const LEGACY_KEYS = {
  sensitivity: 'sensitivity',
  disabledSites: 'disabledSites',
  wireSites: 'wireSites',
  retention: 'retention',
} as const;

/** The reader's settings; the defaults where the browser gives no storage (some private windows). */
export async function readSettings(db: WiretraceDatabase): Promise<Settings> {
  try {
    const row = await readMeta(db.meta, 'settings');
    if (row) return { ...DEFAULT_SETTINGS, ...row.values };
    return await moveLegacySettings(db);
  } catch (error) {
    if (isStorageUnavailable(error)) return DEFAULT_SETTINGS;
    throw error;
  }
}

/** Applies a change (checked again here: the options page is not the only thing that can send one). */
export async function writeSettings(db: WiretraceDatabase, change: SettingsChange): Promise<Settings> {
  const checked = v.parse(SettingsChangeSchema, change);
  const values = v.parse(SettingsSchema, { ...(await readSettings(db)), ...checked });
  await writeMeta(db.meta, { name: 'settings', values });
  return values;
}

async function moveLegacySettings(db: WiretraceDatabase): Promise<Settings> {
  const keys = Object.values(LEGACY_KEYS);
  const stored = (await browser.storage.local.get(keys).catch(() => ({}))) as Record<string, unknown>;
  const values = { ...DEFAULT_SETTINGS };
  for (const [field, key] of Object.entries(LEGACY_KEYS) as [keyof Settings, string][]) {
    const parsed = v.safeParse(SettingsSchema.entries[field], stored[key]);
    if (parsed.success) Object.assign(values, { [field]: parsed.output });
  }
  await writeMeta(db.meta, { name: 'settings', values });
  await browser.storage.local.remove(keys).catch(() => undefined);
  return values;
}
