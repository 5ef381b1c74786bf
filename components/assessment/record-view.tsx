'use client';
import dynamic from 'next/dynamic';
import { type Dispatch, type FormEvent, type RefObject, useId, useMemo, useRef, useState } from 'react';
import { callShareText, disagreementsText, removedIndicatorsText } from '@/lib/assessment/messages';
import { type AssessmentRecord, type Call, callsByDate, LIMITS, today, unknownIds } from '@/lib/assessment/record';
import type { AssessmentAction } from '@/lib/assessment/state';
import { safetyStatus, type Verdict } from '@/lib/assessment/verdict';
import { formatDate } from '@/lib/sentences';
import { CallEditor, type CallEditorHandle } from './call-editor';
import { CallsGrid } from './calls-grid';
import { ConfirmRow } from './confirm-row';
import { loading } from './loading';
import type { AssessmentProps } from './types';

// Loaded when first needed, so opening a record does not wait for the call form, the evidence
// forms (used once or twice per assessment) or the safety period.
const EvidencePanel = dynamic(() => import('./evidence-panel').then((m) => m.EvidencePanel), { loading });
const SafetyPanel = dynamic(() => import('./safety-panel').then((m) => m.SafetyPanel), { loading });
// Below the record (Export, Print, Copy summary) and on paper only (the notes list): after first paint.
const RecordActions = dynamic(() => import('./record-actions').then((m) => m.RecordActions), { loading });
const EvidenceNotes = dynamic(() => import('./evidence-notes').then((m) => m.EvidenceNotes), { loading: () => null });

import { VerdictPanel } from './verdict-panel';

interface Props extends AssessmentProps {
  record: AssessmentRecord;
  verdict: Verdict;
  headingRef: RefObject<HTMLHeadingElement | null>;
  dispatch: Dispatch<AssessmentAction>;
}

