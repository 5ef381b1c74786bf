// `npm run build` runs this after `next build`: Brotli and gzip files beside each asset in out/.
import { compressDir } from './lib/compress.mjs';

const started = Date.now();
const { count } = await compressDir(process.argv[2] ?? 'out');
console.log(`Compressed ${count} files in out/ (Brotli and gzip) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
