// No page runs framework code at first load. next build writes every page with
// Next's and React's scripts (about 140 KB gzipped), whose start-up and hydration block a phone's
// main thread for hundreds of milliseconds, for a page whose only scripted parts (the theme switch,
// the contents highlight, the search button) the inline page script already handles, and whose tool
// starts from its own bundle (islands.mjs). This step turns those script tags into inert ones that
// the page script loads when search is first opened.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFERRED_SCRIPT_TYPE } from '../../lib/shell/deferred.mjs';
import { startupChunks } from './compile-hints.mjs';
import { siteFiles } from './site-files.mjs';

const frameworkScript = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
const scriptPreload = /<link rel="preload" as="script"[^>]*href="\/_next\/static\/chunks\/[^"]+\.js"[^>]*\/>/g;

/**
 * One page's HTML with its framework scripts held back. `held` counts the scripts held back (0 for
 * a page Next did not write, such as the 404 page's copy without scripts).
 * @param {string} html
 * @returns {{ html: string, held: number }}
 */
export function deferRuntime(html) {
  let held = 0;
  const out = html
    .replace(frameworkScript, (_, src) => {
      held++;
      return `<script type="${DEFERRED_SCRIPT_TYPE}" data-src="${src}"></script>`;
    })
    .replace(scriptPreload, '');
  return { html: out, held };
}

/**
 * Every .html file under `dir`: how many pages now load their framework code on demand, how many
 * had none, and the framework's start-up chunks the pages name (for scripts/lib/compile-hints.mjs).
 */
export function deferRuntimeIn(dir) {
  let pages = 0;
  let kept = 0;
  const chunks = new Set();
  for (const rel of siteFiles(dir)) {
    if (!rel.endsWith('.html')) continue;
    const path = join(dir, rel);
    const built = readFileSync(path, 'utf8');
    const { html, held } = deferRuntime(built);
    if (held) {
      for (const chunk of startupChunks(built)) chunks.add(chunk);
      writeFileSync(path, html);
      pages++;
    } else kept++;
  }
  return { pages, kept, chunks: [...chunks] };
}
