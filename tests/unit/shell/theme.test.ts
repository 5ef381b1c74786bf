import { describe, expect, it } from 'vitest';
import { resolveTheme, themeScript } from '@/lib/shell/theme';

/** Runs the head script against a stand-in document, as a browser would before the first paint. */
function runScript(stored: string | null, prefersDark: boolean, storageThrows = false) {
  const classes = new Set<string>(['light']);
  const root = {
    classList: {
      add: (c: string) => classes.add(c),
      remove: (...cs: string[]) => {
        for (const c of cs) classes.delete(c);
      },
    },
    style: { colorScheme: '' },
  };
  const localStorage = {
    getItem: () => {
      if (storageThrows) throw new Error('blocked');
      return stored;
    },
  };
  const matchMedia = () => ({ matches: prefersDark });
  new Function('document', 'localStorage', 'matchMedia', themeScript)(
    { documentElement: root },
    localStorage,
    matchMedia,
  );
  return { classes: [...classes], scheme: root.style.colorScheme };
}

describe('the theme', () => {
  it('a stored choice wins; otherwise, or for "system", the device setting', () => {
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme(null, false)).toBe('light');
    expect(resolveTheme('purple', true)).toBe('dark');
  });

  it.each([
    ['dark', false, 'dark'],
    ['light', true, 'light'],
    [null, true, 'dark'],
    ['system', false, 'light'],
  ] as const)(
    'the head script: stored %s, system dark %s -> %s, one class and the colour scheme',
    (stored, dark, want) => {
      const { classes, scheme } = runScript(stored, dark);
      expect(classes).toEqual([want]);
      expect(scheme).toBe(want);
    },
  );

  it('with storage blocked, the head script follows the device and throws nothing', () => {
    expect(runScript(null, true, true)).toEqual({ classes: ['dark'], scheme: 'dark' });
  });
});
