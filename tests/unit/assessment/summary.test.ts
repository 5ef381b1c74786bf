import { describe, expect, it } from 'vitest';
import { neutralise, summaryMarkdown } from '@/lib/assessment/summary';
import { computeVerdict } from '@/lib/assessment/verdict';
import { readiness } from '@/lib/readiness/data';
import { readyRecord, sampleRecord } from '../../../scripts/lib/assessment-fixtures.mjs';

describe('neutralise', () => {
  it.each([
    ['@channel please look', '@\u200bchannel please look'],
    ['<!here> urgent', '‹\\!here\\> urgent'],
    ['see https://evil.example/x', 'see https:\u200b//evil.\u200bexample/x'],
    ['[click](javascript:alert(1))', '\\[click\\]\\(javascript:alert\\(1\\)\\)'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['# heading', '\\# heading'],
    ['line one\nline two', 'line one line two'],
    ['Sam\u202eevil\u200b', 'Samevil'],
    ['www.example.com', 'www\u200b.\u200bexample.\u200bcom'],
  ])('%j becomes inert', (input, output) => {
    expect(neutralise(input)).toBe(output);
  });
});

describe('the Markdown summary', () => {
  it('gives the Associate, the verdict, the four criteria and what is not yet consistent', () => {
    const record = sampleRecord({ name: 'Sam @channel' });
    const md = summaryMarkdown(record, computeVerdict(record, readiness), readiness);
    expect(md).toContain('**Phase 4 readiness: Sam @\u200bchannel**');
    expect(md).toContain('Not ready yet: 2 criteria do not hold.');
    expect(md).toContain('- ✅ Indicators shown consistently: 16 of 19 shown consistently');
    expect(md).toContain('- ❌ Customer satisfaction:');
    expect(md).toContain('Not yet shown consistently (3):');
    expect(md).not.toContain('Independent calls since');
  });

  it('adds the safety period once going live is recorded', () => {
    const record = readyRecord({ goLiveOn: '2026-11-25' });
    record.safety.reviews.push({ date: '2026-11-27', note: '' });
    const md = summaryMarkdown(record, computeVerdict(record, readiness), readiness);
    expect(md).toContain('Ready for Phase 4: all four criteria hold.');
    expect(md).toContain('Independent calls since 25 Nov 2026. 1 of 3-4 reviewed.');
  });

  it('neutralises what the Lead typed in the criteria, such as who confirmed the score', () => {
    const record = readyRecord();
    record.satisfaction = { score: 9, date: '2026-11-20', confirmedBy: '<!channel> [x](http://a.b)' };
    const md = summaryMarkdown(record, computeVerdict(record, readiness), readiness);
    expect(md).not.toMatch(/<!channel>|\]\(http/);
  });
});
