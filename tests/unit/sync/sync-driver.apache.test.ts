import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { runCommand } from '../../../src/db/commands';
import { readSyncOverview } from '../../../src/db/sync-repo';
import { pullChanges, openSyncContext, pushOwnFile, runSync } from '../../../src/sync/sync-run';
import { startApacheDav, type DavServer } from '../../support/apache-dav';
import { SimulatedDevices } from '../../support/simulated-devices';
import { readTree } from '../../support/sync-fixtures';
import { expectSameData, ROADMAP, setUpSync, statuses, syncOk, tick, writeNote } from './driver-helpers';

let apache: DavServer;
let devices: SimulatedDevices;
let folderCount = 0;
let folder = '';

beforeAll(async () => {
  apache = await startApacheDav();
}, 120_000);

afterAll(async () => {
  await apache?.stop();
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  devices = new SimulatedDevices();
  folderCount += 1;
  folder = `run-${folderCount}/healthcare-ai-roadmap-tracker`;
  const { createWebDavStore } = await import('../../../src/sync/webdav-store');
  await createWebDavStore(apache).ensureFolder(`run-${folderCount}`);
});

describe('two devices through Apache mod_dav', () => {
  it('brings a tick from the laptop to the phone and the phone’s untick back', async () => {
    await devices.as('laptop', async () => {
      await setUpSync(apache, 'Laptop', folder, 'create');
      await tick('p1-goal-data-landscape');
      await syncOk();
    });
    const joined = await devices.as('phone', async () => {
      await setUpSync(apache, 'Phone', folder, 'join');
      return syncOk();
    });
    expect(joined.log.map((entry) => entry.text)).toEqual(['a tick from Laptop']);
    await devices.as('phone', async () => {
      expect(await statuses()).toEqual({ 'p1-goal-data-landscape': 'done' });
      await tick('p1-goal-data-landscape', 'not-started');
      await syncOk();
    });
    const back = await devices.as('laptop', syncOk);
    expect(back.log.map((entry) => entry.text)).toEqual(['a status change from Phone']);
    expect(await devices.as('laptop', statuses)).toEqual({ 'p1-goal-data-landscape': 'not-started' });
  });

  it('gives both devices everything after each edited offline', async () => {
    await devices.as('laptop', async () => {
      await setUpSync(apache, 'Laptop', folder, 'create');
      await syncOk();
    });
    await devices.as('phone', async () => {
      await setUpSync(apache, 'Phone', folder, 'join');
      await syncOk();
    });
    await devices.as('laptop', async () => {
      await tick('p1-goal-data-landscape');
      await writeNote('p1-goal-healthcare-sql', 'Window functions next');
    });
    await devices.as('phone', async () => {
      await tick('p1-goal-hipaa-governance', 'in-progress');
      await runCommand('session.add', {
        roadmapId: ROADMAP,
        session: { day: '2026-11-20', minutes: 30, phaseId: null, itemId: null, note: 'bus' },
      });
    });
    await devices.as('laptop', syncOk);
    await devices.as('phone', syncOk);
    await devices.as('laptop', syncOk);
    expect(await devices.as('laptop', statuses)).toEqual({ 'p1-goal-data-landscape': 'done', 'p1-goal-hipaa-governance': 'in-progress' });
    await expectSameData(devices, ['laptop', 'phone']);
    expect(await devices.as('laptop', () => db.sessions.count())).toBe(1);
  });

  it('keeps both texts of a note edited on both devices, the other as an other version', async () => {
    await devices.as('laptop', async () => {
      await setUpSync(apache, 'Laptop', folder, 'create');
      await writeNote('p1-goal-data-landscape', 'First thoughts');
      await syncOk();
    });
    await devices.as('phone', async () => {
      await setUpSync(apache, 'Phone', folder, 'join');
      await syncOk();
      const note = await db.notes.get(`${ROADMAP}/p1-goal-data-landscape`);
      await writeNote('p1-goal-data-landscape', 'Written on the bus', note?.hlc);
    });
    await devices.as('laptop', async () => {
      const note = await db.notes.get(`${ROADMAP}/p1-goal-data-landscape`);
      await writeNote('p1-goal-data-landscape', 'Written at the desk', note?.hlc);
      await syncOk();
    });
    const onPhone = await devices.as('phone', syncOk);
    expect(onPhone.log.map((entry) => entry.text)).toEqual(['a note and another version of a note from Laptop']);
    await devices.as('laptop', syncOk);
    for (const name of ['laptop', 'phone']) {
      await devices.use(name);
      const texts = [(await db.notes.toArray()).map((note) => note.text), (await db.noteVersions.toArray()).map((version) => version.text)];
      expect(texts.flat().toSorted(), name).toEqual(['Written at the desk', 'Written on the bus']);
    }
    await expectSameData(devices, ['laptop', 'phone']);
  });

  it('converges three devices with deletes and edits in any order of syncs', async () => {
    const names = ['laptop', 'phone', 'tablet'];
    await devices.as('laptop', () => setUpSync(apache, 'Laptop', folder, 'create'));
    await devices.as('phone', () => setUpSync(apache, 'Phone', folder, 'join'));
    await devices.as('tablet', () => setUpSync(apache, 'Tablet', folder, 'join'));
    const steps: [string, () => Promise<unknown>][] = [
      ['laptop', () => tick('a')],
      ['phone', () => tick('b')],
      ['laptop', syncOk],
      ['tablet', syncOk],
      ['tablet', () => tick('a', 'not-started')],
      ['phone', () => writeNote('b', 'phone words')],
      ['phone', syncOk],
      ['tablet', syncOk],
      ['laptop', () => tick('c', 'skipped')],
      ['laptop', syncOk],
      ['phone', syncOk],
    ];
    for (const [name, step] of steps) await devices.as(name, step);
    // Two rounds: everything reaches everyone.
    for (let round = 0; round < 2; round += 1) for (const name of names) await devices.as(name, syncOk);
    expect(await devices.as('tablet', statuses)).toEqual({ a: 'not-started', b: 'done', c: 'skipped' });
    await expectSameData(devices, names);
  });
});

