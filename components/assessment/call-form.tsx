'use client';
import { type FormEvent, memo, useEffect, useId, useRef, useState } from 'react';
import { type Call, LIMITS, type Mark, markOf, noteOf } from '@/lib/assessment/record';
import { isRealDate } from '@/lib/iso-date';
import type { AssessmentRubric } from './types';

const markChoices: { value: Mark; label: string }[] = [
  { value: 'met', label: 'Met' },
  { value: 'not-met', label: 'Not met' },
  { value: 'not-observed', label: 'Not observed' },
];

interface IndicatorProps {
  id: string;
  title: string;
  description: string;
  name: string;
  mark: Mark;
  note: string;
  showNote: boolean;
}

// Uncontrolled: a mark is a native radio, read when the form is saved, so setting one re-renders
// nothing (the contract's budget is a paint within 50 ms at 4x CPU slowdown).
const IndicatorMarks = memo(function IndicatorMarks(p: IndicatorProps) {
  return (
    <fieldset className="as-mark rounded-lg p-2" aria-describedby={`${p.name}-d`}>
      <legend className="font-medium">{p.title}</legend>
      <p id={`${p.name}-d`} className="text-xs text-fd-muted-foreground">
        {p.description}
      </p>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        {markChoices.map((choice) => (
          <label key={choice.value} className="inline-flex items-center gap-1.5">
            <input type="radio" name={`mark:${p.id}`} value={choice.value} defaultChecked={p.mark === choice.value} />
            {choice.label}
          </label>
        ))}
      </div>
      {/* Hidden rather than removed, so a note typed before hiding is kept and saved. */}
      <label className="mt-2 flex flex-col gap-1 text-sm" hidden={!p.showNote}>
        <span>Evidence note (optional)</span>
        <input
          name={`note:${p.id}`}
          className="as-input"
          defaultValue={p.note}
          maxLength={LIMITS.note}
          placeholder="e.g. 12:40 in the recording"
        />
      </label>
    </fieldset>
  );
});

/** The marks and notes the form holds, read from its native controls. */
function readMarks(form: HTMLFormElement, ids: readonly string[]): Pick<Call, 'marks' | 'notes'> {
  const data = new FormData(form);
  const marks: Record<string, Mark> = {};
  const notes: Record<string, string> = {};
  for (const id of ids) {
    const mark = data.get(`mark:${id}`);
    if (mark === 'met' || mark === 'not-met') marks[id] = mark;
    const note = String(data.get(`note:${id}`) ?? '').trim();
    if (note) notes[id] = note;
  }
  return { marks, notes };
}

interface Props {
  initial: Call;
  editing: boolean;
  rubric: AssessmentRubric;
  onSave: (call: Call) => void;
  onCancel: () => void;
}

/** Adding or editing one call. Changes stay in this form until Save, so Cancel loses nothing stored. */
export function CallForm({ initial, editing, rubric, onSave, onCancel }: Props) {
  const uid = useId();
  const [call, setCall] = useState<Call>(initial);
  const [showNotes, setShowNotes] = useState(() => Object.keys(initial.notes).length > 0);
  const [error, setError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const ids = rubric.groups.flatMap((g) => g.indicators.map((i) => i.id));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!isRealDate(call.date)) {
      setError('Enter the date of the call.');
      return;
    }
    // Ids the current list does not have (an older rubric) are kept as they were.
    const kept = (o: Record<string, string>) =>
      Object.fromEntries(Object.entries(o).filter(([id]) => !ids.includes(id)));
    const read = readMarks(e.currentTarget as HTMLFormElement, ids);
    const clean: Call = {
      ...call,
      marks: { ...(kept(call.marks) as Call['marks']), ...read.marks },
      notes: { ...kept(call.notes), ...read.notes },
      label: call.label?.trim() || undefined,
      note: call.note?.trim() || undefined,
    };
    if (clean.lead === 'attended') {
      delete clean.observed;
      delete clean.strong;
    } else {
      clean.observed = clean.observed ?? 'no';
      clean.strong = clean.observed !== 'no' && clean.strong === true;
    }
    onSave(clean);
  }

  const absent = call.lead === 'absent';
  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${uid}-h`}
      className="as-call-form flex flex-col gap-4 rounded-xl border p-4"
    >
      <h3 id={`${uid}-h`} ref={headingRef} tabIndex={-1} className="text-base font-semibold">
        {editing ? 'Edit the call' : 'Add a call'}
      </h3>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Date of the call
          <input
            type="date"
            className="as-input"
            required
            value={call.date}
            onChange={(e) => setCall({ ...call, date: e.currentTarget.value })}
          />
        </label>
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm font-medium">
          Label (optional)
          <input
            className="as-input"
            value={call.label ?? ''}
            maxLength={LIMITS.label}
            placeholder="e.g. Weekly sync"
            onChange={(e) => setCall({ ...call, label: e.currentTarget.value })}
          />
        </label>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium">Were you on the call?</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          <label className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={`${uid}-lead`}
              checked={!absent}
              onChange={() => setCall({ ...call, lead: 'attended' })}
            />
            Yes, I attended
          </label>
          <label className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={`${uid}-lead`}
              checked={absent}
              onChange={() => setCall({ ...call, lead: 'absent', observed: call.observed ?? 'recording' })}
            />
            No, the Associate ran it without me
          </label>
        </div>
      </fieldset>
      {absent ? (
        <div className="flex flex-col gap-3 rounded-lg border p-3 text-sm">
          <fieldset>
            <legend className="font-medium">How did you observe it?</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
              {(
                [
                  ['live', 'Live'],
                  ['recording', 'By recording'],
                  ['no', 'Not at all'],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="inline-flex items-center gap-1.5">
                  <input
                    type="radio"
                    name={`${uid}-observed`}
                    checked={call.observed === value}
                    onChange={() => setCall({ ...call, observed: value })}
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              checked={call.strong === true && call.observed !== 'no'}
              disabled={call.observed === 'no'}
              onChange={(e) => setCall({ ...call, strong: e.currentTarget.checked })}
            />
            A strong performance
          </label>
        </div>
      ) : null}
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" checked={showNotes} onChange={(e) => setShowNotes(e.currentTarget.checked)} />
        Add evidence notes to indicators
      </label>
      {rubric.groups.map((group) => (
        <fieldset key={group.id} className="as-group-marks rounded-xl border p-3">
          <legend className="px-1 font-semibold">{group.title}</legend>
          <div className="flex flex-col gap-2">
            {group.indicators.map((indicator) => (
              <IndicatorMarks
                key={indicator.id}
                id={indicator.id}
                title={indicator.title}
                description={indicator.description}
                name={`${uid}-${indicator.id}`}
                mark={markOf(initial, indicator.id)}
                note={noteOf(initial, indicator.id)}
                showNote={showNotes}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <label className="flex flex-col gap-1 text-sm font-medium">
        Note on the call (optional)
        <textarea
          className="as-input"
          rows={3}
          maxLength={LIMITS.note}
          value={call.note ?? ''}
          onChange={(e) => setCall({ ...call, note: e.currentTarget.value })}
        />
      </label>
      {error ? (
        <p role="alert" className="as-error text-sm">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="rc-button as-primary">
          {editing ? 'Save changes' : 'Save the call'}
        </button>
        <button type="button" className="rc-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
