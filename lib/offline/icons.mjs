// The installed handbook's icons: PNGs drawn from app/icon.svg by scripts/icons.mjs (committed, so the
// build needs no browser), listed in the web app manifest (app/manifest.ts).

/** @typedef {{ file: string, size: number, purpose: 'any' | 'maskable', fullBleed: boolean }} AppIcon */

/** @type {AppIcon[]} */
export const appIcons = [
  // The icon as the tab shows it, rounded corners and all.
  { file: 'public/icons/icon-192.png', size: 192, purpose: 'any', fullBleed: false },
  { file: 'public/icons/icon-512.png', size: 512, purpose: 'any', fullBleed: false },
  // Android crops a maskable icon to its own shape (circle, squircle), so it fills the square; the
  // letters already sit inside the central circle every mask keeps.
  { file: 'public/icons/icon-maskable-512.png', size: 512, purpose: 'maskable', fullBleed: true },
  // iOS rounds the corners itself and fills anything transparent with black.
  { file: 'app/apple-icon.png', size: 180, purpose: 'any', fullBleed: true },
];

/** The address a file in public/ is served at. */
export const iconUrl = (/** @type {string} */ file) => file.replace(/^public/, '');
