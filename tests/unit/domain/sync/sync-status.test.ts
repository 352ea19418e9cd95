import { describe, expect, it } from 'vitest';
import { describeSyncStatus, formatTimeAgo, STALE_RUN_MS } from '../../../../src/domain/sync/sync-status';

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const MINUTE = 60_000;

describe('formatTimeAgo', () => {
  it.each([
    [0, 'just now'],
    [59_999, 'just now'],
    [MINUTE, 'a minute ago'],
    [2 * MINUTE, '2 minutes ago'],
    [59 * MINUTE, '59 minutes ago'],
    [60 * MINUTE, 'an hour ago'],
    [5 * 60 * MINUTE, '5 hours ago'],
    [25 * 60 * MINUTE, 'yesterday'],
    [-5 * MINUTE, 'just now'],
  ])('%i ms ago reads %j', (ago, text) => {
    expect(formatTimeAgo(NOW - ago, NOW)).toBe(text);
  });

  it('names the day for anything older than yesterday', () => {
    expect(formatTimeAgo(Date.UTC(2026, 10, 10, 12), NOW)).toMatch(/^on Nov 1[01]$/);
  });
});

describe('describeSyncStatus', () => {
  const idle = { lastSuccessAt: NOW - 2 * MINUTE, runningSince: null, failure: null };
  it.each([
    ['synced', idle, true, 'ok', 'Synced 2 minutes ago.'],
    ['never synced', { ...idle, lastSuccessAt: null }, true, 'busy', 'Not synced yet. The first sync starts in a moment.'],
    ['syncing', { ...idle, runningSince: NOW - 1000 }, true, 'busy', 'Syncing now…'],
    ['a sync left running by a closed tab', { ...idle, runningSince: NOW - STALE_RUN_MS - 1 }, true, 'ok', 'Synced 2 minutes ago.'],
    ['offline', idle, false, 'offline', 'Offline — your changes will sync when you’re back online.'],
    [
      'failed after a success',
      { ...idle, failure: { kind: 'unauthorized', message: 'The server rejected the user name or password.', at: NOW - MINUTE } },
      true,
      'error',
      'Sync failed: the server rejected the user name or password. Last synced 2 minutes ago.',
    ],
    [
      'a failure an older success does not hide',
      { lastSuccessAt: null, runningSince: null, failure: { kind: 'timeout', message: 'The server took too long.', at: NOW } },
      true,
      'error',
      'Sync failed: the server took too long.',
    ],
    [
      'failed, then synced',
      { ...idle, failure: { kind: 'timeout', message: 'x', at: NOW - 5 * MINUTE } },
      true,
      'ok',
      'Synced 2 minutes ago.',
    ],
    [
      'stopped: the vault is gone (even offline)',
      { ...idle, failure: { kind: 'vault-missing', message: 'Sync stopped: the folder is empty.', at: NOW } },
      false,
      'stopped',
      'Sync stopped: the folder is empty.',
    ],
  ])('%s', (_name, state, isOnline, tone, text) => {
    expect(describeSyncStatus(state, { now: NOW, isOnline })).toMatchObject({ tone, text });
  });
});
