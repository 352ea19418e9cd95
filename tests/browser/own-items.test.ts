import { afterEach, describe, expect, inject, it } from 'vitest';
import { Session, waitForChecklist } from './journey-helpers';
import { readStatuses } from './sync-helpers';

const baseURL = inject('baseURL');
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('your own items on top of the roadmap', () => {
  it('adds an own goal and resource that count and survive a reload; hides and restores a built-in goal', async () => {
    session = new Session(baseURL);
    const page = await session.open('/phase/p1-data-foundations-sql');
    await waitForChecklist(page);

    await page.getByText('Add your own goal').click();
    await page.getByRole('textbox', { name: 'Your own goal' }).fill('Write ten cohort queries against Synthea');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('checkbox', { name: /Write ten cohort queries/ }).waitFor();
    await page.getByText(/0 of 5 done/).waitFor();

    await page.getByText('Add your own resource').click();
    await page.getByRole('textbox', { name: 'Your own resource: title' }).fill('Mode SQL window functions');
    await page.getByRole('textbox', { name: 'Address' }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByRole('alert').filter({ hasText: 'Only http:// and https:// addresses can be saved.' }).waitFor();
    await page.getByRole('textbox', { name: 'Address' }).fill('https://mode.com/sql-tutorial/sql-window-functions/');
    await page.getByRole('button', { name: 'Add resource' }).click();
    const link = page.getByRole('link', { name: /Mode SQL window functions/ });
    await link.waitFor();
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    await page.getByRole('button', { name: /Hide “Learn HIPAA/ }).click();
    await page.getByRole('heading', { name: 'Hidden in this phase' }).waitFor();
    await page.getByText(/0 of 4 done/).waitFor();

    await page.reload();
    await waitForChecklist(page);
    expect(await page.getByRole('checkbox', { name: /Write ten cohort queries/ }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /Learn HIPAA/ }).count()).toBe(0);
    await page.getByRole('button', { name: /Restore “Learn HIPAA/ }).click();
    await page.getByRole('checkbox', { name: /Learn HIPAA/ }).waitFor();
    await page.getByText(/0 of 5 done/).waitFor();
  });
});

describe('a long phase on the dashboard', () => {
  it('shows the next open items first, keeps a ticked item in view, and shows all on request', async () => {
    session = new Session(baseURL);
    const page = await session.open('/phase/p1-data-foundations-sql');
    await waitForChecklist(page);
    await page.getByText('Add your own goal').click();
    for (let index = 1; index <= 10; index += 1) {
      await page.getByRole('textbox', { name: 'Your own goal' }).fill(`Cohort query drill ${index}`);
      await page.getByRole('button', { name: 'Add goal' }).click();
      await page.getByRole('checkbox', { name: `Cohort query drill ${index}` }).waitFor();
    }
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    const list = page.getByRole('list', { name: 'Current phase checklist' });
    await expect.poll(() => list.getByRole('checkbox').count()).toBe(12);
    const first = list.getByRole('checkbox', { name: /Understand the healthcare data landscape/ });
    await first.check();
    await expect.poll(() => first.getAttribute('aria-busy')).toBe('false');
    expect(await first.isChecked()).toBe(true);
    expect(await list.getByRole('checkbox').count()).toBe(12);
    await page.getByRole('button', { name: 'Show all 14 items of this phase' }).click();
    await expect.poll(() => list.getByRole('checkbox').count()).toBe(14);
  });
});

describe('search', () => {
  it('finds an own resource by search after a reload, and filters everything in progress', async () => {
    session = new Session(baseURL);
    const page = await session.open('/phase/p2-python-biostatistics');
    await waitForChecklist(page);
    await page.getByText('Add your own resource').click();
    await page.getByRole('textbox', { name: 'Your own resource: title' }).fill('Zettelkasten for survival analysis');
    await page.getByRole('textbox', { name: 'Address' }).fill('https://example.org/zettel');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByRole('link', { name: /Zettelkasten for survival analysis/ }).waitFor();
    await page.getByRole('combobox', { name: /Status of “Learn biostatistics essentials/ }).selectOption('in-progress');
    // The reload comes once the change is stored, as a person sees it saved before leaving.
    await expect.poll(() => readStatuses(page)).toMatchObject({ 'p2-goal-biostatistics': 'in-progress' });

    await page.reload();
    await waitForChecklist(page);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    const box = page.getByRole('searchbox', { name: 'Search goals, resources, notes and cards' });
    await box.fill('zettel survival');
    const result = page.getByRole('link', { name: /Zettelkasten for survival analysis/ });
    await result.waitFor();
    await page.getByRole('status').filter({ hasText: '1 result' }).waitFor();

    await page.reload();
    expect(await box.inputValue()).toBe('zettel survival');
    await result.waitFor();

    await box.fill('');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('in-progress');
    await page.getByRole('link', { name: /Learn biostatistics essentials/ }).waitFor();
    await page.getByRole('link', { name: /Learn biostatistics essentials/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Python for Healthcare Analytics & Statistical Modeling' }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#item-/);
  });
});
