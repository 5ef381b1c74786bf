import { longDate } from '@/lib/long-date';
import { site } from '@/lib/site';

/** When the page last changed (from git, at build time) and, with REPO_URL set, where to suggest a change. */
export function PageHistory({ lastModified, path }: { lastModified?: Date; path: string }) {
  if (!lastModified && !site.repoUrl) return null;
  return (
    <p className="page-history text-sm text-fd-muted-foreground">
      {lastModified ? (
        <>
          Last changed <time dateTime={lastModified.toISOString()}>{longDate(lastModified)}</time>.{' '}
        </>
      ) : null}
      {site.repoUrl ? (
        <a className="underline underline-offset-4" href={`${site.repoUrl}/blob/main/content/docs/${path}`}>
          Suggest a change
        </a>
      ) : null}
    </p>
  );
}
