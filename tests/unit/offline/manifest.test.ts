import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appIcons } from '@/lib/offline/icons.mjs';
import { updatedDismiss, updatedNotice } from '@/lib/offline/messages';
import { webManifest } from '@/lib/offline/web-manifest';
import { site } from '@/lib/site';
import { source } from '@/lib/source';

/** Width and height from a PNG file's header. */
function pngSize(path: string) {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pageUrls = new Set(source.getPages().map((p) => p.url));

describe('the web app manifest', () => {
  const manifest = webManifest();

  it('opens the Lead’s assessment in an app window, and its shortcuts open real pages', () => {
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe(site.assessmentUrl);
    expect(pageUrls.has(manifest.start_url as string)).toBe(true);
    for (const shortcut of manifest.shortcuts ?? []) expect(pageUrls.has(shortcut.url), shortcut.url).toBe(true);
    expect(manifest.id).toBe('/');
    expect(manifest.scope).toBe('/');
  });

  it('has a Home Screen name short enough not to be cut off', () => {
    expect(manifest.name).toBe(site.name);
    expect((manifest.short_name ?? '').length).toBeLessThanOrEqual(12);
  });

  it('uses the light theme’s colours (the pages’ theme-color meta covers dark)', () => {
    const css = readFileSync('node_modules/fumadocs-ui/css/lib/default-colors.css', 'utf8');
    // --color-fd-background: hsl(0, 0%, 96%) is #f5f5f5.
    expect(css).toMatch(/--color-fd-background: hsl\(0, 0%, 96%\)/);
    expect(manifest.background_color).toBe('#f5f5f5');
    const layout = readFileSync('app/layout.tsx', 'utf8');
    expect(layout).toContain(`media: '(prefers-color-scheme: light)', color: '${manifest.theme_color}'`);
  });

  it('lists 192 and 512 px icons and a maskable one, each a PNG of the size it declares', () => {
    const icons = manifest.icons ?? [];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const [width, height] = String(icon.sizes).split('x').map(Number);
      expect(pngSize(`public${icon.src}`), icon.src).toEqual({ width, height });
    }
  });

  it('has an apple-touch-icon of 180 px, with no transparent corner for iOS to fill with black', () => {
    const apple = appIcons.find((i) => i.file === 'app/apple-icon.png');
    expect(apple?.fullBleed).toBe(true);
    expect(pngSize('app/apple-icon.png')).toEqual({ width: 180, height: 180 });
    // Colour type 2 is RGB without alpha.
    expect(readFileSync('app/apple-icon.png')[25]).toBe(2);
  });
});

describe('the update notice', () => {
  it('says the handbook was updated, in a sentence, with a one-word button', () => {
    expect(updatedNotice).toMatch(/^The handbook was updated since your last visit\. .+\.$/);
    expect(updatedDismiss).toBe('Dismiss');
  });
});
