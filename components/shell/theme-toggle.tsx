'use client';
import type { ReactNode } from 'react';
import { THEME_KEY, type Theme } from '@/lib/shell/theme';

function apply(theme: Theme) {
  const root = document.documentElement;
  root.classList.remove('light', 'dark');
  root.classList.add(theme);
  root.style.colorScheme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage blocked: the theme still changes for this page.
  }
}

/**
 * Switches between light and dark. Which icon is highlighted comes from the class on <html> (CSS),
 * so it is right at first paint, before this code has loaded. The icons are server-rendered children.
 */
export function ThemeToggle({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label="Toggle Theme"
      data-theme-toggle=""
      className={className}
      onClick={() => apply(document.documentElement.classList.contains('dark') ? 'light' : 'dark')}
    >
      {children}
    </button>
  );
}
