import { PROPOSAL_EXPORT } from './remark-proposal';
import type { ProposalScan, ProposedChange } from './scan';

/** The part of a loaded page this module reads: its address, title and compiled exports. */
export interface PageLike {
  url: string;
  data: { title?: string; _exports?: Record<string, unknown> };
}

export interface ListedChange extends ProposedChange {
  page: { url: string; title: string };
  /** The address of the marked passage itself. */
  href: string;
}

const empty: ProposalScan = { changes: [], unmarked: [], problems: [] };

/** What a page's compiled MDX says it proposes (every page has the export; see remark-proposal). */
export function pageProposal(page: PageLike): ProposalScan {
  const value = page.data._exports?.[PROPOSAL_EXPORT] as ProposalScan | undefined;
  return value && Array.isArray(value.changes) ? value : empty;
}

/** Every marked change across the handbook, in the order of the given pages, then of each page. */
export function listProposedChanges(pages: PageLike[]): ListedChange[] {
  return pages.flatMap((page) =>
    pageProposal(page).changes.map((change) => ({
      ...change,
      page: { url: page.url, title: page.data.title ?? page.url },
      href: `${page.url}#${change.id}`,
    })),
  );
}
