import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readers } from '@/lib/home-readers';
import { listProposedChanges, pageProposal } from '@/lib/proposal/changes';
import { remarkProposal } from '@/lib/proposal/remark-proposal';
import { MARKER, scanProposal } from '@/lib/proposal/scan';
import { readiness } from '@/lib/readiness/data';
import { site } from '@/lib/site';
import { source } from '@/lib/source';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx);
const scan = (mdx: string) => scanProposal(parse(mdx) as Parameters<typeof scanProposal>[0]);

const pages = source.getPages();
/** Pages that exist only for Phase 4: the whole page is the proposal, flagged by its own notice. */
const isProposalPage = (url: string) => url === site.readinessUrl || url.startsWith(`${site.readinessUrl}/`);
const existingPages = pages.filter((p) => !isProposalPage(p.url));

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return mdxFiles(full);
    return e.name.endsWith('.mdx') ? [full] : [];
  });
}

describe('the marker rule', () => {
  it('flags Phase 4 text outside a marker: its name, its numbers, a link into its pages', () => {
    const result = scan(`## Phases

Phase 1 to Phase 3 stay as they are.

Phase 4 lets the Associate run calls alone.

- at least <ReadinessFact name="threshold" /> of the indicators

See [the readiness page](/docs/sop/independent-leader#transition-criteria).

| Phase | Lead |
| --- | --- |
| **4. Independent Leader** | not required |
`);
    expect(result.unmarked.map((u) => u.line)).toEqual([5, 7, 9, 11]);
    expect(result.changes).toEqual([]);
  });

  it('accepts the same text inside a marker, and records its summary, anchor and section', () => {
    const result = scan(`## Presentation phases

<${MARKER} summary="Adds a fourth phase">

Phase 4 lets the Associate run calls alone, across <ReadinessFact name="assessedCalls" /> calls.

</${MARKER}>

<${MARKER} summary="Describes Phase 4" id="phase-four">

## Phase 4: Independent Leader

Independent calls need no Lead.

</${MARKER}>
`);
    expect(result.unmarked).toEqual([]);
    expect(result.changes).toEqual([
      { id: 'proposed-adds-a-fourth-phase', summary: 'Adds a fourth phase', section: { title: 'Presentation phases' } },
      { id: 'phase-four', summary: 'Describes Phase 4', section: { title: 'Phase 4: Independent Leader' } },
    ]);
  });

  it('does not count text that merely sits near a marker', () => {
    const result = scan(`<${MARKER} summary="Adds Phase 4">

Phase 4 text.

</${MARKER}>

Phase 3 text, and a [link elsewhere](/docs/sop/growth-framework).
`);
    expect(result.unmarked).toEqual([]);
  });

  it('stops the build for a marker with no summary or a repeated id', () => {
    const tree = parse(`<${MARKER}>

Phase 4.

</${MARKER}>

<${MARKER} summary="One" id="x">

a

</${MARKER}>

<${MARKER} summary="Two" id="x">

b

</${MARKER}>
`);
    const run = () =>
      remarkProposal()(tree as Parameters<ReturnType<typeof remarkProposal>>[0], {
        path: 'page.mdx',
        data: {},
      });
    expect(run).toThrow(/page\.mdx: <ProposedChange> at line 1 has no summary.*repeats the id "x"/);
  });
});

describe('every Phase 4 passage in the handbook is marked while it is a proposal', () => {
  it('the data file says the section is a proposal (else markers are not required)', () => {
    expect(readiness.status.state).toBe('proposal');
  });

  for (const page of existingPages) {
    it(`${page.url}: no unmarked Phase 4 passage`, () => {
      const { unmarked } = pageProposal(page);
      expect(unmarked, `wrap these in <${MARKER} summary="…">`).toEqual([]);
    });
  }

  it('the pages the proposal touches each carry at least one marker', () => {
    const touched = [
      '/docs',
      '/docs/sop/growth-framework',
      '/docs/sop/process/customer-delivery',
      '/docs/sop/process/meeting-cadence',
      '/docs/sop/roles/lead',
      '/docs/sop/roles/associate',
      '/docs/sop/management/risk-escalation',
      '/docs/sop/management/ooo-coverage',
    ];
    const marked = new Set(listProposedChanges(pages).map((c) => c.page.url));
    expect(touched.filter((url) => !marked.has(url))).toEqual([]);
  });

  it('home marks each of its links into Phase 4', () => {
    const links = readers.flatMap((r) => r.links as readonly { href: string; proposed?: boolean }[]);
    const intoPhase4 = links.filter((l) => isProposalPage(l.href.split('#')[0]));
    expect(intoPhase4.length).toBeGreaterThan(0);
    expect(intoPhase4.filter((l) => !l.proposed)).toEqual([]);
  });
});

describe('"What this proposal changes" is built from the markers', () => {
  const listed = listProposedChanges(pages);

  it('lists exactly the markers the content holds, one entry per marker', () => {
    const written = mdxFiles('content/docs').reduce(
      (n, file) => n + (readFileSync(file, 'utf8').match(new RegExp(`^<${MARKER}\\b`, 'gm'))?.length ?? 0),
      0,
    );
    expect(listed.length).toBe(written);
    expect(new Set(listed.map((c) => c.href)).size).toBe(listed.length);
  });

  it('gives each change a page, a summary and a link to its own anchor', () => {
    for (const change of listed) {
      expect(change.summary.length).toBeGreaterThan(10);
      expect(change.href).toBe(`${change.page.url}#${change.id}`);
      expect(change.id).toMatch(/^[a-z0-9-]+$/);
      expect(pages.some((p) => p.url === change.page.url)).toBe(true);
    }
  });
});
