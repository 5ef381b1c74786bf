import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistProps } from '@/components/readiness';
import { ReadinessChecklistView } from '@/components/readiness/checklist';
import { readiness } from '@/lib/readiness/data';
import { SET_ASIDE_KEY, STORAGE_KEY } from '@/lib/readiness/storage';

const indicators = readiness.groups.flatMap((g) => g.indicators);

const status = () => screen.getByRole('status');

/** Renders the checklist with the real data and waits until the saved ticks have been read. */
async function renderChecklist() {
  const view = render(<ReadinessChecklistView {...checklistProps()} />);
  await waitFor(() => expect(view.container.querySelector('[data-restored="true"]')).not.toBeNull());
  return view;
}
const boxes = () => screen.getAllByRole('checkbox') as HTMLInputElement[];
function tick(n: number) {
  for (const box of boxes().slice(0, n)) fireEvent.click(box);
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('<ReadinessChecklist> structure', () => {
  it('renders each group as a fieldset whose legend is the group title', async () => {
    await renderChecklist();
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.tagName)).toEqual(['FIELDSET', 'FIELDSET', 'FIELDSET', 'FIELDSET']);
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual(readiness.groups.map((g) => g.title));
    expect(within(groups[3]).getAllByRole('checkbox')).toHaveLength(4);
  });

  it('renders every indicator as a native checkbox named by its title, with its description attached', async () => {
    await renderChecklist();
    expect(boxes()).toHaveLength(19);
    for (const indicator of indicators) {
      const box = screen.getByRole('checkbox', { name: indicator.title });
      expect(box.getAttribute('type')).toBe('checkbox');
      const description = document.getElementById(box.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent?.length).toBeGreaterThan(10);
    }
    // The {satisfaction} token is filled from the data file.
    const csat = screen.getByRole('checkbox', { name: 'Consistent customer satisfaction scores' });
    expect(document.getElementById(csat.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Customer feedback remains strong (>8/10) across multiple calls without Lead presence',
    );
  });

  it('gives each indicator a stable anchor at its id', async () => {
    await renderChecklist();
    for (const indicator of indicators) {
      const item = document.getElementById(indicator.id);
      expect(item?.tagName).toBe('LI');
      expect(
        within(item as HTMLElement)
          .getByRole('link', { name: `Link to “${indicator.title}”` })
          .getAttribute('href'),
      ).toBe(`#${indicator.id}`);
    }
  });
});

describe('<ReadinessChecklist> summary', () => {
  it('starts at 0 of 19, not ready, saying how many more are needed', async () => {
    await renderChecklist();
    expect(status().dataset.ready).toBe('false');
    expect(status().textContent).toBe('0 of 19 indicators met (0%). 16 more needed to reach 80% (16 of 19).');
    const progress = screen.getByRole('progressbar', { name: 'Indicators met' });
    expect(progress.getAttribute('value')).toBe('0');
    expect(progress.getAttribute('max')).toBe('19');
  });

  it('updates on every toggle: 15 is 1 short, 16 is ready, unticking goes back', async () => {
    await renderChecklist();
    tick(15);
    expect(status().dataset.ready).toBe('false');
    expect(status().textContent).toContain('15 of 19 indicators met (78%). 1 more needed');
    fireEvent.click(boxes()[15]);
    expect(status().dataset.ready).toBe('true');
    expect(status().textContent).toBe('16 of 19 indicators met (84%). The 80% threshold is met.');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('16');
    fireEvent.click(boxes()[0]);
    expect(status().dataset.ready).toBe('false');
  });

  it('shows per-group counts and names the focus areas', async () => {
    await renderChecklist();
    const focus = () => screen.getByText(/Focus areas:/).parentElement?.textContent;
    expect(focus()).toBe('Focus areas: tick what you already do, and the groups furthest from 80% show here.');
    tick(5); // the whole first group
    const [first, second] = screen.getAllByRole('group');
    expect(within(first).getByText('5 of 5')).toBeTruthy();
    expect(within(second).getByText('0 of 5')).toBeTruthy();
    expect(screen.getByText(/Focus areas:/).parentElement?.textContent).toBe(
      'Focus areas: Strategic Thinking & Problem-Solving (0 of 5); Autonomy & Confidence (0 of 5)',
    );
    for (const box of boxes().slice(5)) fireEvent.click(box);
    expect(focus()).toBe('Focus areas: none. Every group has reached 80%.');
  });
});

