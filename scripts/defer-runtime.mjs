// `npm run build` runs this after `next build`, before the service worker lists the files it
// precaches: pages without a tool hold back the framework's scripts, and the scripts pages start
// with are marked for eager compilation.
import { addCompileHints } from './lib/compile-hints.mjs';
import { deferRuntimeIn } from './lib/defer-runtime.mjs';

const dir = process.argv[2] ?? 'out';
const { pages, kept, chunks } = deferRuntimeIn(dir);
const hinted = addCompileHints(dir, chunks);
console.log(
  `Framework code: ${pages} pages load it when search opens, ${kept} at once (a tool); ${hinted} start-up scripts compile as they load`,
);
