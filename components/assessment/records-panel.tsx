'use client';
import { type FormEvent, useId, useState } from 'react';
import { verdictLabel } from '@/lib/assessment/messages';
import { type AssessmentRecord, LIMITS } from '@/lib/assessment/record';
import type { Verdict } from '@/lib/assessment/verdict';

interface Props {
  records: AssessmentRecord[];
  verdicts: Map<string, Verdict>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: (name: string) => void;
}

/**
 * One record per Associate: switching between them (each with its verdict) and creating one. Kept
 * short, above the open record: a new record is one disclosure away once there are records.
 */
export function RecordsPanel({ records, verdicts, selectedId, onSelect, onCreate }: Props) {
  const uid = useId();
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);

  function create(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    onCreate(name);
    setName('');
    setOpen(false);
  }

  const form = (
    <form onSubmit={create} className="as-create mt-3 flex flex-wrap items-end gap-2">
      <div className="flex min-w-0 flex-1 basis-56 flex-col gap-1">
        <label htmlFor={`${uid}-name`} className="text-sm font-medium">
          New record: the Associate's name
        </label>
        <input
          id={`${uid}-name`}
          className="as-input"
          value={name}
          maxLength={LIMITS.name}
          autoComplete="off"
          onChange={(e) => setName(e.currentTarget.value)}
          aria-describedby={`${uid}-name-hint`}
        />
        <span id={`${uid}-name-hint`} className="text-xs text-fd-muted-foreground">
          The name stays in this browser; it is never sent anywhere.
        </span>
      </div>
      <button type="submit" className="rc-button as-primary" disabled={records.length >= LIMITS.records}>
        Create record
      </button>
    </form>
  );

  return (
    <section aria-labelledby={`${uid}-h`} className="as-records rounded-xl border bg-fd-card p-3">
      {records.length === 0 ? (
        <>
          <h2 id={`${uid}-h`} className="text-base font-semibold">
            Records
          </h2>
          <p className="mt-1 text-sm">No records yet. Create one for each Associate you assess.</p>
          {form}
        </>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={`${uid}-h`} className="text-sm font-semibold">
              Records
            </h2>
            <ul className="flex min-w-0 flex-wrap gap-2" aria-label="Associates">
              {records.map((r) => {
                const verdict = verdicts.get(r.id);
                const current = r.id === selectedId;
                return (
                  <li key={r.id} className="min-w-0 max-w-full">
                    <button
                      type="button"
                      className="as-record flex max-w-full flex-wrap items-center gap-x-2 rounded-lg border px-3 py-1 text-start text-sm"
                      aria-current={current ? 'true' : undefined}
                      onClick={() => onSelect(r.id)}
                    >
                      <span className="font-medium">{r.associate || 'Unnamed Associate'}</span>
                      <span className="as-verdict-chip" data-standing={verdict?.ready ? 'ready' : 'not-ready'}>
                        {verdict ? verdictLabel(verdict, r) : ''}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
          <details className="as-new-record mt-2" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
            <summary className="as-summary-button text-sm font-medium">New record</summary>
            {form}
          </details>
        </>
      )}
    </section>
  );
}
