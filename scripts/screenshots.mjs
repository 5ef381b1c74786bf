// Screenshots of pages in light and dark, desktop and 390 px, for a person to look at.
// Usage: node scripts/screenshots.mjs [path ...]   (serves out/; writes bench/screens/)
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { startServer } from './lib/serve.mjs';

const paths = process.argv.slice(2);
const targets = paths.length ? paths : ['/', '/docs/sop/growth-framework', '/docs/sop/process/customer-delivery'];
const outDir = 'bench/screens';
mkdirSync(outDir, { recursive: true });

const server = await startServer({ port: 0 });
const browser = await launchBrowser();
try {
  for (const path of targets) {
    for (const theme of ['light', 'dark']) {
      for (const [label, width] of [
        ['desktop', 1280],
        ['mobile', 390],
      ]) {
        const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const name = `${outDir}/${path.replaceAll('/', '_') || 'home'}-${label}-${theme}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
