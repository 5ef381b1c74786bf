// `npm run build` runs this after `next build`, before the service worker lists the files it
// precaches: the tools get their own bundles, every page holds back the framework's scripts until
// search is opened, and the framework's start-up scripts are marked for eager compilation.
import { addCompileHints } from './lib/compile-hints.mjs';
import { deferRuntimeIn } from './lib/defer-runtime.mjs';
import { buildIslands } from './lib/islands.mjs';

const dir = process.argv[2] ?? 'out';
const islands = await buildIslands(dir);
const { pages, kept, chunks } = deferRuntimeIn(dir);
const hinted = addCompileHints(dir, chunks);
console.log(
  `Tools: ${Object.keys(islands.bundles).join(', ')} start from their own bundles on ${islands.pages} pages. ` +
    `Framework code: ${pages} pages load it when search opens (${kept} had none); ${hinted} start-up scripts compile as they load`,
);
