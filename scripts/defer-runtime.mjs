// `npm run build` runs this after `next build`, before the service worker lists the files it precaches.
import { deferRuntimeIn } from './lib/defer-runtime.mjs';

const dir = process.argv[2] ?? 'out';
const { pages, kept } = deferRuntimeIn(dir);
console.log(`Framework code on demand: ${pages} pages load it when search opens; ${kept} load it at once (a tool)`);
