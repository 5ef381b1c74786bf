/** Every sentence the offline copy of the handbook shows a reader (tested in tests/unit/offline). */

/** Shown once, on the first page a new version of the handbook serves after it took over. */
export const updatedNotice =
  'The handbook was updated since your last visit. These pages are the new version, and they work offline.';

/** The button that closes the notice; its visible text is its whole accessible name. */
export const updatedDismiss = 'Dismiss';
