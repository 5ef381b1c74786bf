import type { ReactNode } from 'react';

/**
 * Switches between light and dark: a plain button, which the page script (page-behaviour.ts) answers,
 * so it works on pages that load no framework code. Which icon is highlighted comes from the class on
 * <html> (CSS), right at first paint. The icons are its children.
 */
export function ThemeToggle({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <button type="button" aria-label="Toggle Theme" data-theme-toggle="" className={className}>
      {children}
    </button>
  );
}
