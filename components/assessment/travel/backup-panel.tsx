'use client';
import { type ChangeEvent, useId, useState } from 'react';
import { backupDue } from '@/lib/assessment/backup-due';
import type { Applied } from '@/lib/assessment/incoming';
import { backupDueText, backupSavedText, backupStatusText, unloadableText } from '@/lib/assessment/messages';
import type { AssessmentRecord } from '@/lib/assessment/record';
import type { BackupState } from '@/lib/assessment/storage';
import { nextTask } from '@/lib/next-task';
import { loadBackupSaver, loadImport, loadIncomingFile, prefetch } from '../load-on-demand';
import type { AssessmentRubric } from '../types';
import { IncomingReview } from './incoming-review-lazy';
import { StorageProtection } from './storage-protection';

interface Props {
  records: AssessmentRecord[];
  backup: BackupState;
  rubric: AssessmentRubric;
  onSaved: () => void;
  device: string;
  onApply: (result: Applied) => void;
}

const thumb = 'rc-button min-h-11 sm:min-h-8';

/** Keeping records safe: whether the browser keeps them, backups (save and restore), and a reminder. */
export function BackupPanel({ records, backup, rubric, device, onSaved, onApply }: Props) {
  const uid = useId();
  const [message, setMessage] = useState<{ tone: 'info' | 'warn'; text: string } | null>(null);
  const [restore, setRestore] = useState<{ name: string; records: AssessmentRecord[] } | null>(null);
  const now = new Date();
  const due = records.length > 0 && backupDue(backup, now);

  async function save() {
    setMessage(null);
    let saver: Awaited<ReturnType<typeof loadBackupSaver>>;
    try {
      saver = await loadBackupSaver();
    } catch {
      setMessage({ tone: 'warn', text: `Could not save a backup: ${unloadableText('writes the file')}` });
      return;
    }
    try {
      const how = await saver.saveBackup(records);
      if (how === 'cancelled') return;
      onSaved();
      setMessage({ tone: 'info', text: backupSavedText(records.length, how) });
    } catch {
      setMessage({
        tone: 'warn',
        text: 'This browser would not save the backup file. Nothing was changed; try again.',
      });
    }
  }

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!file) return;
    setMessage(null);
    setRestore(null);
    const fail = (text: string) =>
      setMessage({ tone: 'warn', text: `Could not restore ${file.name}: ${text} Nothing was changed.` });
    if (file.size > 4_000_000) return fail('the file is too large to be a backup (at most 4000 KB).');
    let reader: Awaited<ReturnType<typeof loadIncomingFile>>;
    try {
      reader = await loadIncomingFile();
    } catch {
      return fail(unloadableText('reads record files'));
    }
    // Reading a large backup, checking it and drawing its preview are each a long step: not one block.
    const result = await reader.readIncomingFileInSteps(await file.text(), rubric, nextTask);
    if (!result.ok) return fail(result.message);
    await nextTask();
    setRestore({ name: file.name, records: result.records });
  }

  return (
    <section aria-labelledby={`${uid}-h`} className="as-backup flex flex-col gap-2 rounded-xl border p-4 text-sm">
      <h3 id={`${uid}-h`} className="font-semibold">
        Keep these records safe
      </h3>
      <StorageProtection hasRecords={records.length > 0} />
      <p className="as-backup-status" data-backup-changes={backup.changes}>
        {backupStatusText(backup.at, backup.changes, now)}
      </p>
      {due ? (
        <div role="status" className="rc-notice rc-notice-warn flex flex-wrap items-center gap-2 rounded-lg border p-3">
          <p className="flex-1">{backupDueText(backup.at)}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap items-end gap-2">
        <button
          type="button"
          className={`${thumb} ${due ? 'as-primary' : ''}`}
          disabled={records.length === 0}
          onClick={save}
          onPointerEnter={() => prefetch(loadBackupSaver)}
          onFocus={() => prefetch(loadBackupSaver)}
        >
          Save a backup
        </button>
        <label className="inline-flex flex-col gap-1 font-medium">
          Restore a backup (.json)
          <input
            type="file"
            accept=".json,application/json"
            onChange={choose}
            onPointerEnter={() => prefetch(loadImport)}
            onFocus={() => prefetch(loadImport)}
          />
        </label>
      </div>
      {message ? (
        <p role={message.tone === 'warn' ? 'alert' : 'status'} className={message.tone === 'warn' ? 'as-error' : ''}>
          {message.text}
        </p>
      ) : null}
      {restore ? (
        <IncomingReview
          source={restore.name}
          incoming={restore.records}
          records={records}
          addUnmatched
          device={device}
          onApply={(result) => {
            onApply(result);
            setRestore(null);
          }}
          onCancel={() => setRestore(null)}
        />
      ) : null}
    </section>
  );
}
