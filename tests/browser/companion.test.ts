/**
 * The study companion as a person meets it: Today on the home view, a study timer that survives a
 * reload and logs itself, and practice of any phase at any time.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Session, waitForChecklist } from './journey-helpers';
import { PHONE } from './helpers';

const baseURL = inject('baseURL');
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

const today = (page: Page) => page.getByRole('region', { name: 'Today' });

describe('the study companion', () => {
  it('starts a timer from Today, keeps it running through a reload, and logs the session when stopped', async () => {
    session = new Session(baseURL);
    const page = await session.open('/');
    await waitForChecklist(page);
    await today(page)
      .getByRole('button', { name: /^Start studying: Master SQL with healthcare-specific schemas/ })
      .click();
    const face = today(page).getByRole('timer');
    await face.waitFor();
    await expect.poll(() => page.title()).toMatch(/^⏱ 0:0\d · Dashboard/);

    // The time is computed from the stored start: after a reload it carries on, it does not restart.
    await page.waitForTimeout(2_500);
    await page.reload();
    await today(page).getByRole('timer').waitFor();
    await expect
      .poll(async () => Number(((await today(page).getByRole('timer').textContent()) ?? '0:00').split(':')[1]))
      .toBeGreaterThanOrEqual(2);

    // One timer at a time.
    expect(
      await today(page)
        .getByRole('button', { name: /^Start studying: Learn HIPAA/ })
        .isDisabled(),
    ).toBe(true);

    await today(page).getByRole('button', { name: 'Pause' }).click();
    await today(page).getByRole('button', { name: 'Resume' }).click();
    await today(page).getByRole('button', { name: 'Stop and log' }).click();
    const minutes = today(page).getByRole('spinbutton', { name: 'Minutes' });
    await minutes.waitFor();
    expect(await minutes.inputValue()).toBe('1');
    await minutes.fill('25');
    await today(page).getByRole('button', { name: 'Log session' }).click();
    await page
      .getByRole('status')
      .getByText(/^Logged 25 min on /)
      .waitFor();
    await expect.poll(() => today(page).getByRole('timer').count()).toBe(0);
    await expect.poll(() => page.title()).toMatch(/^Dashboard/);

    await page.getByRole('link', { name: 'Log', exact: true }).click();
    await page.getByText(/25 min · Phase 1: Healthcare Data Foundations/).waitFor();
    await page.getByText(/on Master SQL with healthcare-specific schemas/).waitFor();
  });

  it('asks before discarding a stopped timer, and shows a running timer on other views', async () => {
    session = new Session(baseURL);
    const page = await session.open('/');
    await waitForChecklist(page);
    await today(page).getByRole('button', { name: 'Start studying phase 1' }).click();
    await today(page).getByRole('timer').waitFor();
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Studying: 0:0\d Open the timer$/ })
      .waitFor();
    await page.getByRole('link', { name: 'Open the timer' }).click();
    await today(page).getByRole('button', { name: 'Stop and log' }).click();
    await today(page).getByRole('button', { name: 'Discard the timer' }).click();
    const confirm = today(page).getByRole('group', { name: 'Discard this timer?' });
    await confirm.waitFor();
    // The confirmation keeps the keyboard until it is answered; Escape keeps the timer.
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    await today(page).getByRole('button', { name: 'Discard the timer' }).click();
    await today(page).getByRole('button', { name: 'Discard', exact: true }).click();
    await page.getByRole('status').getByText('Timer discarded; nothing was logged.').waitFor();
  });

  it('practises phase 6 on a fresh profile at phone width, before any of its goals is done', async () => {
    session = new Session(baseURL);
    await session.launch();
    const page = session.context!.pages()[0] ?? (await session.context!.newPage());
    await page.setViewportSize(PHONE);
    await session.goto('/practice');
    await page.getByRole('button', { name: /^Practise phase 6 now/ }).click();
    await page.getByText(/^Card 1 of \d+ · Phase 6/).waitFor();
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Good, next in/ }).click();
    await page.getByText(/^Card 2 of/).waitFor();
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: /^Start a drill of 10 questions/ }).click();
    await page.getByText(/^Card 1 of 10/).waitFor();
  });
});
