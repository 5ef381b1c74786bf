'use client';
import { type ChangeEvent, useId, useState } from 'react';
import type { MAX_BACKUP_BYTES as MaxBackup } from '@/lib/assessment/backup';
import type { Applied } from '@/lib/assessment/incoming';
import { unloadableText } from '@/lib/assessment/messages';
import type { AssessmentRecord } from '@/lib/assessment/record';
import { nextTask } from '@/lib/next-task';
import { loadImport, loadIncomingFile, prefetch } from './load-on-demand';
import { IncomingReview } from './travel/incoming-review-lazy';
import type { AssessmentRubric } from './types';

/** Far above any record or backup (see lib/assessment/backup.ts); a larger file is refused unread. */
const MAX_BYTES: typeof MaxBackup = 4_000_000;

interface Props {
  records: AssessmentRecord[];
  rubric: AssessmentRubric;
  /** A file dropped on the tool, handed in by the root. */
  dropped: File | null;
  device: string;
  onApply: (result: Applied) => void;
  onError: (message: string) => void;
}

/**
 * Reads a record file or a backup, shows what merging it would change, and changes nothing until
 * the Lead confirms.
 */
export function ImportPanel({ records, rubric, dropped, device, onApply, onError }: Props) {
  const uid = useId();
  const [preview, setPreview] = useState<{
    name: string;
    kind: 'record' | 'backup';
    records: AssessmentRecord[];
  } | null>(null);
  const [seen, setSeen] = useState<File | null>(null);

  async function take(file: File) {
    setPreview(null);
    if (file.size > MAX_BYTES) {
      onError(
        `Could not import ${file.name}: the file is too large to be a record (${Math.ceil(file.size / 1000).toLocaleString('en')} KB; a record is at most 1000 KB, a backup ${MAX_BYTES / 1000} KB). Nothing was changed.`,
      );
      return;
    }
    let readIncomingFileInSteps: Awaited<ReturnType<typeof loadIncomingFile>>['readIncomingFileInSteps'];
    // The preview's code comes alongside (a file dropped without pointing at the import first).
    prefetch(loadImport);
    try {
      ({ readIncomingFileInSteps } = await loadIncomingFile());
    } catch {
      onError(`Could not import ${file.name}: ${unloadableText('reads record files')} Nothing was changed.`);
      return;
    }
    // Reading a large file, checking it and drawing its preview are each a long step: not one block.
    const result = await readIncomingFileInSteps(await file.text(), rubric, nextTask);
    if (!result.ok) {
      onError(`Could not import ${file.name}: ${result.message} Nothing was changed.`);
      return;
    }
    await nextTask();
    setPreview({ name: file.name, kind: result.kind, records: result.records });
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

  return (
    <section
      aria-labelledby={`${uid}-h`}
      className="as-import rounded-xl border border-dashed p-4 text-sm"
      onPointerEnter={() => prefetch(loadImport)}
      onFocus={() => prefetch(loadImport)}
    >
      <h3 id={`${uid}-h`} className="font-semibold">
        Import a record or a backup
      </h3>
      <p className="mt-1 text-fd-muted-foreground">
        Choose a record file or a backup saved from this handbook, or drop it anywhere on the tool. It merges with the
        records here: you see what would change, and choose where both sides changed, before anything does.
      </p>
      <label className="mt-2 inline-flex flex-col gap-1 font-medium">
        Record file (.json)
        <input type="file" accept=".json,application/json" onChange={choose} />
      </label>
      {preview ? (
        <div className="mt-3">
          <IncomingReview
            source={preview.name}
            incoming={preview.records}
            records={records}
            addUnmatched={preview.kind === 'backup'}
            device={device}
            onApply={(result) => {
              onApply(result);
              setPreview(null);
            }}
            onCancel={() => setPreview(null)}
          />
        </div>
      ) : null}
    </section>
  );
}
