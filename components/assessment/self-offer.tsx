'use client';
import { type FormEvent, useId, useState } from 'react';
import { selfLinkOfferText } from '@/lib/assessment/messages';
import { selfAttachedText, selfLinkCarriesText } from '@/lib/assessment/messages-on-demand';
import { type AssessmentRecord, today } from '@/lib/assessment/record';

interface Props {
  offer: { met: string[]; unknown: string[] };
  total: number;
  rubricVersion: number;
  records: AssessmentRecord[];
  /** With the confirmation to show once it is attached. */
  onAttach: (recordId: string, date: string, confirmation: string) => void;
  onDismiss: () => void;
}

/** A self-check link arrived: nothing is attached until the Lead picks a record. */
export function SelfOffer({ offer, total, rubricVersion, records, onAttach, onDismiss }: Props) {
  const uid = useId();
  const [recordId, setRecordId] = useState('');

  function attach(e: FormEvent) {
    e.preventDefault();
    const record = records.find((r) => r.id === recordId);
    if (record) onAttach(record.id, today(), selfAttachedText(record.associate));
  }

  return (
    <section aria-labelledby={`${uid}-h`} className="as-offer rounded-xl border p-4 text-sm">
      <h2 id={`${uid}-h`} className="text-base font-semibold">
        A self-check from your Associate
      </h2>
      <p className="mt-1 font-medium" data-offer-count="">
        {selfLinkOfferText(offer.met.length, total, offer.unknown.length)}
      </p>
      <p className="mt-1">{selfLinkCarriesText(rubricVersion)}</p>
      <p className="mt-1 text-fd-muted-foreground">
        Attach it to their record to see their view beside yours. Nothing is attached until you choose.
      </p>
      {records.length === 0 ? (
        <p className="mt-2">Create a record for this Associate below first; this offer stays here until then.</p>
      ) : null}
      <form onSubmit={attach} className="mt-3 flex flex-wrap items-end gap-2">
        {records.length ? (
          <label className="flex min-w-0 flex-1 basis-56 flex-col gap-1 font-medium">
            Attach to
            <select className="as-input" value={recordId} required onChange={(e) => setRecordId(e.currentTarget.value)}>
              <option value="">Choose a record…</option>
              {records.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.associate || 'Unnamed Associate'}
                  {r.self ? ' (replaces the attached self-check)' : ''}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {records.length ? (
          <button type="submit" className="rc-button as-primary" disabled={!recordId}>
            Attach
          </button>
        ) : null}
        <button type="button" className="rc-button" onClick={onDismiss}>
          Do not attach
        </button>
      </form>
    </section>
  );
}
