'use client';
import { type FormEvent, useId, useState } from 'react';
import { type AssessmentRecord, LIMITS, today } from '@/lib/assessment/record';
import { isRealDate } from '@/lib/iso-date';
import { formatDate } from '@/lib/sentences';

interface Props {
  record: AssessmentRecord;
  scale: number;
  satisfactionBar: string;
  onSatisfaction: (s: AssessmentRecord['satisfaction']) => void;
  onRequest: (date: string | undefined) => void;
}

/** The two criteria that are not about calls: Customer Success's score and the Associate's request. */
export function EvidencePanel({ record, scale, satisfactionBar, onSatisfaction, onRequest }: Props) {
  const uid = useId();
  const [score, setScore] = useState('');
  const [scoreDate, setScoreDate] = useState(today());
  const [by, setBy] = useState('');
  const [scoreError, setScoreError] = useState('');
  const [requestDate, setRequestDate] = useState(today());
  const [requestError, setRequestError] = useState('');

  function saveScore(e: FormEvent) {
    e.preventDefault();
    const value = Number(score);
    if (score.trim() === '' || !Number.isFinite(value) || value < 0 || value > scale) {
      setScoreError(`Enter a score from 0 to ${scale}.`);
      return;
    }
    if (!isRealDate(scoreDate)) {
      setScoreError('Enter the date Customer Success gave the score.');
      return;
    }
    setScoreError('');
    onSatisfaction({ score: value, date: scoreDate, confirmedBy: by.trim() || undefined });
    setScore('');
  }

  function saveRequest(e: FormEvent) {
    e.preventDefault();
    if (!isRealDate(requestDate)) {
      setRequestError('Enter the date the Associate asked.');
      return;
    }
    setRequestError('');
    onRequest(requestDate);
  }

  return (
    <section aria-labelledby={`${uid}-h`} className="flex flex-col gap-4">
      <h3 id={`${uid}-h`} className="text-base font-semibold">
        Customer Success and the Associate's request
      </h3>
      <div className="rounded-xl border p-4 text-sm">
        <h4 className="font-medium">Customer satisfaction</h4>
        {record.satisfaction ? (
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <span>
              Recorded: {record.satisfaction.score}/{scale} on {formatDate(record.satisfaction.date)}
              {record.satisfaction.confirmedBy ? `, from ${record.satisfaction.confirmedBy}` : ''}.
            </span>
            <button type="button" className="rc-button" onClick={() => onSatisfaction(undefined)}>
              Clear the score
            </button>
          </p>
        ) : (
          <p className="mt-1">No score recorded. Customer Success confirms it; it must be {satisfactionBar}.</p>
        )}
        <form onSubmit={saveScore} className="mt-3 flex flex-wrap items-end gap-2" noValidate>
          <label className="flex flex-col gap-1 font-medium">
            Score (0 to {scale})
            <input
              type="number"
              inputMode="decimal"
              className="as-input w-24"
              min={0}
              max={scale}
              step={0.1}
              value={score}
              onChange={(e) => setScore(e.currentTarget.value)}
            />
          </label>
          <label className="flex flex-col gap-1 font-medium">
            Given on
            <input
              type="date"
              className="as-input"
              value={scoreDate}
              onChange={(e) => setScoreDate(e.currentTarget.value)}
            />
          </label>
          <label className="flex min-w-0 flex-1 basis-48 flex-col gap-1 font-medium">
            Confirmed by (optional)
            <input
              className="as-input"
              value={by}
              maxLength={LIMITS.name}
              placeholder="e.g. the Customer Success Lead"
              onChange={(e) => setBy(e.currentTarget.value)}
            />
          </label>
          <button type="submit" className="rc-button as-primary">
            {record.satisfaction ? 'Replace the score' : 'Record the score'}
          </button>
        </form>
        {scoreError ? (
          <p role="alert" className="as-error mt-2">
            {scoreError}
          </p>
        ) : null}
      </div>
      <div className="rounded-xl border p-4 text-sm">
        <h4 className="font-medium">The Associate's request</h4>
        {record.requestedOn ? (
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <span>The Associate asked for independent calls on {formatDate(record.requestedOn)}.</span>
            <button type="button" className="rc-button" onClick={() => onRequest(undefined)}>
              Clear the request
            </button>
          </p>
        ) : (
          <form onSubmit={saveRequest} className="mt-2 flex flex-wrap items-end gap-2" noValidate>
            <p className="w-full">Phase 4 is never automatic: record the date the Associate asked for it.</p>
            <label className="flex flex-col gap-1 font-medium">
              Asked on
              <input
                type="date"
                className="as-input"
                value={requestDate}
                onChange={(e) => setRequestDate(e.currentTarget.value)}
              />
            </label>
            <button type="submit" className="rc-button as-primary">
              Record the request
            </button>
            {requestError ? (
              <p role="alert" className="as-error w-full">
                {requestError}
              </p>
            ) : null}
          </form>
        )}
      </div>
    </section>
  );
}
