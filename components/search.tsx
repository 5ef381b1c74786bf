'use client';
import { type Framework, FrameworkProvider } from 'fumadocs-core/framework';
import { useDocsSearch } from 'fumadocs-core/search/client';
import { staticClient } from 'fumadocs-core/search/client/orama-static';
import {
  SearchDialog,
  SearchDialogClose,
  SearchDialogContent,
  SearchDialogHeader,
  SearchDialogIcon,
  SearchDialogInput,
  SearchDialogList,
  SearchDialogListItem,
  SearchDialogOverlay,
  type SharedProps,
} from 'fumadocs-ui/components/dialog/search';

// Reads the prebuilt index from /api/search (a static file in out/), so search needs no server.
const client = staticClient({});

// A result opens as a whole page, as every link in the handbook does: a page with a tool gets its
// HTML and bundle from the build (scripts/lib/islands.mjs), which Next's client-side navigation would
// skip. So the dialog's router is the browser's own.
const browserRouter = {
  push: (url: string) => window.location.assign(url),
  refresh: () => window.location.reload(),
};
const framework: Framework = {
  useRouter: () => browserRouter,
  usePathname: () => window.location.pathname,
  useParams: () => ({}),
  Link: ({ prefetch: _prefetch, ...props }) => <a {...props} />,
};

export default function StaticSearchDialog(props: SharedProps) {
  return (
    <FrameworkProvider {...framework}>
      <StaticSearch {...props} />
    </FrameworkProvider>
  );
}

function StaticSearch(props: SharedProps) {
  const { search, setSearch, query } = useDocsSearch({ client });
  const items = query.data !== 'empty' ? query.data : null;
  const hasResults = Boolean(items?.length);
  return (
    <SearchDialog search={search} onSearchChange={setSearch} isLoading={query.isLoading} {...props}>
      <SearchDialogOverlay />
      <SearchDialogContent>
        <SearchDialogHeader>
          <SearchDialogIcon />
          <SearchDialogInput aria-label="Search the handbook" />
          {/* The visible text is "ESC", so the accessible name must contain that word (WCAG 2.5.3). */}
          <SearchDialogClose aria-label="Press Esc to close search" />
        </SearchDialogHeader>
        {/* Results carry aria-selected for the arrow-key highlight, which only options in a listbox may have. */}
        <SearchDialogList
          role={hasResults ? 'listbox' : undefined}
          aria-label={hasResults ? 'Search results' : undefined}
          items={items}
          Item={({ item, onClick }) => <SearchDialogListItem item={item} onClick={onClick} role="option" />}
        />
      </SearchDialogContent>
    </SearchDialog>
  );
}
