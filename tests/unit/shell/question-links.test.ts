import { describe, expect, it } from 'vitest';
import { readiness } from '@/lib/readiness/data';
import { linkSentence, stillOpen } from '@/lib/readiness/questions';
import { parseReadiness } from '@/lib/readiness/schema';
import { source } from '@/lib/source';

const copy = () =>
  JSON.parse(JSON.stringify(readiness)) as Record<string, unknown> & { status: { openQuestions: unknown[] } };

describe('links on an open question', () => {
  it('read as one sentence with each link in place', () => {
    const parts = linkSentence([
      { text: 'the assessment', href: '/a' },
      { text: 'the blank sheet', href: '/b' },
    ]);
    expect(parts.map((p) => ('link' in p ? `[${p.link.text}](${p.link.href})` : p.text)).join('')).toBe(
      'See [the assessment](/a) and [the blank sheet](/b).',
    );
    expect(linkSentence([{ text: 'one', href: '/x' }]).filter((p) => 'link' in p)).toHaveLength(1);
  });

  it.each(['javascript:alert(1)', '//elsewhere.example/x', 'https://elsewhere.example', 'docs/relative', '/a b'])(
    'reject %s: only addresses on this site',
    (href) => {
      const data = copy();
      data.status.openQuestions.push({ question: 'Q?', links: [{ text: 'here', href }] });
      expect(() => parseReadiness(data)).toThrow(/links\[0\]\.href: must be an address on this site/);
    },
  );

  it('the template question stays open, says a draft exists and links the assessment and the blank sheet', () => {
    const template = stillOpen(readiness.status).find((q) => /template Leads use/.test(q.question));
    expect(template?.question).toMatch(/draft now exists/);
    expect(template?.links?.map((l) => l.href)).toEqual([
      '/docs/sop/independent-leader/assessment',
      '/docs/sop/independent-leader/assessment/template',
    ]);
  });

  it('every link in the data file goes to a page that exists', () => {
    const pages = new Set(source.getPages().map((p) => p.url));
    const hrefs = readiness.status.openQuestions.flatMap((q) => q.links ?? []).map((l) => l.href.split('#')[0]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !pages.has(h))).toEqual([]);
  });
});
