/**
 * The reader's colour theme. The choice is kept under the same localStorage key and values that
 * next-themes used ('light' | 'dark' | 'system'), so a choice made before this shell still holds.
 */
export const THEME_KEY = 'theme';

export type ThemeChoice = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

/** What a stored choice means on this device: an unknown or missing value follows the system. */
export function resolveTheme(stored: string | null, systemPrefersDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return systemPrefersDark ? 'dark' : 'light';
}

/**
 * Runs in <head> before the body is parsed, so the first paint already has the reader's theme
 * (no flash of light before dark). Kept tiny and dependency-free: it is inlined into every page.
 * The class names are the ones fumadocs-ui's stylesheet keys its dark palette on.
 */
export const themeScript = `(function(){try{var s=null;try{s=localStorage.getItem('${THEME_KEY}')}catch(e){}var d=s==='dark'||(s!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches),t=d?'dark':'light',r=document.documentElement;r.classList.remove('light','dark');r.classList.add(t);r.style.colorScheme=t}catch(e){}})()`;
