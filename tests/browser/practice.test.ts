import { afterEach, describe, expect, inject, it } from 'vitest';
import { waitForServiceWorkerControl } from './helpers';
import { Session, tick, waitForChecklist } from './journey-helpers';
import { readTable } from './sync-helpers';

const baseURL = inject('baseURL');
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('interview practice', () => {
  it('reviews cards offline once the phase’s first goal is done, and remembers the grades', async () => {
    session = new Session(baseURL);
    const page = await session.open('/practice');
    await page.getByText(/Locked: unlocks when you finish the first goal of phase 1/).waitFor();

    await page.goto(`${baseURL}/`);
    await waitForChecklist(page);
    await tick(page, /Understand the healthcare data landscape/);
    // Phase 1 has 11 questions; ten new cards a day join the reviews.
    await page
      .getByRole('region', { name: 'Today' })
      .getByText(/10 cards due \(10 new\)/)
      .waitFor();

    await waitForServiceWorkerControl(page);
    await session.context?.setOffline(true);
    await page.goto(`${baseURL}/practice`);
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByText('Card 1 of 10').waitFor();
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Easy, next in/ }).click();
    await page.getByText('Card 2 of 10').waitFor();
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Good, next in/ }).click();
    await page.getByText('Card 3 of 10').waitFor();
    await page.getByRole('button', { name: 'End session' }).click();
    // Both grades are stored before the reload.
    await expect.poll(async () => (await readTable(page, 'reviews')).length).toBeGreaterThanOrEqual(2);

    await page.reload();
    await page.getByRole('button', { name: 'Start review' }).waitFor();
    // Two cards were graded; eight stay new.
    await expect.poll(() => page.getByText(/8\s*new/).count()).toBeGreaterThan(0);
    await session.context?.setOffline(false);
  });

  it('lets the user add, edit and delete an own card, refusing an empty question', async () => {
    session = new Session(baseURL);
    const page = await session.open('/practice');
    const form = page.getByRole('form', { name: 'Add your own card' }).or(page.getByRole('region', { name: 'Add your own card' }));
    await form.getByRole('button', { name: 'Add card' }).click();
    await page.getByRole('alert').first().waitFor();
    await form.getByLabel('Question').fill('How do you validate a readmission model on a new hospital?');
    await form.getByLabel('Answer outline').fill('External validation\nCheck calibration in the new population');
    await form.getByRole('button', { name: 'Add card' }).click();
    await page.getByRole('button', { name: /Edit card “How do you validate a readmission model/ }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /Delete card “How do you validate a readmission model/ }).click();
    await page.getByRole('button', { name: 'Delete card' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Edit card “How do you validate/ }).count()).toBe(0);
  });
});
