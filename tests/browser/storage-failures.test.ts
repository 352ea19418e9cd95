import { afterEach, describe, expect, inject, it } from 'vitest';
import { Session, tick, waitForChecklist } from './journey-helpers';

const baseURL = inject('baseURL');
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('storage failures are states the user sees', () => {
  it('without IndexedDB (private mode, disabled storage) shows the roadmap, says nothing is saved, and never shows a tick as saved', async () => {
    session = new Session(baseURL);
    // The app expects toasts and a banner, not errors: the guard ignores the expected failure messages.
    session.guardOptions = { ignore: [/IndexedDB|indexedDB|MissingAPI|storage/i] };
    const context = await session.launch();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    });
    const page = await session.goto('/');
    await page.getByRole('alert').filter({ hasText: 'Your changes are not being saved.' }).waitFor();
    await waitForChecklist(page);
    const box = page.getByRole('checkbox', { name: /Master SQL with healthcare-specific schemas/ });
    await box.click();
    await page
      .getByText(/^Not saved:/)
      .first()
      .waitFor();
    await expect.poll(() => box.isChecked()).toBe(false);
  });

  it('a full disk: the failed tick is reported and rolled back, earlier ticks stay, nothing half-written', async () => {
    session = new Session(baseURL);
    session.guardOptions = { ignore: [/Quota|quota|storage space/] };
    const context = await session.launch();
    await context.addInitScript(() => {
      const flags = window as unknown as { failWrites?: boolean };
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if (flags.failWrites && this.name !== 'snapshots') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        } as typeof original;
      }
    });
    const page = await session.goto('/');
    await waitForChecklist(page);
    await tick(page, /Master SQL with healthcare-specific schemas/);

    await page.evaluate(() => {
      (window as unknown as { failWrites?: boolean }).failWrites = true;
    });
    const second = page.getByRole('checkbox', { name: /Understand the healthcare data landscape/ });
    await second.click();
    await page
      .getByText(/out of storage space/)
      .first()
      .waitFor();
    await expect.poll(() => second.isChecked()).toBe(false);
    await page.getByRole('alert').filter({ hasText: 'Your changes are not being saved.' }).waitFor();

    await page.evaluate(() => {
      (window as unknown as { failWrites?: boolean }).failWrites = false;
    });
    await page.reload();
    await waitForChecklist(page);
    expect(await page.getByRole('checkbox', { name: /Master SQL with healthcare-specific schemas/ }).isChecked()).toBe(true);
    expect(await second.isChecked()).toBe(false);
  });
});
