'use client';
import { type FormEvent, useId, useState } from 'react';
import { criterionTitle, goLiveBlockedText, verdictHeadline } from '@/lib/assessment/messages';
import { type AssessmentRecord, today } from '@/lib/assessment/record';
import type { Verdict } from '@/lib/assessment/verdict';
import { isRealDate } from '@/lib/iso-date';
import { formatDate } from '@/lib/sentences';

interface Props {
  record: AssessmentRecord;
  verdict: Verdict;
  onGoLive: (date: string | undefined) => void;
}

/** The one verdict, its four criteria in words, and the separate, explicit go-live step. */
export function VerdictPanel({ record, verdict, onGoLive }: Props) {
  const uid = useId();
  const [date, setDate] = useState(today());
  const [error, setError] = useState('');
  const missing = verdict.criteria.filter((c) => !c.met).length;

  function goLive(e: FormEvent) {
    e.preventDefault();
    if (!isRealDate(date)) {
      setError('Enter the go-live date as a real date.');
      return;
    }
    setError('');
    onGoLive(date);
  }

  return (
    <section
      aria-labelledby={`${uid}-h`}
      className="as-verdict rounded-xl border p-4"
      data-verdict={verdict.ready ? 'ready' : 'not-ready'}
    >
      <h3 id={`${uid}-h`} className="text-base font-semibold">
        Verdict
      </h3>
      <p className="as-verdict-headline mt-1 font-medium" role="status">
        {verdictHeadline(verdict.ready, missing)}
      </p>
      <ul className="mt-3 flex flex-col gap-2">
        {verdict.criteria.map((c) => (
          <li key={c.id} data-criterion={c.id} data-met={c.met ? 'true' : 'false'} className="as-criterion flex gap-2">
            <span aria-hidden="true" className="as-criterion-mark shrink-0 font-bold">
              {c.met ? '✓' : '✗'}
            </span>
            <span>
              <span className="font-medium">{criterionTitle(c.id)}</span>
              <span className="sr-only">{c.met ? ' (holds)' : ' (does not hold)'}</span>: {c.text}
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-4 border-t pt-3 text-sm">
        {record.goLiveOn ? (
          <p className="flex flex-wrap items-center gap-2">
            <span>
              Going live recorded: the Associate runs calls without the Lead from{' '}
              <strong>{formatDate(record.goLiveOn)}</strong>.
            </span>
            <button type="button" className="rc-button" onClick={() => onGoLive(undefined)}>
              Clear the go-live date
            </button>
          </p>
        ) : (
          <form onSubmit={goLive} className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor={`${uid}-date`} className="font-medium">
                Go-live date
              </label>
              <input
                id={`${uid}-date`}
                type="date"
                className="as-input"
                value={date}
                required
                onChange={(e) => setDate(e.currentTarget.value)}
                aria-describedby={`${uid}-why`}
              />
            </div>
            <button type="submit" className="rc-button as-primary" disabled={!verdict.ready}>
              Record going live
            </button>
            <p id={`${uid}-why`} className="w-full text-fd-muted-foreground">
              {verdict.ready
                ? 'Ready never switches anything on by itself: record the date the Associate starts running calls without you.'
                : goLiveBlockedText(missing)}
            </p>
            {error ? (
              <p role="alert" className="as-error w-full">
                {error}
              </p>
            ) : null}
          </form>
        )}
      </div>
    </section>
  );
}
