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

/** One record per Associate: the list (with each verdict), switching, and creating a record. */
export function RecordsPanel({ records, verdicts, selectedId, onSelect, onCreate }: Props) {
  const uid = useId();
  const [name, setName] = useState('');

  function create(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    onCreate(name);
    setName('');
  }

  return (
    <section aria-labelledby={`${uid}-h`} className="as-records rounded-xl border bg-fd-card p-4">
      <h2 id={`${uid}-h`} className="text-lg font-semibold">
        Records
      </h2>
      {records.length === 0 ? (
        <p className="mt-2 text-sm">No records yet. Create one for each Associate you assess.</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-2" aria-label="Associates">
          {records.map((r) => {
            const verdict = verdicts.get(r.id);
            const current = r.id === selectedId;
            return (
              <li key={r.id}>
                <button
                  type="button"
                  className="as-record flex w-full flex-wrap items-center justify-between gap-2 rounded-lg border px-3 py-2 text-start"
                  aria-current={current ? 'true' : undefined}
                  onClick={() => onSelect(r.id)}
                >
                  <span className="font-medium">{r.associate || 'Unnamed Associate'}</span>
                  <span className="as-verdict-chip text-sm" data-standing={verdict?.ready ? 'ready' : 'not-ready'}>
                    {verdict ? verdictLabel(verdict, r) : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={create} className="mt-4 flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
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
    </section>
  );
}
