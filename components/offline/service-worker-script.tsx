import { updatedDismiss, updatedNotice } from '@/lib/offline/messages';
import { UPDATED_KEY, UPDATES_CACHE } from '@/lib/offline/update-marker.mjs';
import { type RegisterOptions, registerServiceWorker, unregisterServiceWorkers } from './register';

const options: RegisterOptions = {
  url: '/sw.js',
  cache: UPDATES_CACHE,
  updated: UPDATED_KEY,
  message: updatedNotice,
  dismiss: updatedDismiss,
  delayMs: 3000,
};

/** The inline script that registers the service worker after load (about 1 KB of HTML, no file to fetch). */
export function serviceWorkerScript(production = process.env.NODE_ENV === 'production'): string {
  return production
    ? `(${registerServiceWorker.toString()})(${JSON.stringify(options)})`
    : `(${unregisterServiceWorkers.toString()})()`;
}

/** Registers the offline copy in a built site; in `next dev`, removes any left from a preview. */
export function ServiceWorkerScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the script is our own code, built from constants
  return <script dangerouslySetInnerHTML={{ __html: serviceWorkerScript() }} />;
}
