/**
 * Code the assessment needs only when a record leaves or enters the browser: reading and writing
 * record files, and the Markdown summary. It loads when the Lead reaches for it (pointing at or
 * focusing the import, dragging a file over the tool, pressing Export or Copy summary), so the page's
 * first load stays small. Each is loaded once. A failed load is forgotten, so the next attempt tries again.
 */
function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

export const loadRecordFile = onDemand(() => import('@/lib/assessment/record-file'));
/** Reads a record file or a backup (lib/assessment/backup tells them apart). */
export const loadIncomingFile = onDemand(() => import('@/lib/assessment/backup'));
/** What an incoming file, backup or device link would change (the merge preview). */
export const loadIncomingReview = onDemand(() => import('./travel/incoming-review'));
/**
 * Both halves of an import, fetched as the Lead reaches for one: reading the file, then its preview.
 * Fetched only once the file was read, the preview's code cost a second round trip (150-180 ms to
 * the preview at 4x CPU, against a 200 ms budget).
 */
export const loadImport = () => Promise.all([loadIncomingFile(), loadIncomingReview()]);
/** Writes a backup file: the backup format and browser-fs-access's save dialog or download. */
export const loadBackupSaver = onDemand(() => import('./travel/save-backup'));
/** Makes and reads device links (CompressionStream). */
export const loadDeviceLink = onDemand(() => import('@/lib/assessment/device-link'));
/** Draws a QR code (uqr), only when the Lead asks for one. */
export const loadQr = onDemand(() => import('uqr'));
export const loadSummary = onDemand(() => import('@/lib/assessment/summary'));
/** Only a Lead who opens an Associate's self-check link needs the code that reads it. */
export const loadSelfLink = onDemand(() => import('@/lib/assessment/self-link'));

/** Reading stored records back (with their validator): only when something is stored. */
export const loadStoredReader = onDemand(() =>
  Promise.all([import('@/lib/assessment/storage'), import('@/lib/assessment/last-record')]).then(
    ([storage, lastRecord]) => ({ storage, lastRecord }),
  ),
);

/** The grid, the verdict and the call list: loaded once there is a record to show. */
export const loadRecordView = onDemand(() => import('./record-view'));

/** Starts a load without waiting for it; a failure surfaces when the code is actually used. */
export function prefetch(load: () => Promise<unknown>) {
  load().catch(() => {});
}
