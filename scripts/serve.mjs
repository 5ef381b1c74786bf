// `npm run preview`: serves out/ as a static host would (sirv, the Brotli and gzip files `npm run build` wrote), at http://localhost:3000.
import { startServer } from './lib/serve.mjs';

const port = Number(process.env.PORT ?? 3000);
const { url } = await startServer({ port });
console.log(`Serving out/ at ${url} (Brotli, or gzip for clients without it). Ctrl+C to stop.`);
