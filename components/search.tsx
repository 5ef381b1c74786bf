'use client';
import { NextProvider } from 'fumadocs-core/framework/next';
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

// The shell has no app-wide provider (it would ship its code on every page), so the dialog brings
// the router context it needs for following a result with it.
export default function StaticSearchDialog(props: SharedProps) {
  return (
    <NextProvider>
      <StaticSearch {...props} />
    </NextProvider>
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
