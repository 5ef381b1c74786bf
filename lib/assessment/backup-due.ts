/** When to remind the Lead to back up; apart from ./backup so the page's first load stays small. */

/** A week: past this, changed records that have not been backed up get a reminder. */
export const BACKUP_DUE_MS = 7 * 86_400_000;

/** Whether to remind the Lead: records changed since a backup more than a week old (or none yet). */
export function backupDue(backup: { at?: string; changes: number }, now: Date): boolean {
  if (backup.changes === 0) return false;
  if (!backup.at) return true;
  const at = Date.parse(backup.at);
  return !Number.isFinite(at) || now.getTime() - at > BACKUP_DUE_MS;
}
