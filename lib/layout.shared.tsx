import type { BaseLayoutProps } from 'fumadocs-ui/layouts/shared';
import { site } from './site';

export function baseOptions(): BaseLayoutProps {
  return {
    nav: {
      title: (
        <>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="22" height="22">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M9 22V10h3v9.5h7V22zm12.5 0v-7h2.5v7z" fill="var(--color-fd-background)" />
          </svg>
          <span className="font-semibold">{site.name}</span>
        </>
      ),
    },
  };
}
