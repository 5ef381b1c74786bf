import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readiness } from '@/lib/readiness/data';
import { readinessFacts } from '@/lib/readiness/facts';

const facts = readinessFacts(readiness);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );
}

/**
 * The prose that talks about Phase 4: the pages that exist for it, and every passage elsewhere marked
 * <ProposedChange> (tests/unit/proposal.test.ts makes sure no Phase 4 passage goes unmarked).
 */
function phase4Prose(path: string): string {
  const body = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---/, '');
  if (path.includes('/independent-leader/')) return body;
  return [...body.matchAll(/^<ProposedChange\b[^>]*>\n([\s\S]*?)^<\/ProposedChange>/gm)].map((m) => m[1]).join('\n');
}

describe('numbers about readiness come from content/data/readiness.json', () => {
  const typed = [
    facts.threshold,
    facts.satisfaction,
    `${facts.assessedCalls} calls`,
    `${facts.requiredCount} of ${facts.indicatorCount}`,
    `${facts.indicatorCount} indicators`,
    `first ${facts.reviewedRecordings}`,
    `${facts.observedCalls} fully independent`,
  ];
  const files = mdxFiles('content/docs').filter((f) => phase4Prose(f).trim().length > 0);

  it('the readiness page and the Phase 4 sections exist to check', () => {
    expect(files.map((f) => f.replace('content/docs/', '')).sort()).toEqual([
      'index.mdx',
      'sop/growth-framework.mdx',
      'sop/independent-leader/assessment/index.mdx',
      'sop/independent-leader/assessment/template.mdx',
      'sop/independent-leader/index.mdx',
      'sop/independent-leader/proposal.mdx',
      'sop/management/ooo-coverage.mdx',
      'sop/management/risk-escalation.mdx',
      'sop/process/customer-delivery.mdx',
      'sop/process/meeting-cadence.mdx',
      'sop/resources/open-questions.mdx',
      'sop/roles/associate.mdx',
      'sop/roles/lead.mdx',
    ]);
  });

  // Pages that state the rule must quote it; a passage that only points elsewhere need not.
  const pointsElsewhere = ['index.mdx', 'sop/resources/open-questions.mdx', 'sop/independent-leader/proposal.mdx'];
  const statesTheRule = files.filter((f) => !pointsElsewhere.includes(f.replace('content/docs/', '')));

  it.each(files)('%s never types a readiness number', (file) => {
    const prose = phase4Prose(file);
    expect(typed.filter((literal) => prose.includes(literal))).toEqual([]);
  });

  it.each(statesTheRule)('%s quotes the numbers through <ReadinessFact>', (file) => {
    expect(phase4Prose(file)).toContain('<ReadinessFact');
  });
});
