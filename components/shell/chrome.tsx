import { Moon, Search, Sun } from 'lucide-react';
import { site } from '@/lib/site';
import { cx } from './styles';
import { ThemeToggle } from './theme-toggle';

/** The handbook's mark and name, linking home. */
export function SiteTitle({ className }: { className?: string }) {
  return (
    <a href="/" className={className}>
      <svg aria-hidden="true" viewBox="0 0 32 32" width="22" height="22">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path d="M9 22V10h3v9.5h7V22zm12.5 0v-7h2.5v7z" fill="var(--color-fd-background)" />
      </svg>
      <span className="font-semibold">{site.name}</span>
    </a>
  );
}

/** A link past the navigation, the first thing a keyboard reaches. */
export function SkipLink({ target }: { target: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:start-2 focus:z-50 focus:rounded-lg focus:border focus:bg-fd-background focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-fd-foreground focus:shadow-lg"
    >
      Skip to content
    </a>
  );
}

const themeIcon = 'size-6.5 p-1.5 text-fd-muted-foreground';

/**
 * Light / dark. The highlighted icon follows the class the head script put on <html>, so it is
 * right before any JavaScript runs.
 */
export function ThemeSwitch({ className }: { className?: string }) {
  return (
    <ThemeToggle className={cx('inline-flex items-center border overflow-hidden', className)}>
      <Sun
        aria-hidden="true"
        fill="currentColor"
        className={cx(themeIcon, '[.light_&]:bg-fd-accent [.light_&]:text-fd-accent-foreground')}
      />
      <Moon
        aria-hidden="true"
        fill="currentColor"
        className={cx(themeIcon, 'dark:bg-fd-accent dark:text-fd-accent-foreground')}
      />
    </ThemeToggle>
  );
}

/** The wide search field; search-host.tsx opens the dialog from it. */
export function SearchField({ className }: { className?: string }) {
  return (
    <button
      type="button"
      data-search-full=""
      className={cx(
        'inline-flex items-center gap-2 rounded-lg border bg-fd-secondary/50 p-1.5 ps-2 text-sm text-fd-muted-foreground transition-colors hover:bg-fd-accent hover:text-fd-accent-foreground',
        className,
      )}
    >
      <Search aria-hidden="true" className="size-4" />
      Search
      <span className="ms-auto inline-flex gap-0.5">
        <kbd className="rounded-md border bg-fd-background px-1.5">Ctrl</kbd>
        <kbd className="rounded-md border bg-fd-background px-1.5">K</kbd>
      </span>
    </button>
  );
}

/** The search icon button of narrow headers. */
export function SearchIconButton({ className }: { className?: string }) {
  return (
    <button type="button" data-search="" aria-label="Open Search" className={className}>
      <Search aria-hidden="true" />
    </button>
  );
}
