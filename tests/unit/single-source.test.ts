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

/** The prose that talks about Phase 4: the whole readiness page, and each "Phase 4" section elsewhere. */
function phase4Prose(path: string): string {
  const body = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---/, '');
  if (path.includes('/independent-leader/')) return body;
  return [...body.matchAll(/^## [^\n]*Phase 4[^\n]*\n([\s\S]*?)(?=^## |$(?![\s\S]))/gm)].map((m) => m[1]).join('\n');
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
      'sop/growth-framework.mdx',
      'sop/independent-leader/assessment/index.mdx',
      'sop/independent-leader/assessment/template.mdx',
      'sop/independent-leader/index.mdx',
      'sop/management/ooo-coverage.mdx',
      'sop/management/risk-escalation.mdx',
      'sop/process/customer-delivery.mdx',
      'sop/process/meeting-cadence.mdx',
      'sop/roles/associate.mdx',
      'sop/roles/lead.mdx',
    ]);
  });

  it.each(files)('%s quotes them through <ReadinessFact>, never typed', (file) => {
    const prose = phase4Prose(file);
    expect(prose).toContain('<ReadinessFact');
    expect(typed.filter((literal) => prose.includes(literal))).toEqual([]);
  });
});
