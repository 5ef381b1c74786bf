'use client';
import { type FormEvent, memo, type RefObject, useId, useRef, useState } from 'react';
import { discardCallText, markCountText } from '@/lib/assessment/messages-on-demand';
import { type Call, LIMITS, type Mark, markOf, noteOf } from '@/lib/assessment/record';
import { isRealDate } from '@/lib/iso-date';
import { ConfirmRow } from './confirm-row';
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
}

// Uncontrolled: a mark is a native radio, read when the form is saved, so setting one re-renders
// no indicator (the budget is a paint within 50 ms at 4x CPU slowdown). Only the count bar updates.
const IndicatorMarks = memo(function IndicatorMarks(p: IndicatorProps) {
  const [noteOpen, setNoteOpen] = useState(p.note !== '');
  const noteRef = useRef<HTMLInputElement>(null);
  return (
    <fieldset
      className="as-mark"
      aria-describedby={`${p.name}-d`}
      data-marked={p.mark}
      data-note-open={noteOpen ? 'true' : undefined}
    >
      <legend className="as-mark-title font-medium">{p.title}</legend>
      <p id={`${p.name}-d`} className="as-mark-desc text-xs text-fd-muted-foreground">
        {p.description}
      </p>
      <div className="as-seg">
        {/*
          First in the tab order (shown at the row's end), and shown only once the indicator is
          marked, since a note backs a mark: a keyboard goes from one indicator's marks to the next
          with one Tab.
        */}
        <button
          type="button"
          className="rc-button as-note-toggle"
          aria-expanded={noteOpen}
          aria-controls={`${p.name}-n`}
          onClick={() => {
            setNoteOpen(!noteOpen);
            if (!noteOpen) requestAnimationFrame(() => noteRef.current?.focus());
          }}
        >
          Note<span className="sr-only"> on {p.title}</span>
        </button>
        {markChoices.map((choice) => (
          <label key={choice.value} data-mark={choice.value}>
            <input type="radio" name={`mark:${p.id}`} value={choice.value} defaultChecked={p.mark === choice.value} />
            {choice.label}
          </label>
        ))}
      </div>
      {/* Hidden rather than removed, so a note typed before closing it is kept and saved. */}
      <label id={`${p.name}-n`} className="as-note-field flex flex-col gap-1 text-sm" hidden={!noteOpen}>
        <span>Evidence note (optional)</span>
        <input
          ref={noteRef}
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

interface Counts {
  met: number;
  notMet: number;
  notObserved: number;
}

/** One query for the checked marks: a named lookup per indicator scans the whole form each time. */
function countMarks(form: HTMLFormElement, ids: readonly string[]): Counts {
  let met = 0;
  let notMet = 0;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"][name^="mark:"]:checked')) {
    if (input.value === 'met') met++;
    else if (input.value === 'not-met') notMet++;
  }
  return { met, notMet, notObserved: ids.length - met - notMet };
}

/** The running count: its own state, so a mark repaints this line and its own fieldset only. */
const CountLine = memo(function CountLine({
  initial,
  setterRef,
}: {
  initial: Counts;
  setterRef: RefObject<((c: Counts) => void) | null>;
}) {
  const [counts, setCounts] = useState(initial);
  setterRef.current = setCounts;
  return (
    <p className="as-call-count text-sm font-medium" data-call-count="">
      {markCountText(counts)}
    </p>
  );
});

interface Props {
  initial: Call;
  editing: boolean;
  rubric: AssessmentRubric;
  onSave: (call: Call) => void;
  onCancel: () => void;
  /** Set by the sheet around the form: asking before discarding is triggered from outside too (Escape). */
  discardRef?: RefObject<(() => void) | null>;
}

/**
 * Adding or editing one call: the date, whether the Lead was there, a mark per indicator (one tap
 * each) with its note beside it, and a bar with the running count and Save that stays in view.
 * Changes stay in this form until Save; Cancel asks first when something changed.
 */
export function CallForm({ initial, editing, rubric, onSave, onCancel, discardRef }: Props) {
  const uid = useId();
  const [call, setCall] = useState<Call>(initial);
  const [error, setError] = useState('');
  const [asking, setAsking] = useState(false);
  const dirty = useRef(false);
  const setCounts = useRef<((c: Counts) => void) | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const ids = rubric.groups.flatMap((g) => g.indicators.map((i) => i.id));
  const [initialCounts] = useState<Counts>(() => {
    const counts = { met: 0, notMet: 0, notObserved: 0 };
    for (const id of ids) {
      const mark = markOf(initial, id);
      if (mark === 'met') counts.met++;
      else if (mark === 'not-met') counts.notMet++;
      else counts.notObserved++;
    }
    return counts;
  });

  function requestCancel() {
    if (dirty.current) setAsking(true);
    else onCancel();
  }
  if (discardRef) discardRef.current = requestCancel;

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
      onChange={(e) => {
        dirty.current = true;
        const target = e.target as unknown as HTMLInputElement;
        if (target.type === 'radio' && target.name.startsWith('mark:')) {
          // The chosen mark's look follows this attribute (assessment-phone.css says why).
          target.closest('.as-mark')?.setAttribute('data-marked', target.value);
          setCounts.current?.(countMarks(e.currentTarget, ids));
        }
      }}
      aria-labelledby={`${uid}-h`}
      className="as-call-form flex flex-col gap-4"
    >
      <div className="as-call-body flex flex-col gap-4">
        <h3 id={`${uid}-h`} tabIndex={-1} data-call-heading="" className="text-lg font-semibold">
          {editing ? 'Edit the call' : 'Add a call'}
        </h3>
        <div className="as-fields grid gap-3">
          <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
            Date of the call
            <input
              type="date"
              className="as-input"
              required
              value={call.date}
              onChange={(e) => setCall({ ...call, date: e.currentTarget.value })}
            />
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
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
          <div className="as-choices mt-1">
            <label>
              <input
                type="radio"
                name={`${uid}-lead`}
                checked={!absent}
                onChange={() => setCall({ ...call, lead: 'attended' })}
              />
              Yes, I attended
            </label>
            <label>
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
              <div className="as-choices mt-1">
                {(
                  [
                    ['live', 'Live'],
                    ['recording', 'By recording'],
                    ['no', 'Not at all'],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value}>
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
            <div className="as-choices">
              <label>
                <input
                  type="checkbox"
                  checked={call.strong === true && call.observed !== 'no'}
                  disabled={call.observed === 'no'}
                  onChange={(e) => setCall({ ...call, strong: e.currentTarget.checked })}
                />
                A strong performance
              </label>
            </div>
          </div>
        ) : null}
        <p className="text-sm text-fd-muted-foreground">
          "Not observed" is the default, not a fail. A marked indicator's <strong>Note</strong> adds evidence beside it.
        </p>
        {rubric.groups.map((group) => (
          <fieldset key={group.id} className="as-group-marks">
            <legend className="as-group-title font-semibold">{group.title}</legend>
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
      </div>
      <div className="as-call-bar">
        <CountLine initial={initialCounts} setterRef={setCounts} />
        {error ? (
          <p role="alert" className="as-error text-sm">
            {error}
          </p>
        ) : null}
        {asking ? (
          <ConfirmRow
            question={discardCallText(editing)}
            confirm="Yes, discard"
            cancel="Keep marking"
            onConfirm={onCancel}
            onCancel={() => {
              setAsking(false);
              requestAnimationFrame(() => cancelRef.current?.focus());
            }}
          />
        ) : (
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="rc-button as-primary">
              {editing ? 'Save changes' : 'Save the call'}
            </button>
            <button ref={cancelRef} type="button" className="rc-button" onClick={requestCancel}>
              Cancel
            </button>
          </div>
        )}
      </div>
    </form>
  );
}
