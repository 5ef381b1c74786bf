// Finds and launches Debian's Chromium for the browser tests, the bench and screenshots.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const chromiumHint =
  'Install Debian\'s Chromium with "apt-get install chromium" (as root), or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/** The Chromium to use, or throws with a message that says how to get one. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to ${fromEnv}, but no file is there, so the browser tests cannot run.\n${chromiumHint}`,
    );
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(`No Chromium found, so the browser tests cannot run.\n${chromiumHint}`);
}

/** Launches Chromium; Playwright gives it a fresh, temporary profile that is removed on close. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
}
