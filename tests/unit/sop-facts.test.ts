import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Facts from the SOP that a reader would be hurt by getting wrong. Each is read from the MDX a page is
 * built from, so a wrong or missing fact fails here before it reaches the site.
 */
const mdx = (path: string) =>
  readFileSync(`content/docs/${path}.mdx`, 'utf8').replace(/\*\*/g, '').replace(/\s+/g, ' ');

/** The "Owner:" line at the top of a step page. */
function owner(path: string): string {
  const match = mdx(path).match(/Owner:\s*([^.]*)\./);
  return match?.[1].trim() ?? '';
}

describe('each step names the owner the SOP gives it', () => {
  it.each([
    ['sop/process/before-kickoff', 'the Design Manager and the Lead'],
    ['sop/process/onboarding', 'the Lead and the Associate'],
    ['sop/process/partnership-setup', 'the Lead'],
    ['sop/process/customer-kickoff', 'the Lead and the Associate; the Lead runs the meeting'],
    ['sop/process/delegation-and-planning', 'the Lead and the Associate'],
    ['sop/process/execution-and-feedback', 'the Lead and the Associate'],
    ['sop/process/customer-delivery', 'the Lead'],
    ['sop/process/meeting-cadence', 'the Head of Design, the Lead and the Associate'],
    ['sop/process/communication-standards', 'the designer, Lead or Associate, depending on the project phase'],
  ])('%s: %s', (path, expected) => {
    expect(owner(path)).toBe(expected);
  });

  it('the overview table gives each step its owner and timeline', () => {
    const overview = mdx('sop/process/index');
    for (const row of [
      '| Design Manager + Lead | not set |',
      '| Lead + Associate | 1-2 days |',
      '| Lead | 30 minutes |',
      '| Lead + Associate (the Lead runs the meeting) | not set |',
      '| Lead + Associate | 30-60 minutes, after the kickoff |',
      '| Lead + Associate | ongoing |',
      '| Lead (the Associate joins in as readiness grows) | by phase: months 1-2, 3-5, 6+ |',
    ]) {
      expect(overview).toContain(row);
    }
  });
});

describe('the customer compatibility matrix', () => {
  const model = mdx('sop/index');
  it.each([
    ['Early stage (0-to-1 products)', 'Not compatible'],
    ['Growth stage', 'Ideal'],
    ['Established product', 'Good'],
    ['Branding and marketing', 'Excellent'],
  ])('%s is rated %s', (type, fit) => {
    expect(model).toContain(`| ${type} | ${fit} |`);
  });
});

describe('the recordings rule', () => {
  it('the kickoff page says every recording, within 24 hours, not only missed ones', () => {
    const kickoff = mdx('sop/process/customer-kickoff');
    expect(kickoff).toMatch(/all customer meeting recordings within 24 hours/);
    expect(kickoff).not.toMatch(/if the associate misses/i);
  });

  it.each(['sop/roles/associate', 'sop/growth-framework'])('%s carries it', (path) => {
    expect(mdx(path)).toMatch(/(watch|watches|watching) (all|every)( customer)? meeting recordings?/i);
  });
});

describe('the 3-Touch System', () => {
  const step4 = mdx('sop/process/delegation-and-planning');
  it('has the three touches in order', () => {
    const at = ['Touch 1: Brief', 'Touch 2: Review', 'Touch 3: Approval'].map((t) => step4.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('has the four review checkpoints in order', () => {
    const at = ['| Before starting |', '| 50% |', '| 90% |', '| 100% |'].map((t) => step4.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('a brief carries all five parts', () => {
    for (const part of ['Goal', 'Constraints', 'First deliverable', 'Internal due date', 'External deadline']) {
      expect(step4).toContain(`${part}:`);
    }
  });
});

describe('update days and rhythms', () => {
  it('customer updates go out on Monday and Thursday', () => {
    expect(mdx('sop/process/communication-standards')).toContain('twice a week: Monday and Thursday');
  });

  it('the daily status is due 5-6pm in the Associate’s own time zone, one per customer', () => {
    const guide = mdx('sop/playbooks/daily-status-associate');
    expect(guide).toContain('5-6pm in your own time zone, one per customer');
  });

  it('a weekly meeting is 1 × 45 or 2 × 30 minutes, and no meeting runs over 45 minutes', () => {
    expect(mdx('sop/process/meeting-cadence')).toContain('1 × 45 minutes or 2 × 30 minutes a week');
    expect(mdx('sop/management/success-metrics')).toContain('at most 45 minutes');
  });

  it('the handoff overlap is 2-3 weeks', () => {
    expect(mdx('sop/process/customer-delivery')).toContain('2-3 weeks of "double work"');
  });
});

describe('conflicts in the SOP are shown, not settled', () => {
  const open = mdx('sop/resources/open-questions');
  it.each([
    'The Associate at the kickoff',
    'Post-meeting questions',
    'What Slack is for',
    'Structured feedback',
    'Lead capacity',
    'Who holds the expectation meeting',
    'Time off',
    'Templates',
    'Dashboards',
    'The satisfaction criterion above 8/10',
  ])('%s is listed as an open question', (topic) => {
    expect(open).toContain(`| ${topic} |`);
  });

  it('no page states one reading of the 8/10 criterion as fact', () => {
    for (const path of ['sop/growth-framework', 'sop/process/customer-delivery']) {
      expect(mdx(path)).not.toMatch(/Phase 2 to Phase 3[^.]*8\/10/);
      expect(mdx(path)).toMatch(/Open question/);
    }
  });
});
