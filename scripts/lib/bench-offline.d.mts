import type { Browser } from 'playwright-core';
export function benchOffline(
  browser: Browser,
  pageUrl: string,
  dir?: string,
): Promise<{
  firstLoad: {
    withWorker: { files: string[]; gzip: number };
    without: { files: string[]; gzip: number };
    sameFiles: boolean;
    addedGzip: number;
  };
  inlineScriptGzip: number;
  workerGzip: number;
  precache: { count: number; bytes: number; transfer: number };
  stepSeconds: number;
}>;
