import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallForm } from '@/components/assessment/call-form';
import { type Call, newCall } from '@/lib/assessment/record';
import { readiness } from '@/lib/readiness/data';
import { displayGroups } from '@/lib/readiness/facts';

afterEach(cleanup);

const rubric = { ...readiness, groups: displayGroups(readiness) };
const titles = readiness.groups.flatMap((g) => g.indicators.map((i) => i.title));

function renderForm(initial: Call, onCancel = () => {}) {
  const onSave = vi.fn();
  render(<CallForm initial={initial} editing={false} rubric={rubric} onSave={onSave} onCancel={onCancel} />);
  return onSave;
}

const indicator = (title: string) => screen.getByRole('group', { name: title });

describe('<CallForm>', () => {
  it('gives each indicator a fieldset whose legend is its title, with three native radios, "not observed" by default', () => {
    renderForm(newCall('2026-11-12'));
    for (const title of titles) {
      const group = indicator(title);
      expect(group.tagName).toBe('FIELDSET');
      const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
      expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Met', 'Not met', 'Not observed']);
      expect(radios.map((r) => r.checked)).toEqual([false, false, true]);
    }
  });

  it('saves the marks and notes set in the form, leaving unmarked indicators out', () => {
    const onSave = renderForm(newCall('2026-11-12'));
    fireEvent.click(within(indicator(titles[0])).getByRole('radio', { name: 'Met' }));
    fireEvent.click(within(indicator(titles[1])).getByRole('radio', { name: 'Not met' }));
    // The note opens beside its indicator, from the indicator's own Note button.
    fireEvent.click(within(indicator(titles[0])).getByRole('button', { name: /^Note/ }));
    fireEvent.change(within(indicator(titles[0])).getByRole('textbox'), {
      target: { value: '12:40 in the recording' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save the call' }));
    const saved: Call = onSave.mock.calls[0][0];
    expect(saved.marks).toEqual({
      [readiness.groups[0].indicators[0].id]: 'met',
      [readiness.groups[0].indicators[1].id]: 'not-met',
    });
    expect(saved.notes).toEqual({ [readiness.groups[0].indicators[0].id]: '12:40 in the recording' });
    expect(saved.lead).toBe('attended');
    expect(saved.observed).toBeUndefined();
  });

  it('keeps marks for indicators no longer on the list when a call is edited', () => {
    const call = { ...newCall('2026-11-12'), marks: { 'retired-indicator': 'met' as const } };
    const onSave = renderForm(call);
    fireEvent.click(screen.getByRole('button', { name: 'Save the call' }));
    expect(onSave.mock.calls[0][0].marks).toEqual({ 'retired-indicator': 'met' });
  });

  it('asks how an absent call was observed, and saves it as not strong when not observed', () => {
    const onSave = renderForm(newCall('2026-11-12'));
    fireEvent.click(screen.getByRole('radio', { name: 'No, the Associate ran it without me' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Not at all' }));
    expect((screen.getByRole('checkbox', { name: 'A strong performance' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save the call' }));
    expect(onSave.mock.calls[0][0]).toMatchObject({ lead: 'absent', observed: 'no', strong: false });
  });

  it('refuses a call without a real date', () => {
    const onSave = renderForm(newCall('2026-11-12'));
    fireEvent.change(screen.getByLabelText('Date of the call'), { target: { value: '' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save the call' }).closest('form') as HTMLFormElement);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Enter the date of the call.');
  });

  it('keeps a running count of the marks in the bar beside Save', () => {
    renderForm(newCall('2026-11-12'));
    const count = () => document.querySelector('[data-call-count]')?.textContent;
    expect(count()).toBe(`0 met · 0 not met · ${titles.length} not observed`);
    fireEvent.click(within(indicator(titles[0])).getByRole('radio', { name: 'Met' }));
    fireEvent.click(within(indicator(titles[1])).getByRole('radio', { name: 'Met' }));
    fireEvent.click(within(indicator(titles[2])).getByRole('radio', { name: 'Not met' }));
    expect(count()).toBe(`2 met · 1 not met · ${titles.length - 3} not observed`);
    fireEvent.click(within(indicator(titles[0])).getByRole('radio', { name: 'Not observed' }));
    expect(count()).toBe(`1 met · 1 not met · ${titles.length - 2} not observed`);
  });

  it('asks before discarding a call with changes, and closes at once when nothing changed', () => {
    const onCancel = vi.fn();
    renderForm(newCall('2026-11-12'), onCancel);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    cleanup();

    const onCancel2 = vi.fn();
    renderForm(newCall('2026-11-12'), onCancel2);
    fireEvent.click(within(indicator(titles[0])).getByRole('radio', { name: 'Met' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel2).not.toHaveBeenCalled();
    expect(screen.getByText(/^Discard this call\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep marking' }));
    expect(onCancel2).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, discard' }));
    expect(onCancel2).toHaveBeenCalledTimes(1);
  });
});
