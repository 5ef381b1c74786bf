import { describe, expect, it } from 'vitest';
import { callShareText, consistencyText, consistentTotalText } from '@/lib/assessment/messages';
import {
  discardCallText,
  evidenceNotesHeading,
  markCountText,
  recordNotFound,
  selfAttachedText,
  selfLinkCarriesText,
} from '@/lib/assessment/messages-on-demand';

const rule = { minObservedCalls: 2, minMetShare: 0.75 };

describe('the grid: the Consistent column says what holds or what is missing', () => {
  it.each([
    [{ observed: 0, met: 0, consistent: false }, 'not seen yet; 2 calls needed'],
    [{ observed: 1, met: 1, consistent: false }, 'seen on 1 of the 2 calls needed'],
    [{ observed: 1, met: 0, consistent: false }, 'seen on 1 of the 2 calls needed, met on 0'],
    [{ observed: 4, met: 3, consistent: true }, 'met on 3 of 4 calls'],
    [{ observed: 2, met: 2, consistent: true }, 'met on 2 of 2 calls'],
    [{ observed: 4, met: 2, consistent: false }, 'met on 2 of 4 calls; 3 needed'],
    [{ observed: 6, met: 4, consistent: false }, 'met on 4 of 6 calls; 5 needed'],
  ])('%j reads %j', (standing, text) => {
    expect(consistencyText(standing, rule)).toBe(text);
  });

  it('never says "no" beside a full count', () => {
    for (let observed = 0; observed <= 6; observed++) {
      for (let met = 0; met <= observed; met++) {
        const consistent = observed >= 2 && met * 4 >= observed * 3;
        const text = consistencyText({ observed, met, consistent }, rule);
        expect(text).not.toMatch(/\bno\b/);
        if (met === observed && observed >= 2) expect(text).toBe(`met on ${met} of ${observed} calls`);
      }
    }
  });

  it('needs one call when the rule asks for one, in the singular', () => {
    expect(consistencyText({ observed: 0, met: 0, consistent: false }, { ...rule, minObservedCalls: 1 })).toBe(
      'not seen yet; 1 call needed',
    );
  });
});

describe('the per-call row and the total', () => {
  it('names both counts of a call, so it cannot be read as another column', () => {
    expect(callShareText(12, 15)).toBe('12 met of 15 observed (80%)');
    expect(callShareText(2, 3)).toBe('2 met of 3 observed (66%)');
    expect(callShareText(0, 0)).toBe('none observed');
  });
  it('counts the indicators shown consistently', () => {
    expect(consistentTotalText(16, 19)).toBe('16 of 19 indicators');
    expect(consistentTotalText(0, 1)).toBe('0 of 1 indicator');
  });
});

describe('the call view', () => {
  it('gives the running count of marks', () => {
    expect(markCountText({ met: 12, notMet: 3, notObserved: 4 })).toBe('12 met · 3 not met · 4 not observed');
  });
  it('asks before discarding, differently for a new call and an edit', () => {
    expect(discardCallText(false)).toMatch(/^Discard this call\?/);
    expect(discardCallText(true)).toMatch(/stays as it was saved/);
  });
});

describe("the Associate's link", () => {
  it('says which indicator list it was made against and that it carries no name', () => {
    const text = selfLinkCarriesText(3);
    expect(text).toContain('version 3 of the indicator list');
    expect(text).toContain('no name');
  });
  it('confirms where it was attached and where to look', () => {
    expect(selfAttachedText('Sam')).toMatch(/^Attached to Sam's record\./);
    expect(selfAttachedText('Sam')).toContain("Associate's view");
    expect(selfAttachedText('')).toMatch(/^Attached to this Associate's record/);
  });
  it('heads the evidence notes with their number', () => {
    expect(evidenceNotesHeading(3)).toBe('Evidence notes (3)');
  });
});

describe('a record address this browser does not hold', () => {
  it('says so, and that nothing changed', () => {
    expect(recordNotFound.tone).toBe('warn');
    expect(recordNotFound.text).toMatch(/does not hold/);
    expect(recordNotFound.text).toMatch(/nothing was changed/);
  });
});
