'use client';
import { useId, useMemo, useState } from 'react';
import { type Applied, type IncomingItem, incomingApplied, pickKey, planIncoming } from '@/lib/assessment/incoming';
import type { Conflict, MergePlan, Side } from '@/lib/assessment/merge';
import { previewMerge } from '@/lib/assessment/merge';
import {
  callConflictTitle,
  callSideText,
  changedAtText,
  fieldTitle,
  fieldValueText,
  mergePreviewText,
} from '@/lib/assessment/messages-travel';
import { type AssessmentRecord, LIMITS, newId } from '@/lib/assessment/record';
import { count } from '@/lib/sentences';

interface Props {
  /** Where it came from, e.g. "backup-2026-11-30.json" or "the link from your other device". */
  source: string;
  incoming: AssessmentRecord[];
  records: AssessmentRecord[];
  /** A backup adds records this browser does not have; a single record asks first. */
  addUnmatched: boolean;
  /** This browser's device id: a resolved conflict is stamped as its change. */
  device: string;
  /** The merged records, once the Lead confirms (nothing is applied before). */
  onApply: (result: Applied) => void;
  onCancel: () => void;
}

const thumb = 'rc-button min-h-11 sm:min-h-8';
const nameOf = (r: { associate: string }) => r.associate || 'Unnamed Associate';

/**
 * What an imported file, a backup or a device link would change, before anything does: per record
 * the sentence ("2 calls added, 1 updated, 1 conflict"), each conflict with a choice between this
 * device's side and the imported one, and one button that applies it all.
 */
export function IncomingReview({ source, incoming, records, addUnmatched, device, onApply, onCancel }: Props) {
  const uid = useId();
  const planned = useMemo(() => planIncoming(records, incoming), [records, incoming]);
  // For a record this browser does not know: add it, or merge it into a record the Lead picks.
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [picks, setPicks] = useState<Record<string, Side>>({});

  const items = useMemo(() => {
    const out: IncomingItem[] = [...planned.items];
    for (const record of planned.unmatched) {
      const into = records.find((r) => r.id === targets[record.id]);
      if (into) out.push({ kind: 'merge', plan: previewMerge(into, { ...record, id: into.id }) });
      else out.push({ kind: 'add', record });
    }
    return out;
  }, [planned, records, targets]);

  const room = LIMITS.records - records.length;
  const adds = items.filter((i) => i.kind === 'add').length;
  const tooMany = adds > room;
  const nothing = items.every((i) => i.kind === 'merge' && !i.plan.changes);

  return (
    <section
      aria-labelledby={`${uid}-h`}
      className="as-incoming flex flex-col gap-3 rounded-xl border-2 border-fd-primary bg-fd-card p-4 text-sm"
      data-incoming="true"
    >
      <h2 id={`${uid}-h`} className="text-lg font-semibold">
        Review before merging: {source}
      </h2>
      <p>
        {count(incoming.length, 'record', 'records')} came in. Nothing here changes until you press{' '}
        {nothing ? 'Close' : 'Merge'}.
      </p>
      {planned.unmatched.length > 0 && !addUnmatched ? (
        <div className="flex flex-col gap-2">
          {planned.unmatched.map((record) => (
            <label key={record.id} className="flex flex-col gap-1 font-medium">
              {nameOf(record)}, {count(record.calls.length, 'call', 'calls')}: this browser has no record with its id.
              <select
                className="as-input min-h-11 sm:min-h-8"
                value={targets[record.id] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTargets((t) => ({ ...t, [record.id]: value }));
                }}
              >
                <option value="">Add it as a new record</option>
                {records.map((r) => (
                  <option key={r.id} value={r.id}>
                    Merge it into {nameOf(r)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : null}
      <ul className="flex flex-col gap-3" aria-label="What would change">
        {items.map((item) =>
          item.kind === 'add' ? (
            <li key={`add-${item.record.id}`} data-outcome="add">
              Add a new record for {nameOf(item.record)}, with {count(item.record.calls.length, 'call', 'calls')}.
            </li>
          ) : (
            <li key={`merge-${item.plan.local.id}`} data-outcome={item.plan.changes ? 'merge' : 'nothing'}>
              <p className="as-merge-summary">
                {mergePreviewText(item.plan.local.associate, item.plan.counts, item.plan.changes)}
              </p>
              {item.plan.conflicts.map((c) => (
                <ConflictChoice
                  key={c.key}
                  plan={item.plan}
                  conflict={c}
                  value={picks[pickKey(item.plan, c.key)] ?? 'local'}
                  onChange={(side) => setPicks((p) => ({ ...p, [pickKey(item.plan, c.key)]: side }))}
                />
              ))}
            </li>
          ),
        )}
      </ul>
      {tooMany ? (
        <p role="alert" className="as-error">
          This would make more than {LIMITS.records} records; delete some first, or merge into existing records.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {nothing ? null : (
          <button
            type="button"
            className={`${thumb} as-primary`}
            disabled={tooMany}
            onClick={() => {
              const result = incomingApplied(records, items, picks, device, new Date().toISOString(), newId);
              if (result) onApply(result);
              else onCancel();
            }}
          >
            Merge
          </button>
        )}
        <button type="button" className={thumb} onClick={onCancel}>
          {nothing ? 'Close' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}

function ConflictChoice({
  plan,
  conflict,
  value,
  onChange,
}: {
  plan: MergePlan;
  conflict: Conflict;
  value: Side;
  onChange: (side: Side) => void;
}) {
  const uid = useId();
  const describe = (side: Side) => {
    if (conflict.kind === 'field') {
      const at = side === 'local' ? conflict.localAt : conflict.incomingAt;
      return `${fieldValueText(conflict.field, conflict[side])} (${changedAtText(at)})`;
    }
    const entry = conflict[side];
    const at = 'deletedAt' in entry ? undefined : entry.updatedAt;
    return 'deletedAt' in entry ? callSideText(entry) : `${callSideText(entry)} (${changedAtText(at)})`;
  };
  const title =
    conflict.kind === 'field' ? fieldTitle(conflict.field) : callConflictTitle(conflict.local, conflict.incoming);
  return (
    <fieldset className="as-conflict mt-2 flex flex-col gap-1 rounded-lg border p-3" data-conflict={conflict.key}>
      <legend className="px-1 font-medium">
        Conflict in {plan.local.associate || 'the record'}: {title}
      </legend>
      {(['local', 'incoming'] as const).map((side) => (
        <label key={side} className="flex min-h-11 items-start gap-2 sm:min-h-8">
          <input
            type="radio"
            name={`${uid}-pick`}
            value={side}
            checked={value === side}
            onChange={() => onChange(side)}
            className="mt-1"
          />
          <span>
            <span className="font-medium">{side === 'local' ? "Keep this device's: " : 'Take the imported: '}</span>
            {describe(side)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
