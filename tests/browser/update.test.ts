import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { waitForServiceWorkerControl } from './helpers';
import { Session, tick, waitForChecklist } from './journey-helpers';

const baseURL = inject('baseURL');
const SERVICE_WORKER = path.resolve(__dirname, '../../dist/sw.js');
let session: Session | undefined;
let original: string | undefined;

afterEach(async () => {
  if (original !== undefined) await writeFile(SERVICE_WORKER, original);
  original = undefined;
  await session?.close();
  session = undefined;
});

describe('a new version', () => {
  it('is offered as "Reload to update", waits while another tab has unsaved text, and keeps every tick', async () => {
    session = new Session(baseURL);
    const page = await session.open('/');
    await waitForChecklist(page);
    await tick(page, /Master SQL with healthcare-specific schemas/);
    await waitForServiceWorkerControl(page);

    const other = await session.context!.newPage();
    await other.goto(`${baseURL}/phase/p1-data-foundations-sql`);
    await waitForChecklist(other);
    await other.getByRole('button', { name: /Add note on “Learn HIPAA/ }).click();
    await other.getByRole('textbox', { name: /Note on “Learn HIPAA/ }).fill('Half-written thought about Safe Harbor');

    // Deploy "a new version": any byte change of the service worker is an update.
    original = await readFile(SERVICE_WORKER, 'utf8');
    await writeFile(SERVICE_WORKER, `${original}\n// next release\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'A new version of the app is ready' });
    await banner.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('checkbox', { name: /Master SQL/ }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Reload to update' }).click();
    await page.getByText('Another tab of this app has unsaved text. Save it there first; the update reloads every tab.').waitFor();
    expect(await other.getByRole('textbox', { name: /Note on “Learn HIPAA/ }).inputValue()).toBe('Half-written thought about Safe Harbor');

    await other.getByRole('button', { name: 'Save note' }).click();
    await other.getByText('Half-written thought about Safe Harbor').waitFor();
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.getByRole('button', { name: 'Reload to update' }).click()]);
    await waitForChecklist(page);
    expect(await page.getByRole('checkbox', { name: /Master SQL/ }).isChecked()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'A new version of the app is ready' }).count()).toBe(0);
  });
});
