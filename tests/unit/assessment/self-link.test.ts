import { describe, expect, it } from 'vitest';
import { decodeSelfLink, encodeSelfLink, SELF_LINK_MAX_CHARS } from '@/lib/assessment/self-link';

const rubric = { version: 1, ids: new Set(['initiates-small-talk', 'covers-next-steps', 'leads-meeting-flow']) };

describe('the self-check link', () => {
  it('round-trips the ticked ids and nothing else', () => {
    const fragment = encodeSelfLink(['leads-meeting-flow', 'initiates-small-talk'], 1);
    expect(fragment).toBe('self=1.1.initiates-small-talk,leads-meeting-flow');
    expect(decodeSelfLink(`#${fragment}`, rubric)).toEqual({
      kind: 'ok',
      met: ['initiates-small-talk', 'leads-meeting-flow'],
      unknown: [],
    });
  });

  it('carries an empty self-check', () => {
    expect(decodeSelfLink(encodeSelfLink([], 1), rubric)).toEqual({ kind: 'ok', met: [], unknown: [] });
  });

  it('ignores a fragment that is not a self-check link', () => {
    expect(decodeSelfLink('', rubric)).toEqual({ kind: 'none' });
    expect(decodeSelfLink('#the-readiness-indicators', rubric)).toEqual({ kind: 'none' });
  });

  it('lists unknown ids apart, and keeps the known ones', () => {
    expect(decodeSelfLink('#self=1.1.covers-next-steps,retired-one', rubric)).toEqual({
      kind: 'ok',
      met: ['covers-next-steps'],
      unknown: ['retired-one'],
    });
  });

  it.each([
    ['garbage', '#self=%%%'],
    ['truncated', '#self=1.1'],
    ['no ids part', '#self=1'],
    ['uppercase ids', '#self=1.1.Initiates-Small-Talk'],
    ['markup', '#self=1.1.<script>alert(1)</script>'],
    ['prototype keys', '#self=1.1.__proto__,constructor'],
    ['an empty id', '#self=1.1.covers-next-steps,,x'],
  ])('rejects %s as malformed', (_label, hash) => {
    expect(decodeSelfLink(hash, rubric)).toMatchObject({ kind: 'error', problem: 'malformed' });
  });

  it('rejects another link format and another rubric version, saying which', () => {
    expect(decodeSelfLink('#self=2.1.covers-next-steps', rubric)).toEqual({
      kind: 'error',
      problem: 'other-format',
      detail: '2',
    });
    expect(decodeSelfLink('#self=1.7.covers-next-steps', rubric)).toEqual({
      kind: 'error',
      problem: 'other-rubric',
      detail: '7',
    });
  });

  it('does not parse a huge fragment', () => {
    const huge = `#self=1.1.${'a,'.repeat(SELF_LINK_MAX_CHARS)}`;
    expect(decodeSelfLink(huge, rubric)).toEqual({ kind: 'error', problem: 'too-long' });
  });
});
