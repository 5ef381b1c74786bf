// V8 compiles a function the first time it runs, on the main thread, unless a script asks for all
// of its functions to be compiled as it streams in (off the main thread). Next's and React's start-up
// runs nearly all of theirs at once: in Chromium 156, compiling them lazily held a tool page's main
// thread for about 120 ms (four times that on a phone). The hint is a comment on the first line
// (v8.dev/blog/explicit-compile-hints); other browsers ignore it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

const startupScript =
  /<script (?:src="\/_next\/static\/chunks\/([^"/]+\.js)" async=""|type="[^"]*" data-src="\/_next\/static\/chunks\/([^"/]+\.js)")/g;

/** The chunk files a page runs at start-up (held back or not), not the polyfill only old browsers load. */
export function startupChunks(html) {
  return [...html.matchAll(startupScript)].map((m) => m[1] ?? m[2]);
}

/** Puts the hint on each named chunk in out/_next/static/chunks that lacks it; returns how many it changed. */
export function addCompileHints(dir, chunks) {
  let changed = 0;
  for (const name of new Set(chunks)) {
    const path = join(dir, '_next', 'static', 'chunks', name);
    const text = readFileSync(path, 'utf8');
    if (text.startsWith(COMPILE_HINT)) continue;
    writeFileSync(path, COMPILE_HINT + text);
    changed++;
  }
  return changed;
}
