'use client';
import { type FormEvent, useId, useState } from 'react';
import { type AssessmentRecord, LIMITS, type LogEntry, today } from '@/lib/assessment/record';
import type { LogName } from '@/lib/assessment/state';
import type { SafetyStatus } from '@/lib/assessment/verdict';
import { isRealDate } from '@/lib/iso-date';
import { formatDate } from '@/lib/sentences';

const logs: { name: LogName; title: string; hint: string; add: string }[] = [
  {
    name: 'reviews',
    title: 'Recordings reviewed',
    hint: 'One entry per independent call whose recording you reviewed.',
    add: 'Add a reviewed recording',
  },
  { name: 'checkIns', title: 'Check-ins', hint: 'Your regular check-ins with the Associate.', add: 'Add a check-in' },
  {
    name: 'escalations',
    title: 'Escalations',
    hint: 'Times the Associate brought you in, including mid-call.',
    add: 'Add an escalation',
  },
];

function LogSection({
  title,
  hint,
  add,
  entries,
  full,
  onAdd,
  onRemove,
}: {
  title: string;
  hint: string;
  add: string;
  entries: LogEntry[];
  full: boolean;
  onAdd: (entry: LogEntry) => void;
  onRemove: (index: number) => void;
}) {
  const uid = useId();
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [error, setError] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!isRealDate(date)) {
      setError('Enter a date.');
      return;
    }
    setError('');
    onAdd({ date, note: note.trim() });
    setNote('');
  }

  return (
    <section aria-labelledby={`${uid}-h`} className="rounded-xl border p-4 text-sm">
      <h4 id={`${uid}-h`} className="font-medium">
        {title}
      </h4>
      <p className="text-fd-muted-foreground">{hint}</p>
      {entries.length ? (
        <ol className="mt-2 flex flex-col gap-1">
          {entries.map((entry, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and hold no state; the index is their identity in the log
            <li key={`${entry.date}-${i}`} className="flex flex-wrap items-center gap-2">
              <span>
                {formatDate(entry.date)}
                {entry.note ? `: ${entry.note}` : ''}
              </span>
              <button
                type="button"
                className="rc-button"
                aria-label={`Remove the entry of ${formatDate(entry.date)}`}
                onClick={() => onRemove(i)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {full ? null : (
        <form onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-2" noValidate>
          <label className="flex flex-col gap-1 font-medium">
            Date
            <input type="date" className="as-input" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          </label>
          <label className="flex min-w-0 flex-1 basis-48 flex-col gap-1 font-medium">
            Note (optional)
            <input
              className="as-input"
              value={note}
              maxLength={LIMITS.note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <button type="submit" className="rc-button">
            {add}
          </button>
          {error ? (
            <p role="alert" className="as-error w-full">
              {error}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}

interface Props {
  record: AssessmentRecord;
  status: SafetyStatus;
  onAdd: (log: LogName, entry: LogEntry) => void;
  onRemove: (log: LogName, index: number) => void;
}

/** After go-live: the reviewed recordings of the first independent calls, check-ins and escalations. */
export function SafetyPanel({ record, status, onAdd, onRemove }: Props) {
  const uid = useId();
  return (
    <section aria-labelledby={`${uid}-h`} className="flex flex-col gap-3" data-safety-complete={status.complete}>
      <h3 id={`${uid}-h`} className="text-base font-semibold">
        Safety period
      </h3>
      <p className="font-medium" role="status">
        {status.text}
      </p>
      {logs.map((log) => (
        <LogSection
          key={log.name}
          title={log.title}
          hint={log.hint}
          add={log.add}
          entries={record.safety[log.name]}
          full={(log.name === 'reviews' && status.complete) || record.safety[log.name].length >= LIMITS.logEntries}
          onAdd={(entry) => onAdd(log.name, entry)}
          onRemove={(index) => onRemove(log.name, index)}
        />
      ))}
    </section>
  );
}
