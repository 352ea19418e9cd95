/**
 * The shapes of this device's own sync state (stored in the device-local `syncState` table by
 * src/db/sync-repo.ts; never exported, never in a sync file except where said).
 */
import type * as v from 'valibot';
import type { keyEnvelopeSchema } from './sync-settings';
import type { SyncStatusState } from './sync-status';

export type KeyEnvelopeRecord = v.InferOutput<typeof keyEnvelopeSchema>;

/** Where and as whom this device syncs. The password stays on this device and goes only to the server. */
export interface SyncConfig {
  /** The WebDAV folder address (validated, trailing slash). */
  url: string;
  user: string;
  password: string;
  /** The vault folder inside it, relative (`healthcare-ai-roadmap-tracker`). */
  folder: string;
  /** How other devices list this one. Travels in this device's file. */
  deviceName: string;
  vaultId: string;
  configuredAt: number;
  /** The vault this device has merged data from, so the restore point is taken only before the first merge. */
  mergedVaultId: string | null;
}

/** The opened vault: its key envelope and the data key (a non-extractable CryptoKey). */
export interface StoredVault {
  vaultId: string;
  envelope: KeyEnvelopeRecord;
  /** vault.json's ETag when last read or written; null when the server gave none. */
  etag: string | null;
  key: CryptoKey;
}

/** What this device knows of another device, from that device's file. */
export interface PeerState {
  deviceId: string;
  name: string;
  /** The file's version as last read (strong ETag, else last-modified and size); null: read it every time. */
  version: string | null;
  /** When that device last wrote its file (its own clock, epoch ms). */
  writtenAt: number | null;
  /** When this device last read the file. */
  seenAt: number;
  /** Its clock is more than a day ahead of ours: flagged, its stamps not adopted. */
  isClockAhead: boolean;
  /** Why its file could not be used, as a sentence; null when it was fine. */
  problem: string | null;
}

/** A device taken out of sync; every device carries the list it knows in its file. */
export interface RemovedDevice {
  deviceId: string;
  name: string;
  removedAt: number;
  /** The device that removed it, by name. */
  removedBy: string;
}

/** This device's own file on the server. */
export interface OwnFileState {
  /** The device id the file was written as. */
  deviceId: string;
  /** SHA-256 of what it last wrote, so an unchanged view is not uploaded again. */
  digest: string | null;
  writtenAt: number | null;
  /** The file version last checked to be this device's own writing. */
  verifiedVersion: string | null;
}

/** One line of the sync log. */
export interface SyncLogEntry {
  at: number;
  deviceId: string;
  deviceName: string;
  /** "3 ticks and a note from Phone" */
  text: string;
  /** Records from that device that did not pass their schema and were left out. */
  rejected: number;
}

export type { SyncStatusState };

/** Row keys of the syncState table. */
export const SYNC_STATE_KEYS = {
  config: 'config',
  vault: 'vault',
  peers: 'peers',
  own: 'own',
  removed: 'removed',
  status: 'status',
  log: 'log',
  tokens: 'writeTokens',
} as const;

export const EMPTY_SYNC_STATUS: SyncStatusState = { lastSuccessAt: null, runningSince: null, failure: null };

export const MAX_LOG_ENTRIES = 20;
/** Write tokens of this device's recent uploads (see the driver: telling two installs with one id apart). */
export const MAX_WRITE_TOKENS = 20;
