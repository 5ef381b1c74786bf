// No page runs framework code at first load. next build writes every page with
// Next's and React's scripts (about 140 KB gzipped), whose start-up and hydration block a phone's
// main thread for hundreds of milliseconds, for a page whose only scripted parts (the theme switch,
// the contents highlight, the search button) the inline page script already handles, and whose tool
// starts from its own bundle (islands.mjs). This step turns those script tags into inert ones that
// the page script loads when search is first opened.
//
// The page's RSC payload goes with them: next build inlines it as <script>self.__next_f.push(...)
// tags, over half of each page's HTML (126 of 226 KB on the assessment page), which only the
// framework reads, to hydrate the page once search starts it. It moves to a file of its own, named
// by its content, which the page script runs just before the framework's code.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFERRED_SCRIPT_TYPE } from '../../lib/shell/deferred.mjs';
import { startupChunks } from './compile-hints.mjs';
import { siteFiles } from './site-files.mjs';

const frameworkScript = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
const scriptPreload = /<link rel="preload" as="script"[^>]*href="\/_next\/static\/chunks\/[^"]+\.js"[^>]*\/>/g;
// The payload's pieces. Not the first tag, `(self.__next_f=self.__next_f||[]).push([0])`, which starts
// the list the pieces join and stays inline. React escapes "<" in the payload, so no piece holds "</script>".
const payloadPiece = /<script>(self\.__next_f\.push\(.*?\))<\/script>/gs;
/** Where the payload files go: hashed names, served as Next's own static files are, cached for good. */
export const PAYLOAD_DIR = '_next/static/flight';

const held = (src) => `<script type="${DEFERRED_SCRIPT_TYPE}" data-src="${src}"></script>`;

/**
 * One page's HTML with its framework scripts and its RSC payload held back. `held` counts the
 * framework scripts held back (0 for a page Next did not write, such as the 404 page's copy without
 * scripts, which is left as it was). `payload` is the file to write for the payload, if there was one;
 * its inert tag comes first among the held-back ones, as the page script runs them in order.
 * @param {string} html
 * @returns {{ html: string, held: number, payload: { path: string, text: string } | null }}
 */
export function deferRuntime(html) {
  let count = 0;
  let out = html
    .replace(frameworkScript, (_, src) => {
      count++;
      return held(src);
    })
    .replace(scriptPreload, '');
  if (!count) return { html, held: 0, payload: null };
  const pieces = [];
  out = out.replace(payloadPiece, (_, piece) => {
    pieces.push(`${piece};`);
    return '';
  });
  if (!pieces.length) return { html: out, held: count, payload: null };
  const text = `${pieces.join('\n')}\n`;
  const path = `${PAYLOAD_DIR}/${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`;
  const first = out.indexOf(`<script type="${DEFERRED_SCRIPT_TYPE}"`);
  out = `${out.slice(0, first)}${held(`/${path}`)}${out.slice(first)}`;
  return { html: out, held: count, payload: { path, text } };
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
    const { html, held, payload } = deferRuntime(built);
    if (held) {
      for (const chunk of startupChunks(built)) chunks.add(chunk);
      if (payload) {
        mkdirSync(join(dir, PAYLOAD_DIR), { recursive: true });
        writeFileSync(join(dir, payload.path), payload.text);
      }
      writeFileSync(path, html);
      pages++;
    } else kept++;
  }
  return { pages, kept, chunks: [...chunks] };
}
