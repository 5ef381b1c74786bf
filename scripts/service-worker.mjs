// `npm run build` runs this after `next build` and before compression: out/sw.js precaches the site.
import { writeServiceWorker } from './lib/service-worker.mjs';

const started = Date.now();
const dir = process.argv[2] ?? 'out';
const { count, size } = await writeServiceWorker(dir);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `Service worker: ${dir}/sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) in ${seconds} s`,
);
