import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { Session, tick, waitForChecklist } from './journey-helpers';

const baseURL = inject('baseURL');
const sessions: Session[] = [];

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

function newSession(): Session {
  const session = new Session(baseURL);
  sessions.push(session);
  return session;
}

describe('backups in a real browser', () => {
  it('exports everything in one profile and imports it into a fresh profile', async () => {
    const source = newSession();
    const page = await source.open('/phase/p1-data-foundations-sql');
    await waitForChecklist(page);
    await tick(page, /Master SQL with healthcare-specific schemas/);
    await page.getByRole('combobox', { name: /Status of “Learn HIPAA/ }).selectOption('in-progress');
    await page.getByRole('button', { name: /Add note on “Master SQL/ }).click();
    await page.getByRole('textbox', { name: /Note on “Master SQL/ }).fill('Window functions over visit_occurrence');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Window functions over visit_occurrence').waitFor();
    await page.getByText('Add your own goal').click();
    await page.getByRole('textbox', { name: 'Your own goal' }).fill('Rebuild the OMOP ETL for Synthea');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('checkbox', { name: 'Rebuild the OMOP ETL for Synthea' }).waitFor();

    await page.goto(`${baseURL}/data`);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export backup/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^roadmap-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(tmpdir(), `backup-${Date.now()}.json`);
    await download.saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8')) as { app: string; data: { progress: unknown[]; notes: unknown[] } };
    expect(backup.app).toBe('healthcare-ai-roadmap-tracker');
    expect(backup.data.progress).toHaveLength(2);

    const target = newSession();
    const fresh = await target.open('/data');
    await fresh.getByLabel('Backup file (.json)').setInputFiles(file);
    await fresh.getByRole('heading', { name: /What importing/ }).waitFor();
    await fresh.getByRole('button', { name: 'Merge into this device' }).click();
    await fresh
      .getByRole('status')
      .filter({ hasText: /import|merged|added/i })
      .first()
      .waitFor();

    await fresh.goto(`${baseURL}/phase/p1-data-foundations-sql`);
    await waitForChecklist(fresh);
    expect(await fresh.getByRole('checkbox', { name: /Master SQL with healthcare-specific schemas/ }).isChecked()).toBe(true);
    expect(await fresh.getByRole('combobox', { name: /Status of “Learn HIPAA/ }).inputValue()).toBe('in-progress');
    await fresh.getByText('Window functions over visit_occurrence').waitFor();
    expect(await fresh.getByRole('checkbox', { name: 'Rebuild the OMOP ETL for Synthea' }).count()).toBe(1);
  });

  it('refuses a corrupt file with a clear message and changes nothing', async () => {
    const session = newSession();
    const page = await session.open('/');
    await waitForChecklist(page);
    await tick(page, /Master SQL with healthcare-specific schemas/);
    await page.goto(`${baseURL}/data`);
    const dump = () =>
      page.evaluate(async () => {
        const request = indexedDB.open('roadmap-tracker');
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const out: Record<string, unknown[]> = {};
        for (const name of Array.from(database.objectStoreNames)) {
          if (name === 'snapshots') continue;
          out[name] = await new Promise<unknown[]>((resolve) => {
            const all = database.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => resolve(all.result);
          });
        }
        database.close();
        return JSON.stringify(out);
      });
    const before = await dump();
    const corrupt = path.join(tmpdir(), `corrupt-${Date.now()}.json`);
    await writeFile(corrupt, '{"app":"healthcare-ai-roadmap-tracker","formatVersion":1,"data":{"progress":[{"key":');
    await page.getByLabel('Backup file (.json)').setInputFiles(corrupt);
    await page
      .getByRole('alert')
      .filter({ hasText: /not complete JSON/ })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Merge into this device' }).count()).toBe(0);
    expect(await dump()).toBe(before);

    const hostile = path.join(tmpdir(), `hostile-${Date.now()}.json`);
    await writeFile(hostile, '{"app":"healthcare-ai-roadmap-tracker","formatVersion":1,"__proto__":{"polluted":true}}');
    await page.getByLabel('Backup file (.json)').setInputFiles(hostile);
    await page
      .getByRole('alert')
      .filter({ hasText: /__proto__/ })
      .waitFor();
    expect(await dump()).toBe(before);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });
});
