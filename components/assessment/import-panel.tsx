'use client';
import { type ChangeEvent, useId, useState } from 'react';
import { unloadableText, verdictLabel } from '@/lib/assessment/messages';
import { type AssessmentRecord, callsByDate, MAX_FILE_BYTES } from '@/lib/assessment/record';
import { computeVerdict } from '@/lib/assessment/verdict';
import { count, formatDate } from '@/lib/sentences';
import { loadRecordFile, prefetch } from './load-on-demand';
import type { AssessmentRubric } from './types';

interface Props {
  records: AssessmentRecord[];
  rubric: AssessmentRubric;
  /** A file dropped on the tool, handed in by the root. */
  dropped: File | null;
  onImport: (record: AssessmentRecord, replaceId?: string) => void;
  onError: (message: string) => void;
}

/** Reads a record file, shows what it holds, and changes nothing until the Lead chooses. */
export function ImportPanel({ records, rubric, dropped, onImport, onError }: Props) {
  const uid = useId();
  const [preview, setPreview] = useState<{ name: string; record: AssessmentRecord } | null>(null);
  const [replaceId, setReplaceId] = useState('');
  const [seen, setSeen] = useState<File | null>(null);

  async function take(file: File) {
    setPreview(null);
    if (file.size > MAX_FILE_BYTES) {
      onError(
        `Could not import ${file.name}: the file is too large to be a record (${Math.ceil(file.size / 1000).toLocaleString('en')} KB; a record is at most ${MAX_FILE_BYTES / 1000} KB). Nothing was changed.`,
      );
      return;
    }
    let readRecordFile: Awaited<ReturnType<typeof loadRecordFile>>['readRecordFile'];
    try {
      ({ readRecordFile } = await loadRecordFile());
    } catch {
      onError(`Could not import ${file.name}: ${unloadableText('reads record files')} Nothing was changed.`);
      return;
    }
    const result = readRecordFile(await file.text(), rubric);
    if (!result.ok) {
      onError(`Could not import ${file.name}: ${result.message} Nothing was changed.`);
      return;
    }
    setReplaceId('');
    setPreview({ name: file.name, record: result.record });
  }

  if (dropped && dropped !== seen) {
    setSeen(dropped);
    void take(dropped);
  }

  function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (file) void take(file);
  }

  const r = preview?.record;
  const dates = r ? callsByDate(r.calls).map((c) => c.date) : [];
  return (
    <section
      aria-labelledby={`${uid}-h`}
      className="as-import rounded-xl border border-dashed p-4 text-sm"
      onPointerEnter={() => prefetch(loadRecordFile)}
      onFocus={() => prefetch(loadRecordFile)}
    >
      <h3 id={`${uid}-h`} className="font-semibold">
        Import a record
      </h3>
      <p className="mt-1 text-fd-muted-foreground">
        Choose a record file exported from this handbook, or drop it anywhere on the tool. You see what it holds before
        anything changes.
      </p>
      <label className="mt-2 inline-flex flex-col gap-1 font-medium">
        Record file (.json)
        <input type="file" accept=".json,application/json" onChange={choose} />
      </label>
      {preview && r ? (
        <fieldset className="as-preview mt-3 flex flex-col gap-2 rounded-lg border p-3">
          <legend className="px-1 font-medium">
            {preview.name}: {r.associate || 'Unnamed Associate'}
          </legend>
          <p>
            {count(r.calls.length, 'call', 'calls')}
            {dates.length ? `, ${formatDate(dates[0])} to ${formatDate(dates[dates.length - 1])}` : ''}. Verdict it
            gives: {verdictLabel(computeVerdict(r, rubric), r)}.
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <button
              type="button"
              className="rc-button as-primary"
              onClick={() => {
                onImport(r);
                setPreview(null);
              }}
            >
              Add as a new record
            </button>
            {records.length ? (
              <>
                <label className="flex flex-col gap-1 font-medium">
                  Or replace
                  <select className="as-input" value={replaceId} onChange={(e) => setReplaceId(e.currentTarget.value)}>
                    <option value="">Choose a record…</option>
                    {records.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.associate || 'Unnamed Associate'}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="rc-button rc-danger"
                  disabled={!replaceId}
                  onClick={() => {
                    onImport(r, replaceId);
                    setPreview(null);
                  }}
                >
                  {replaceId
                    ? `Replace ${records.find((x) => x.id === replaceId)?.associate || 'the record'}`
                    : 'Replace'}
                </button>
              </>
            ) : null}
            <button type="button" className="rc-button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : null}
    </section>
  );
}
