import dynamic from 'next/dynamic';
import { loadIncomingReview } from '../load-on-demand';

/**
 * The merge preview as the import, the backup restore and the device link show it: its code comes
 * through load-on-demand.ts, so reaching for an import fetches it ahead of the file being read.
 */
export const IncomingReview = dynamic(() => loadIncomingReview().then((m) => m.IncomingReview), {
  loading: () => null,
});
