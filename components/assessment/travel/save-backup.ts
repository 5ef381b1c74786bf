import { fileSave } from 'browser-fs-access';
import { BACKUP_SCHEMA_PATH, backupFileName, exportBackup } from '@/lib/assessment/backup';
import { type AssessmentRecord, today } from '@/lib/assessment/record';

/**
 * Writes the backup file: on a phone that can share files, through the share sheet (to Files,
 * Drive, a mail); elsewhere through browser-fs-access, which opens a real save dialog where the
 * browser has one and downloads the file where it does not. Loaded only when the Lead saves.
 */
export async function saveBackup(
  records: readonly AssessmentRecord[],
  now = new Date(),
): Promise<'saved' | 'shared' | 'cancelled'> {
  const text = exportBackup(records, now.toISOString(), `${window.location.origin}${BACKUP_SCHEMA_PATH}`);
  const name = backupFileName(today(now));
  const blob = new Blob([text], { type: 'application/json' });
  try {
    const file = new File([blob], name, { type: 'application/json' });
    const phone = window.matchMedia('(pointer: coarse)').matches;
    if (phone && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
      await navigator.share({ files: [file], title: name });
      return 'shared';
    }
    await fileSave(blob, {
      fileName: name,
      extensions: ['.json'],
      mimeTypes: ['application/json'],
      description: 'Assessment backup',
    });
    return 'saved';
  } catch (error) {
    // The Lead closed the dialog or the share sheet: nothing was saved, and nothing is wrong.
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}
