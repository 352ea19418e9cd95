/** Shared steps of the sync-driver tests: devices that set up, edit through commands and sync. */
import { expect } from 'vitest';
import { db } from '../../../src/db/database';
import { runCommand } from '../../../src/db/commands';
import { readSyncOverview } from '../../../src/db/sync-repo';
import { DEVICE_SETTINGS } from '../../../src/db/backup-repo';
import { prepareSetup } from '../../../src/sync/setup';
import { runSync, type SyncRunResult } from '../../../src/sync/sync-run';
import type { SimulatedDevices } from '../../support/simulated-devices';
import { FAST_KDF } from '../../support/sync-fixtures';

export const ROADMAP = 'healthcare-ai-specialist';
export const PASSPHRASE = 'correct horse battery staple, but longer';

export interface Server {
  url: string;
  user: string;
  password: string;
}

/** Sets up sync on the active device (create the vault, or join it). */
export async function setUpSync(server: Server, deviceName: string, folder: string, mode: 'create' | 'join'): Promise<void> {
  const prepared = await prepareSetup(
    { url: server.url, user: server.user, password: server.password, folder, deviceName, passphrase: PASSPHRASE, mode },
    FAST_KDF,
  );
  if (!prepared.ok) throw new Error(`set-up failed: ${prepared.message}`);
  await runCommand('sync.configure', prepared.input);
}

export const tick = (itemId: string, status: 'done' | 'not-started' | 'in-progress' | 'skipped' = 'done') =>
  runCommand('progress.setStatus', { roadmapId: ROADMAP, itemId, status });

export const writeNote = (itemId: string, text: string, baseHlc?: string | null) =>
  runCommand('note.save', { roadmapId: ROADMAP, itemId, text, ...(baseHlc === undefined ? {} : { baseHlc }) });

/** Runs a sync and insists it finished. */
export async function syncOk(): Promise<Extract<SyncRunResult, { status: 'synced' }>> {
  const result = await runSync();
  if (result.status !== 'synced') throw new Error(`sync did not finish: ${JSON.stringify(result)}`);
  return result;
}

/** Item id -> status of the active device. */
export async function statuses(): Promise<Record<string, string>> {
  const rows = await db.progress.toArray();
  return Object.fromEntries(rows.map((row) => [row.itemId, row.status]));
}

/** The user's data of the active device, without anything device-specific, for comparing devices. */
export async function userData(): Promise<Record<string, unknown[]>> {
  const tables = [
    'progress',
    'notes',
    'noteVersions',
    'evidence',
    'sessions',
    'plans',
    'userCards',
    'reviews',
    'customItems',
    'itemOverlays',
    'roadmaps',
  ];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) dump[table] = await db.table(table).toArray();
  dump.settings = (await db.settings.toArray()).filter((row) => !DEVICE_SETTINGS.has(row.key));
  return dump;
}

/** Every device ends with the same user data. */
export async function expectSameData(devices: SimulatedDevices, names: readonly string[]): Promise<void> {
  const [first, ...rest] = names;
  if (!first) return;
  const reference = await devices.as(first, userData);
  for (const name of rest) expect(await devices.as(name, userData), `${name} differs from ${first}`).toEqual(reference);
}

export { readSyncOverview };
