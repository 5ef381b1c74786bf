import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';
import { appIcons, iconUrl } from './icons.mjs';

/** The page background in the light theme (Fumadocs' neutral --color-fd-background), for the splash screen. */
export const splashBackground = '#f5f5f5';
/** The browser bar in the light theme; the pages' theme-color meta (app/layout.tsx) switches it for dark. */
export const lightThemeColor = '#ffffff';

/**
 * The web app manifest (served at /manifest.webmanifest). It opens on the Lead's assessment: the
 * reason to put the handbook on a phone's Home Screen is to log a call right after it, often with no
 * network; every other page is one tap away in the navigation, and the shortcuts (a long press on
 * Android) open the self-check and the handbook's start.
 */
export function webManifest(): MetadataRoute.Manifest {
  return {
    // A stable identity, so moving start_url later does not make it a different app.
    id: '/',
    name: site.name,
    short_name: 'SOP Handbook',
    description: site.description,
    lang: 'en',
    dir: 'ltr',
    start_url: site.assessmentUrl,
    scope: '/',
    display: 'standalone',
    // A manifest holds one colour of each; light is the default theme. The dark theme's bar colour
    // comes from the theme-color meta with its media query, which browsers prefer over the manifest.
    theme_color: lightThemeColor,
    background_color: splashBackground,
    icons: appIcons
      .filter((icon) => icon.file.startsWith('public/'))
      .map((icon) => ({
        src: iconUrl(icon.file),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    shortcuts: [
      { name: 'Log a call (the Lead’s assessment)', short_name: 'Assessment', url: site.assessmentUrl },
      { name: 'Readiness self-check', short_name: 'Self-check', url: site.readinessUrl },
      { name: 'Start of the handbook', short_name: 'Handbook', url: site.docsRoute },
    ],
  };
}
