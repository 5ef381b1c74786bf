// `node scripts/icons.mjs`: draws the PNG icons the web app manifest and iOS need from app/icon.svg,
// in the Chromium the browser tests use. The PNGs are committed; run this again after changing the icon.
import { readFileSync, writeFileSync } from 'node:fs';
import { appIcons } from '../lib/offline/icons.mjs';
import { launchBrowser } from './lib/browser.mjs';

const svg = readFileSync('app/icon.svg', 'utf8');
// Full-bleed: the square without its rounded corners, for a platform that cuts its own shape.
const fullBleed = svg.replace(/ rx="[^"]*"/, '');
if (fullBleed === svg) throw new Error('app/icon.svg has no rounded rect (rx) to square off; update scripts/icons.mjs');

const browser = await launchBrowser();
try {
  for (const icon of appIcons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const source = icon.fullBleed ? fullBleed : svg;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${icon.size}px;height:${icon.size}px}</style>
       <img alt="" src="data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(icon.file, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`${icon.file} (${icon.size}×${icon.size}, ${icon.purpose})`);
  }
} finally {
  await browser.close();
}
