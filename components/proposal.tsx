import { flattenTree } from 'fumadocs-core/page-tree';
import type { ReactNode } from 'react';
import { longDate } from '@/lib/long-date';
import { listProposedChanges } from '@/lib/proposal/changes';
import { readiness } from '@/lib/readiness/data';
import { decided, stillOpen } from '@/lib/readiness/questions';
import { site } from '@/lib/site';
import { source } from '@/lib/source';
import { QuestionText } from './readiness/question';
import { Table } from './table';

const isProposal = readiness.status.state === 'proposal';

/**
 * A passage Phase 4 adds to or changes in an existing page. While the section is a proposal it is a
 * named region with a visible "Proposed: Phase 4" label and its one-line summary; once adopted, the
 * same text is ordinary SOP text. The id comes from the remark plugin (lib/proposal/remark-proposal).
 */
export function ProposedChange({ id, summary, children }: { id?: string; summary: string; children: ReactNode }) {
  if (!isProposal) return <>{children}</>;
  return (
    <section id={id} className="proposed-change" aria-label={`Proposed: Phase 4. ${summary}`}>
      <p className="proposed-change-label">
        <strong>Proposed: Phase 4.</strong> <span>{summary}</span> <a href={site.proposalUrl}>All proposed changes</a>
      </p>
      {children}
    </section>
  );
}

function pagesInSidebarOrder() {
  const order = new Map(flattenTree(source.getPageTree().children).map((item, i) => [item.url, i]));
  const rank = (url: string) => order.get(url) ?? Number.MAX_SAFE_INTEGER;
  return [...source.getPages()].sort((a, b) => rank(a.url) - rank(b.url));
}

const adoptedNote = <p>Phase 4 has been adopted: this text is now ordinary SOP text, with nothing marked.</p>;

/** The pages that exist only because of the proposal. */
export function ProposalNewPages() {
  if (!isProposal) return adoptedNote;
  const pages = pagesInSidebarOrder().filter(
    (p) => (p.url === site.readinessUrl || p.url.startsWith(`${site.readinessUrl}/`)) && p.url !== site.proposalUrl,
  );
  return (
    <ul>
      {pages.map((p) => (
        <li key={p.url}>
          <a href={p.url}>{p.data.title}</a>: {p.data.description}
        </li>
      ))}
    </ul>
  );
}

/** The marked changes, in sidebar order, built from the pages' own markers at build time. */
export function ProposalChanges() {
  if (!isProposal) return adoptedNote;
  const changes = listProposedChanges(pagesInSidebarOrder());
  return (
    <Table className="proposal-changes">
      <caption>
        {changes.length} passages in existing pages, each marked <strong>Proposed: Phase 4</strong> where it sits
      </caption>
      <thead>
        <tr>
          <th scope="col">Page</th>
          <th scope="col">Section</th>
          <th scope="col">What changes</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.href}>
            <td>
              <a href={c.page.url}>{c.page.title}</a>
            </td>
            <td>{c.section?.title ?? 'Top of the page'}</td>
            <td>
              <a href={c.href}>{c.summary}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** What Leadership has settled about the proposal, with the date of each decision. */
export function ProposalDecisions() {
  const settled = decided(readiness.status);
  if (settled.length === 0) return <p>Nothing has been decided yet. The open questions are listed above.</p>;
  return (
    <dl className="proposal-decisions">
      {settled.map((q) => (
        <div key={q.question}>
          <dt>
            <QuestionText question={q} />
          </dt>
          <dd>
            <strong>Decided {longDate(q.decision.date)}:</strong> {q.decision.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The questions Leadership has not settled yet. */
export function ProposalOpenQuestions() {
  const open = stillOpen(readiness.status);
  if (open.length === 0) return <p>Every question has been decided.</p>;
  return (
    <ul>
      {open.map((q) => (
        <li key={q.question}>
          <QuestionText question={q} />
        </li>
      ))}
    </ul>
  );
}