/** One Associate's record: its verdict, the grid, the calls, the other evidence and the safety period. */
export function RecordView({ record, verdict, rubric, facts, headingRef, dispatch }: Props) {
  const uid = useId();
  const recordId = record.id;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(record.associate);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const editor = useRef<CallEditorHandle>(null);
  const [confirmCall, setConfirmCall] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const titles = useMemo(
    () => new Map(rubric.groups.flatMap((g) => g.indicators.map((i) => [i.id, i.title] as const))),
    [rubric],
  );
  const removed = unknownIds(record, new Set(titles.keys()));
  const safety = safetyStatus(record, rubric);
  const calls = callsByDate(record.calls).reverse();
  const shares = new Map(verdict.calls.map((s) => [s.callId, s]));

  function rename(e: FormEvent) {
    e.preventDefault();
    dispatch({ type: 'rename', id: recordId, name });
    setRenaming(false);
    headingRef.current?.focus();
  }

  function saveCall(call: Call) {
    dispatch({ type: 'save-call', recordId, call });
  }

  const disagreements = record.self
    ? (['associate-only', 'lead-only'] as const).map((kind) => ({
        kind,
        titles: [...verdict.indicators.values()]
          .filter((s) => s.disagreement === kind)
          .map((s) => titles.get(s.id) ?? s.id),
      }))
    : [];

  return (
    <article aria-labelledby={`${uid}-h`} className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h2 id={`${uid}-h`} ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          {record.associate || 'Unnamed Associate'}
        </h2>
        <p className="as-print-only text-sm">Phase 4 readiness assessment, printed {formatDate(today())}.</p>
        {renaming ? (
          <form onSubmit={rename} className="flex flex-wrap items-end gap-2 text-sm">
            <label className="flex flex-col gap-1 font-medium">
              New name
              <input
                className="as-input"
                value={name}
                maxLength={LIMITS.name}
                required
                onChange={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <button type="submit" className="rc-button as-primary">
              Save the name
            </button>
            <button type="button" className="rc-button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : confirmDelete ? (
          <ConfirmRow
            question={`Delete the record for ${record.associate || 'this Associate'}, with all its calls? This cannot be undone.`}
            confirm="Yes, delete the record"
            cancel="Keep it"
            onConfirm={() => dispatch({ type: 'delete', id: recordId })}
            onCancel={() => setConfirmDelete(false)}
          />
        ) : (
          <div className="as-record-actions flex flex-wrap gap-2 text-sm">
            <button
              ref={addRef}
              type="button"
              className="rc-button as-primary as-add-call"
              disabled={record.calls.length >= LIMITS.calls}
              onClick={(e) => editor.current?.openNew(e.detail === 0)}
            >
              Add a call
            </button>
            <button type="button" className="rc-button" onClick={() => setRenaming(true)}>
              Rename
            </button>
            <button type="button" className="rc-button" onClick={() => setConfirmDelete(true)}>
              Delete the record
            </button>
          </div>
        )}
      </header>

      {removed.length ? (
        <p className="rc-notice rc-notice-info rounded-lg border p-3 text-sm">{removedIndicatorsText(removed)}</p>
      ) : null}

      <VerdictPanel
        record={record}
        verdict={verdict}
        onGoLive={(date) => dispatch({ type: 'set-go-live', recordId, date, rubric })}
      />

      <CallsGrid record={record} verdict={verdict} rubric={rubric} />
      {record.calls.some((c) => Object.keys(c.notes).length > 0) ? (
        <EvidenceNotes calls={record.calls} groups={rubric.groups} />
      ) : null}

      {record.self ? (
        <section aria-labelledby={`${uid}-self`} className="rounded-xl border p-4 text-sm">
          <h3 id={`${uid}-self`} className="text-base font-semibold">
            The Associate's self-check
          </h3>
          <p className="mt-1">
            Attached on {formatDate(record.self.date)}: {record.self.met.length} ticked. Go through the places where you
            see it differently together.
          </p>
          {disagreements.map((d) => (
            <p key={d.kind} className="mt-2" data-disagreements={d.kind}>
              {disagreementsText(d.kind, d.titles)}
            </p>
          ))}
        </section>
      ) : null}

      <section aria-labelledby={`${uid}-calls`} className="flex flex-col gap-3">
        <h3 id={`${uid}-calls`} className="text-base font-semibold">
          Calls
        </h3>
        <CallEditor
          handle={editor}
          rubric={rubric}
          onSave={saveCall}
          onClosed={() => requestAnimationFrame(() => addRef.current?.focus())}
        />
        {calls.length ? (
          <ul className="flex flex-col gap-2 text-sm" aria-label="Calls, newest first">
            {calls.map((c) => {
              const share = shares.get(c.id);
              return (
                <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border px-3 py-2">
                  <span className="font-medium">
                    {formatDate(c.date)}
                    {c.label ? ` · ${c.label}` : ''}
                  </span>
                  <span className="text-fd-muted-foreground">
                    {c.lead === 'attended'
                      ? 'Lead attended'
                      : `Lead absent, ${c.observed === 'live' ? 'watched live' : c.observed === 'recording' ? 'watched the recording' : 'not observed'}${c.strong ? ', strong' : ''}`}
                    {share ? ` · ${callShareText(share.met, share.observed)}` : ''}
                  </span>
                  {c.note ? <span className="w-full">{c.note}</span> : null}
                  {confirmCall === c.id ? (
                    <ConfirmRow
                      question="Delete this call? This cannot be undone."
                      confirm="Yes, delete"
                      cancel="Keep it"
                      onConfirm={() => {
                        dispatch({ type: 'delete-call', recordId, callId: c.id });
                        setConfirmCall(null);
                        requestAnimationFrame(() => addRef.current?.focus());
                      }}
                      onCancel={() => setConfirmCall(null)}
                    />
                  ) : (
                    <span className="ms-auto flex gap-2">
                      <button
                        type="button"
                        className="rc-button"
                        aria-label={`Edit the call of ${formatDate(c.date)}`}
                        onClick={(e) => editor.current?.open(c, false, e.detail === 0)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="rc-button"
                        aria-label={`Delete the call of ${formatDate(c.date)}`}
                        onClick={() => setConfirmCall(c.id)}
                      >
                        Delete
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>

      <EvidencePanel
        record={record}
        scale={rubric.transition.customerSatisfaction.scale}
        satisfactionBar={`above ${facts.satisfaction}`}
        onSatisfaction={(satisfaction) => dispatch({ type: 'set-satisfaction', recordId, satisfaction })}
        onRequest={(date) => dispatch({ type: 'set-request', recordId, date })}
      />

      <RecordActions record={record} verdict={verdict} rubric={rubric} />

      {record.goLiveOn ? (
        <SafetyPanel
          record={record}
          status={safety}
          onAdd={(log, entry) => dispatch({ type: 'add-log', recordId, log, entry })}
          onRemove={(log, index) => dispatch({ type: 'remove-log', recordId, log, index })}
        />
      ) : null}
    </article>
  );
}
