import { afterEach, describe, expect, inject, it } from 'vitest';
import { waitForServiceWorkerControl } from './helpers';
import { Session, tick, waitForChecklist } from './journey-helpers';

const baseURL = inject('baseURL');
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

function isoDay(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('planning against the calendar', () => {
  it('sets a start date, ticks, logs sessions, and sees dates, pace and charts survive an offline reload', async () => {
    session = new Session(baseURL);
    const page = await session.open('/plan');
    await page.getByLabel('Start date').fill(isoDay(-30));
    await page.getByLabel('Hours per week (optional)').fill('5');
    await page.getByRole('button', { name: 'Save plan' }).click();
    // 30 days in: phase 1 (28 days) is over, so the calendar puts us in week 1 of phase 2.
    await page.getByRole('heading', { level: 1, name: 'Week 1 of 6 of phase 2' }).waitFor();
    // The form is gone: focus is on what replaced it, not lost to the page's body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Week 1 of 6 of phase 2');
    await page.getByRole('button', { name: 'Change start, target or hours' }).click();
    await page.getByLabel('Hours per week (optional)').fill('6');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change start, target or hours');
    await page
      .getByText(/Behind by \d+ days/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.getByText(/is in phase 2 of 6: Python for Healthcare Analytics/).waitFor();
    await page.getByText(/By today \d+ of 24 items were planned and 0 are done/).waitFor();

    await page.goto(`${baseURL}/`);
    await waitForChecklist(page);
    for (const goal of [/data landscape/, /Master SQL/, /Learn HIPAA/]) await tick(page, goal);
    await page.getByText(/Week 1 of 6 of phase 2/).waitFor();
    await page.goto(`${baseURL}/plan`);
    await page.getByText(/By today \d+ of 24 items were planned and 3 are done/).waitFor();

    await page.goto(`${baseURL}/log`);
    for (const [day, minutes] of [
      [isoDay(0), '45'],
      [isoDay(-1), '90'],
    ] as const) {
      await page.getByLabel('Day').fill(day);
      await page.getByRole('spinbutton', { name: 'Minutes' }).fill(minutes);
      await page.getByRole('button', { name: 'Log session' }).click();
      await page
        .getByText(new RegExp(`Logged ${minutes === '45' ? '45 min' : '1 h 30 min'}`))
        .first()
        .waitFor();
    }
    await page
      .getByText(/2 h 15 min|45 min/)
      .first()
      .waitFor();
    await page.getByText(/minutes \([\d.]+ hours\) on 2 days/).waitFor();
    // The heatmap and its hidden text table must not widen the page on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 800 });

    await waitForServiceWorkerControl(page);
    await session.context?.setOffline(true);
    await page.goto(`${baseURL}/plan`);
    await page.getByRole('heading', { level: 1, name: 'Week 1 of 6 of phase 2' }).waitFor();
    const phase1 = page.getByRole('listitem').filter({ hasText: 'Phase 1: Healthcare Data Foundations' }).first();
    expect(await phase1.textContent()).toMatch(/3 of 4 done/);
    await page.goto(`${baseURL}/log`);
    await page.getByText(/on 2 days/).waitFor();
    await session.context?.setOffline(false);
  });

  it('re-plans from today keeping every tick, and can undo it', async () => {
    session = new Session(baseURL);
    const page = await session.open('/plan');
    await page.getByLabel('Start date').fill(isoDay(-60));
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page
      .getByText(/Behind by/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Re-plan from today' }).click();
    await page.getByText('Re-planned from today. Your ticks are unchanged.').waitFor();
    await page
      .getByText(/On track|Ahead/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Undo last plan change' }).click();
    await page
      .getByText(/Behind by/)
      .first()
      .waitFor();
  });

  it('exports a calendar file that a standards parser accepts', async () => {
    session = new Session(baseURL);
    const page = await session.open('/plan');
    await page.getByRole('button', { name: 'Save plan' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    const file = await download;
    const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(6);
  });

  it('adds a weekly study block with a reminder to the calendar file', async () => {
    session = new Session(baseURL);
    const page = await session.open('/plan');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByRole('checkbox', { name: 'Also add a weekly study block with a reminder' }).check();
    // Monday and Wednesday are chosen; add Saturday, and take Wednesday away again.
    await page.getByRole('button', { name: 'Saturday' }).click();
    await page.getByRole('button', { name: 'Wednesday' }).click();
    await page.getByLabel('Starts at').fill('07:30');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    const text = await (await import('node:fs/promises')).readFile((await (await download).path())!, 'utf8');
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;[^\r]*BYDAY=MO,SA/);
    expect(text).toMatch(/DTSTART:\d{8}T073000\r\n/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(13);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(7);
  });

  it('refuses a plan start in the year 9999 with a clear message, and the view keeps working', async () => {
    session = new Session(baseURL);
    const page = await session.open('/plan');
    await page.getByLabel('Start date').fill('9999-06-01');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByRole('alert').getByText('Start date must be between Jan 1, 2000 and Dec 31, 2100.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Plan your dates' }).waitFor();
  });
});