describe('<ReadinessChecklist> reset', () => {
  it('asks before it clears, and Cancel keeps every tick', async () => {
    await renderChecklist();
    tick(3);
    fireEvent.click(screen.getByRole('button', { name: 'Reset the self-check' }));
    expect(screen.getByText('Clear all 3 ticks? This cannot be undone.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset the self-check' }));
    expect(status().textContent).toMatch(/^3 of 19/);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').met).toHaveLength(3);
  });

  it('clears the ticks and the saved record once confirmed', async () => {
    await renderChecklist();
    tick(3);
    fireEvent.click(screen.getByRole('button', { name: 'Reset the self-check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear' }));
    expect(status().textContent).toMatch(/^0 of 19/);
    expect(boxes().every((b) => !b.checked)).toBe(true);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').met).toEqual([]);
    // Reset is disabled now, so focus goes to the start of the list.
    expect(document.activeElement).toBe(boxes()[0]);
  });

  it('is disabled when there is nothing to clear', async () => {
    await renderChecklist();
    expect((screen.getByRole('button', { name: 'Reset the self-check' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('<ReadinessChecklist> storage', () => {
  it('saves each toggle and restores the ticks on the next render', async () => {
    const { unmount } = await renderChecklist();
    tick(4);
    unmount();
    await renderChecklist();
    expect(status().textContent).toMatch(/^4 of 19/);
    expect(boxes().filter((b) => b.checked)).toHaveLength(4);
  });

  it('sets corrupt data aside with a visible notice and starts empty', async () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    localStorage.setItem('another-app', 'kept');
    await renderChecklist();
    expect(screen.getByRole('alert').textContent).toContain('could not be used because it was not readable');
    expect(status().textContent).toMatch(/^0 of 19/);
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe('{not json');
    expect(localStorage.getItem('another-app')).toBe('kept');
    // The checklist still works, and the notice can be dismissed.
    tick(1);
    expect(status().textContent).toMatch(/^1 of 19/);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps known ticks and reports the ones for indicators that no longer exist', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, met: [indicators[0].id, 'retired-indicator'] }));
    await renderChecklist();
    expect(status().textContent).toMatch(/^1 of 19/);
    expect(screen.getByRole('alert').textContent).toBe(
      '1 saved tick was for an indicator no longer on this list and was removed. Your other ticks are kept.Dismiss',
    );
  });

  it('follows changes made in another tab', async () => {
    await renderChecklist();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, met: [indicators[1].id, indicators[2].id] }));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    });
    await waitFor(() => expect(status().textContent).toMatch(/^2 of 19/));
  });

  it('keeps a reset made before the saved ticks were read', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, met: [indicators[0].id, indicators[1].id] }));
    const view = render(<ReadinessChecklistView {...checklistProps()} />);
    expect(view.container.querySelector('[data-restored="false"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: indicators[5].title }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset the self-check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear' }));
    await waitFor(() => expect(view.container.querySelector('[data-restored="true"]')).not.toBeNull());
    expect(status().textContent).toMatch(/^0 of 19/);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').met).toEqual([]);
  });

  it('keeps ticks made before the saved ones were read, on top of them', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, met: [indicators[0].id, indicators[1].id] }));
    const view = render(<ReadinessChecklistView {...checklistProps()} />);
    // Before the reader has loaded: the list still shows nothing saved, and the Associate ticks one.
    expect(view.container.querySelector('[data-restored="false"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: indicators[5].title }));
    await waitFor(() => expect(status().textContent).toMatch(/^3 of 19/));
    // Saved by an effect after the render that shows the count: wait for it rather than race it.
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').met.sort()).toEqual(
        [indicators[0].id, indicators[1].id, indicators[5].id].sort(),
      ),
    );
  });
});
