import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorIds,
  indicatorTitles,
  readyRecord,
  STORAGE_KEY,
  sampleRecord,
  storedRecords,
} from '../../scripts/lib/assessment-fixtures.mjs';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { selfCheckReady } from '../../scripts/lib/self-check.mjs';
import {
  ASSESSMENT_PATH,
  assessmentTool,
  axeViolations,
  blockToolCodeWith,
  storedAssessments,
  type Theme,
  visit,
} from './helpers';

const PATH = ASSESSMENT_PATH;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const tool = assessmentTool;
const baseURLOf = (page: Page) => new URL(page.url()).origin;
const verdict = (page: Page) => page.locator('[data-verdict]');
const criterion = (page: Page, id: string) => page.locator(`[data-criterion="${id}"]`);

async function createRecord(page: Page, name: string) {
  const field = page.getByLabel("New record: the Associate's name");
  // Once there are records, creating one is behind the "New record" disclosure.
  if (!(await field.isVisible())) await page.locator('.as-records summary', { hasText: 'New record' }).click();
  await field.fill(name);
  await page.getByRole('button', { name: 'Create record' }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

async function addCall(
  page: Page,
  { date, met = 0, absent = false }: { date: string; met?: number; absent?: boolean },
) {
  await page.getByRole('button', { name: 'Add a call' }).click();
  await page.getByLabel('Date of the call').fill(date);
  if (absent) {
    await page.getByRole('radio', { name: 'No, the Associate ran it without me' }).check();
    await page.getByRole('radio', { name: 'By recording' }).check();
    await page.getByRole('checkbox', { name: 'A strong performance' }).check();
  }
  for (let i = 0; i < met; i++) {
    const group = page.getByRole('group', { name: indicatorTitles[i], exact: true });
    await group.getByRole('radio', { name: 'Met', exact: true }).check();
  }
  if (met > 0 && met < indicatorTitles.length) {
    for (let i = met; i < indicatorTitles.length; i++) {
      const group = page.getByRole('group', { name: indicatorTitles[i], exact: true });
      await group.getByRole('radio', { name: 'Not met', exact: true }).check();
    }
  }
  await page.getByRole('button', { name: 'Save the call' }).click();
  await page.getByRole('button', { name: 'Add a call' }).waitFor();
}

const stored = storedAssessments;

describe('the Lead assesses an Associate across calls', () => {
  it('logs four calls and two observed independent calls, records satisfaction and the request, and turns ready', async () => {
    const v = await visit(browser, PATH, { waitUntil: 'load' });
    const { page } = v;
    await tool(page).waitFor();
    await createRecord(page, 'Sam');
    expect(await verdict(page).getAttribute('data-verdict')).toBe('not-ready');

    for (const date of ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12']) await addCall(page, { date, met: 16 });
    expect(await criterion(page, 'indicators').getAttribute('data-met')).toBe('true');
    expect(await criterion(page, 'indicators').textContent()).toContain('16 of 19 shown consistently');
    expect(await criterion(page, 'observed-calls').textContent()).toContain('0 of 2 observed independent calls');

    await addCall(page, { date: '2026-11-16', absent: true });
    expect(await criterion(page, 'observed-calls').textContent()).toContain(
      '1 of 2 observed independent calls; 1 more needed',
    );
    await addCall(page, { date: '2026-11-18', absent: true });
    expect(await criterion(page, 'observed-calls').getAttribute('data-met')).toBe('true');

    await page.getByLabel('Score (0 to 10)').fill('8');
    await page.getByRole('button', { name: 'Record the score' }).click();
    expect(await criterion(page, 'satisfaction').getAttribute('data-met')).toBe('false');
    await page.getByLabel('Score (0 to 10)').fill('9');
    await page.getByRole('button', { name: 'Replace the score' }).click();
    expect(await criterion(page, 'satisfaction').getAttribute('data-met')).toBe('true');

    expect(await verdict(page).getAttribute('data-verdict')).toBe('not-ready');
    expect(await page.getByRole('button', { name: 'Record going live' }).isDisabled()).toBe(true);
    await page.getByLabel('Asked on').fill('2026-11-01');
    await page.getByRole('button', { name: 'Record the request' }).click();
    expect(await verdict(page).getAttribute('data-verdict')).toBe('ready');
    for (const id of ['indicators', 'observed-calls', 'satisfaction', 'request']) {
      expect(await criterion(page, id).getAttribute('data-met')).toBe('true');
    }

    // The grid: a real table whose cells are named by their row and column.
    const grid = page.locator('table.as-grid');
    expect(await grid.locator('caption').textContent()).toContain('Sam');
    const row = grid.getByRole('row', { name: new RegExp(indicatorTitles[0]) });
    expect(await row.locator('td[data-mark]').first().textContent()).toBe('✓met');
    expect(await grid.getByRole('columnheader', { name: /^2 Nov/ }).count()).toBe(1);

    // Ready switches nothing on until the Lead records going live; then the safety period starts.
    expect(await page.getByText('Safety period', { exact: true }).count()).toBe(0);
    await page.getByLabel('Go-live date').fill('2026-11-25');
    await page.getByRole('button', { name: 'Record going live' }).click();
    await page.getByRole('heading', { name: 'Safety period' }).waitFor();
    const reviews = page.getByRole('region', { name: 'Recordings reviewed' });
    await reviews.getByLabel('Date').fill('2026-11-27');
    await reviews.getByRole('button', { name: 'Add a reviewed recording' }).click();
    expect(await page.getByText('1 of 3-4 reviewed.').count()).toBe(1);

    // Reload keeps it all, once it is saved (after the frame that shows it).
    await expect.poll(async () => (await storedAssessments(page)) ?? '').toContain('2026-11-27');
    await page.reload({ waitUntil: 'networkidle' });
    await tool(page).waitFor();
    expect(await verdict(page).getAttribute('data-verdict')).toBe('ready');
    expect(await page.getByRole('list', { name: 'Calls, newest first' }).getByRole('listitem').count()).toBe(6);
    expect(await page.getByText('1 of 3-4 reviewed.').count()).toBe(1);

    // A second record is independent of the first.
    await createRecord(page, 'Alex');
    expect(await verdict(page).getAttribute('data-verdict')).toBe('not-ready');
    const list = page.getByRole('list', { name: 'Associates' });
    expect(await list.getByRole('button', { name: /Sam/ }).textContent()).toContain('Independent since 25 Nov 2026');
    expect(await list.getByRole('button', { name: /Alex/ }).textContent()).toContain('Not ready');
    await list.getByRole('button', { name: /Sam/ }).click();
    expect(await verdict(page).getAttribute('data-verdict')).toBe('ready');

    expect(v.pageErrors).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    expect(v.foreignRequests).toEqual([]);
    await page.close();
  });

  it('edits and deletes a call, renames and deletes a record, asking first', async () => {
    const { page, pageErrors } = await visit(browser, PATH, {
      storage: { [STORAGE_KEY]: storedRecords([sampleRecord(), sampleRecord({ id: 'rec-b', name: 'Bea' })]) },
    });
    await tool(page).waitFor();
    await page.getByRole('button', { name: /^Edit the call of 2 Nov 2026/ }).click();
    await page.getByLabel('Label (optional)').fill('Kickoff review');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await page.getByRole('list', { name: 'Calls, newest first' }).textContent()).toContain('Kickoff review');

    await page.getByRole('button', { name: /^Delete the call of 2 Nov 2026/ }).click();
    const keep = page.getByRole('button', { name: 'Keep it' });
    await expect.poll(() => keep.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    expect(await page.getByRole('list', { name: 'Calls, newest first' }).getByRole('listitem').count()).toBe(5);

    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('Samira');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await page.getByRole('heading', { level: 2, name: 'Samira' }).waitFor();

    await page.getByRole('button', { name: 'Delete the record' }).click();
    await page.getByRole('button', { name: 'Yes, delete the record' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bea' }).waitFor();
    const records = JSON.parse((await stored(page)) ?? '{}').records;
    expect(records.map((r: { associate: string }) => r.associate)).toEqual(['Bea']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard alone: create a record and mark all 19 indicators in a call', async () => {
    const { page } = await visit(browser, PATH, { waitUntil: 'load' });
    await tool(page).waitFor();
    await page.getByLabel("New record: the Associate's name").focus();
    await page.keyboard.type('Kai');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Kai' }).waitFor();
    await page.getByRole('button', { name: 'Add a call' }).focus();
    await page.keyboard.press('Enter');
    // Focus moves to the form; the first indicator's radios are reached by Tab, each next one by one Tab.
    const first = page.getByRole('group', { name: indicatorTitles[0], exact: true });
    await first.getByRole('radio', { name: 'Not observed' }).focus();
    for (let i = 0; i < indicatorTitles.length; i++) {
      // From "Not observed", the arrow key wraps round to "Met".
      await page.keyboard.press('ArrowRight');
      if (i < indicatorTitles.length - 1) await page.keyboard.press('Tab');
    }
    await page.getByRole('button', { name: 'Save the call' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add a call' }).waitFor();
    const saved = JSON.parse((await stored(page)) ?? '{}').records[0].calls[0].marks;
    expect(Object.keys(saved).sort()).toEqual([...indicatorIds].sort());
    expect(new Set(Object.values(saved))).toEqual(new Set(['met']));
    await page.close();
  });
});

describe("the Associate's self-check beside the Lead's view", () => {
  it('sends a link from the readiness page that attaches only after the Lead picks a record', async () => {
    const readiness = await visit(browser, '/docs/sop/independent-leader');
    const rp = readiness.page;
    await selfCheckReady(rp);
    // The Associate ticks the first 15 and the last one (which the Lead has not seen).
    for (const i of [...Array(15).keys(), 18]) await rp.getByRole('checkbox').nth(i).check();
    await rp.getByRole('button', { name: 'Send to your Lead' }).click();
    const link = await rp.getByLabel(/send it to your Lead|Paste it to your Lead/).inputValue();
    expect(link).toContain(`${PATH}#self=1.1.`);
    expect(link).not.toMatch(/Sam|note/i);
    await rp.close();

    const { page, pageErrors } = await visit(browser, new URL(link).pathname + new URL(link).hash, {
      storage: { [STORAGE_KEY]: storedRecords([readyRecord(), sampleRecord({ id: 'rec-b', name: 'Bea' })]) },
    });
    await tool(page).waitFor();
    const offer = page.getByRole('region', { name: 'A self-check from your Associate' });
    expect(await offer.textContent()).toContain('16 of 19 indicators ticked');
    expect(JSON.parse((await stored(page)) ?? '{}').records.some((r: { self?: unknown }) => r.self)).toBe(false);
    // The self-check link is read once and gone; the address may then name the open record.
    expect(await page.evaluate(() => location.hash)).toMatch(/^(#record=[^#]+)?$/);

    await offer.getByLabel('Attach to').selectOption({ label: 'Sam' });
    await offer.getByRole('button', { name: 'Attach', exact: true }).click();
    await offer.waitFor({ state: 'detached' });
    const grid = page.locator('table.as-grid');
    expect(await grid.getByRole('columnheader', { name: "Associate's view" }).count()).toBe(1);
    // The Lead sees the 16th indicator consistently but the Associate did not tick it; the reverse for the 19th.
    expect(await page.locator('[data-disagreements="lead-only"]').textContent()).toContain(indicatorTitles[15]);
    expect(await page.locator('[data-disagreements="associate-only"]').textContent()).toContain(indicatorTitles[18]);
    expect(await grid.locator('td[data-disagreement="lead-only"]').count()).toBe(1);
    expect(await grid.locator('td[data-disagreement="associate-only"]').count()).toBe(1);
    const records = JSON.parse((await stored(page)) ?? '{}').records;
    expect(records.find((r: { associate: string }) => r.associate === 'Sam').self.met).toHaveLength(16);
    expect(records.find((r: { associate: string }) => r.associate === 'Bea').self).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it.each([
    ['malformed', '#self=%E0%A4%A', /damaged or incomplete/],
    ['truncated', '#self=1.1', /damaged or incomplete/],
    ['markup', '#self=1.1.<img src=x onerror=alert(1)>', /damaged or incomplete/],
    ['another version', '#self=1.9.covers-next-steps', /different version of the indicator list/],
    ['oversized', `#self=1.1.${'a,'.repeat(3000)}`, /far longer than any real one/],
  ])('a %s link gives a clear message and changes nothing', async (_label, hash, message) => {
    const before = storedRecords([readyRecord()]);
    const v = await visit(browser, PATH + hash, { waitUntil: 'load', storage: { [STORAGE_KEY]: before } });
    await tool(v.page).waitFor();
    expect(await v.page.locator('.assessment-tool [role="alert"]').textContent()).toMatch(message);
    expect(await stored(v.page)).toBe(before);
    expect(v.pageErrors).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    await v.page.close();
  });
});

describe('stored data that is not right', () => {
  it.each([
    ['garbage', 'not json {'],
    ['another version', JSON.stringify({ v: 9, records: [] })],
    ['a huge value', 'x'.repeat(2_100_000)],
  ])('%s is set aside with a notice, and the tool still works', async (_label, raw) => {
    const v = await visit(browser, PATH, { waitUntil: 'load', storage: { [STORAGE_KEY]: raw } });
    await tool(v.page).waitFor();
    expect(await v.page.locator('.assessment-tool [role="alert"]').textContent()).toMatch(/set aside, not deleted/);
    const kept = await v.page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(`${key}:set-aside`))
          .map((k) => localStorage.getItem(k)),
      STORAGE_KEY,
    );
    expect(kept).toEqual([raw]);
    await createRecord(v.page, 'Noor');
    expect(v.pageErrors).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    await v.page.close();
  });

  it('never writes over stored records it could not read, when part of the page fails to load', async () => {
    const kept = storedRecords([readyRecord()]);
    const v = await visit(browser, PATH, { waitUntil: 'load', storage: { [STORAGE_KEY]: kept } });
    await tool(v.page).waitFor();
    // Again, with the code that reads stored records (the one holding the validator, zod/mini) blocked.
    const fresh = await v.page.context().newPage();
    await blockToolCodeWith(fresh, 'ZodError');
    await fresh.goto(baseURLOf(v.page) + PATH, { waitUntil: 'load' });
    const alert = fresh.locator('.assessment-tool [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Your saved records could not be opened');
    expect(await fresh.getByRole('button', { name: 'Create record' }).count()).toBe(0);
    expect(await storedAssessments(fresh)).toBe(kept);
    await fresh.unrouteAll({ behavior: 'ignoreErrors' });
    await fresh.close();
    await v.page.close();
  });

  it('sets aside one bad record and loads the others', async () => {
    const bad = { ...sampleRecord({ id: 'rec-bad', name: 'Broken' }), calls: [{ date: '2026-02-30', lead: 'x' }] };
    const v = await visit(browser, PATH, {
      waitUntil: 'load',
      storage: { [STORAGE_KEY]: storedRecords([bad, readyRecord()]) },
    });
    await tool(v.page).waitFor();
    expect(await v.page.locator('.assessment-tool [role="alert"]').textContent()).toContain(
      '1 saved record could not be read',
    );
    expect(await verdict(v.page).getAttribute('data-verdict')).toBe('ready');
    await v.page.close();
  });

  it('keeps a change on screen and says so when the browser will not save it', async () => {
    const v = await visit(browser, PATH, {
      waitUntil: 'load',
      storage: { [STORAGE_KEY]: storedRecords([sampleRecord()]) },
    });
    await tool(v.page).waitFor();
    await v.page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await v.page.getByLabel('Asked on').fill('2026-11-01');
    await v.page.getByRole('button', { name: 'Record the request' }).click();
    expect(await v.page.locator('.assessment-tool [role="alert"]').textContent()).toMatch(
      /would not save the last change/,
    );
    expect(await criterion(v.page, 'request').getAttribute('data-met')).toBe('true');
    expect(v.pageErrors).toEqual([]);
    await v.page.close();
  });

  it("picks up another tab's change", async () => {
    const v = await visit(browser, PATH, {
      waitUntil: 'load',
      storage: { [STORAGE_KEY]: storedRecords([sampleRecord()]) },
    });
    await tool(v.page).waitFor();
    const other = await v.page.context().newPage();
    await other.goto(v.page.url(), { waitUntil: 'networkidle' });
    await tool(other).waitFor();
    await createRecord(other, 'From the other tab');
    await v.page
      .getByRole('list', { name: 'Associates' })
      .getByRole('button', { name: /From the other tab/ })
      .waitFor();
    await other.close();
    await v.page.close();
  });

  it('lists indicators an older rubric had, keeps them, and does not count them', async () => {
    const old = sampleRecord();
    for (const call of old.calls) call.marks['retired-indicator'] = 'met';
    const v = await visit(browser, PATH, { waitUntil: 'load', storage: { [STORAGE_KEY]: storedRecords([old]) } });
    await tool(v.page).waitFor();
    expect(await v.page.getByText(/no longer on the list \(retired-indicator\)/).count()).toBe(1);
    expect(await criterion(v.page, 'indicators').textContent()).toContain('16 of 19');
    await v.page.close();
  });
});

describe('the guide without JavaScript', () => {
  it('reads the rule and says the tool needs JavaScript', async () => {
    const { page } = await visit(browser, PATH, { waitUntil: 'load', javaScript: false });
    const text = await page.locator('main, #nd-page').first().textContent();
    expect(text).toContain('at least 80% of the indicators (16 of 19)');
    expect(text).toContain('needs JavaScript');
    expect(await page.getByText('Loading the assessment tool').isVisible()).toBe(false);
    await page.close();
  });
});

describe('accessibility of the assessment (axe, WCAG 2.2 A/AA)', () => {
  const states = {
    empty: undefined,
    'mid-way': storedRecords([sampleRecord({ attended: 2, met: 10, independent: 1 })]),
    ready: storedRecords([{ ...readyRecord(), self: { date: '2026-11-01', met: indicatorIds.slice(0, 14) } }]),
  } as const;
  // The records and forms in every theme and width; the empty tool (two panels) in one of each.
  const cases = (Object.keys(states) as (keyof typeof states)[])
    .flatMap((state) =>
      (['light', 'dark'] as Theme[]).flatMap((theme) => [1280, 390].map((width) => [state, theme, width] as const)),
    )
    .filter(([state, theme, width]) => state !== 'empty' || (theme === 'light') === (width === 1280));
  it.each(cases)('%s, %s theme, %i px: no violations', async (state, theme, width) => {
    const raw = states[state];
    const v = await visit(browser, PATH, {
      waitUntil: 'load',
      theme,
      width,
      storage: raw ? { [STORAGE_KEY]: raw } : undefined,
    });
    await tool(v.page).waitFor();
    if (state !== 'empty') expect(await v.page.locator('table.as-grid').count()).toBe(1);
    if (state === 'mid-way') {
      await v.page.getByRole('button', { name: 'Add a call' }).click();
      await v.page.getByRole('heading', { name: 'Add a call' }).waitFor();
    }
    expect(await axeViolations(v.page)).toEqual([]);
    await v.page.close();
  });
});