describe('safety', () => {
  it('stores a restore point of the device’s own data before its first merge from a vault, and only then', async () => {
    await devices.as('laptop', async () => {
      await setUpSync(apache, 'Laptop', folder, 'create');
      await tick('a');
      await syncOk();
    });
    await devices.as('phone', async () => {
      await tick('mine-before-joining');
      await setUpSync(apache, 'Phone', folder, 'join');
      const first = await syncOk();
      expect(first.restorePointId).not.toBeNull();
      const points = await db.snapshots.toArray();
      expect(points.map((point) => point.reason)).toEqual(['before-sync']);
      expect(points[0]?.data).toContain('mine-before-joining');
      expect(points[0]?.data).not.toContain('"a"');
    });
    await devices.as('laptop', async () => {
      await tick('b');
      await syncOk();
    });
    await devices.as('phone', async () => {
      expect((await syncOk()).restorePointId).toBeNull();
      expect(await db.snapshots.count()).toBe(1);
    });
  });

  it('never deletes local data when the folder on the server was emptied, and says so', async () => {
    await devices.as('laptop', async () => {
      await setUpSync(apache, 'Laptop', folder, 'create');
      await tick('a');
      await writeNote('a', 'keep me');
      await syncOk();
    });
    for (const name of readdirSync(join(apache.dataDir, folder)))
      rmSync(join(apache.dataDir, folder, name), { recursive: true, force: true });
    await devices.use('laptop');
    const result = await runSync();
    expect(result).toMatchObject({ status: 'failed', kind: 'vault-missing' });
    expect(await statuses()).toEqual({ a: 'done' });
    expect((await db.notes.toArray()).map((note) => note.text)).toEqual(['keep me']);
    expect((await readSyncOverview()).status.failure?.message).toMatch(/no longer holds its vault.*Nothing was deleted here/);
    // It does not write into the emptied folder either.
    expect(readdirSync(join(apache.dataDir, folder))).toEqual([]);
  });

  it('stops with a plain message and keeps everything when the server rejects the password', async () => {
    await devices.as('laptop', async () => {
      await setUpSync(apache, 'Laptop', folder, 'create');
      await tick('a');
      await syncOk();
      await runCommand('sync.setCredentials', { user: apache.user, password: 'not the password' });
      const result = await runSync();
      expect(result).toMatchObject({ status: 'failed', kind: 'unauthorized' });
      expect(await statuses()).toEqual({ a: 'done' });
      await runCommand('sync.setCredentials', { user: apache.user, password: apache.password });
      await syncOk();
    });
  });

  it('makes a sync cut off after the merge harmless: the next one uploads what the first did not', async () => {
    await devices.as('laptop', () => setUpSync(apache, 'Laptop', folder, 'create'));
    await devices.as('phone', async () => {
      await setUpSync(apache, 'Phone', folder, 'join');
      await tick('from-phone');
      await syncOk();
    });
    await devices.as('laptop', async () => {
      await tick('from-laptop');
      const context = await openSyncContext();
      if (!context) throw new Error('not configured');
      // Merged, then the tab closed before the upload.
      expect((await pullChanges(context, Date.now())).status).toBe('pulled');
      expect(await statuses()).toEqual({ 'from-laptop': 'done', 'from-phone': 'done' });
    });
    await devices.as('phone', async () => {
      expect((await syncOk()).log).toEqual([]);
    });
    await devices.as('laptop', syncOk);
    await devices.as('phone', syncOk);
    expect(await devices.as('phone', statuses)).toEqual({ 'from-laptop': 'done', 'from-phone': 'done' });
  });

  it('lets one device pause between merge and upload while another syncs, and loses nothing', async () => {
    await devices.as('laptop', () => setUpSync(apache, 'Laptop', folder, 'create'));
    await devices.as('phone', () => setUpSync(apache, 'Phone', folder, 'join'));
    await devices.as('phone', () => tick('p'));
    await devices.use('laptop');
    await tick('l');
    const context = await openSyncContext();
    if (!context) throw new Error('not configured');
    const pulled = await pullChanges(context, Date.now());
    await devices.as('phone', syncOk);
    await devices.use('laptop');
    if (pulled.status !== 'pulled') throw new Error('no pull');
    await pushOwnFile(context, pulled, Date.now());
    await devices.as('phone', syncOk);
    await devices.as('laptop', syncOk);
    expect(await devices.as('phone', statuses)).toEqual({ l: 'done', p: 'done' });
    await expectSameData(devices, ['laptop', 'phone']);
  });

  it('keeps what the host stores free of item ids, note text, statuses and device names', async () => {
    await devices.as('laptop', async () => {
      await setUpSync(apache, 'Work laptop', folder, 'create');
      await tick('p2-survival-analysis', 'in-progress');
      await writeNote('p2-survival-analysis', 'Kaplan–Meier curves');
      await syncOk();
    });
    await devices.as('phone', async () => {
      await setUpSync(apache, 'Pocket phone', folder, 'join');
      await syncOk();
    });
    const files = readTree(join(apache.dataDir, folder));
    expect(files.map((file) => file.path.slice(join(apache.dataDir, folder).length + 1)).toSorted()).toEqual([
      expect.stringMatching(/^devices\/[0-9a-f]{16}\.bin$/),
      expect.stringMatching(/^devices\/[0-9a-f]{16}\.bin$/),
      'vault.json',
    ]);
    for (const { path, bytes } of files) {
      const text = bytes.toString('latin1');
      for (const word of ['p2-survival-analysis', 'Kaplan', 'in-progress', 'done', 'Work laptop', 'Pocket phone', ROADMAP]) {
        expect(text.includes(word), `${word} in ${path}`).toBe(false);
      }
    }
  });
});
