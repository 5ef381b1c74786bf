// Assessment records for the browser tests and the bench, built from the real data file, in the
// format the assessment page stores (see lib/assessment/storage.ts).
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../../content/data/readiness.json', import.meta.url), 'utf8'));
export const indicatorIds = data.groups.flatMap((g) => g.indicators.map((i) => i.id));
export const indicatorTitles = data.groups.flatMap((g) => g.indicators.map((i) => i.title));
export const rubricVersion = data.version;
export const STORAGE_KEY = 'sop-handbook:readiness-assessments';

/**
 * A record with `attended` calls (the first `met` indicators met, the rest not met, 4 days apart
 * from 2 Nov 2026), then `independent` absent calls watched by recording and judged strong.
 */
export function sampleRecord({
  id = 'rec-sam',
  name = 'Sam',
  attended = 4,
  met = 16,
  independent = 2,
  satisfaction,
  requestedOn,
  goLiveOn,
} = {}) {
  const day = (n) => `2026-11-${String(2 + n).padStart(2, '0')}`;
  const calls = [];
  for (let i = 0; i < attended; i++) {
    const marks = Object.fromEntries(indicatorIds.map((id, j) => [id, j < met ? 'met' : 'not-met']));
    calls.push({ id: `${id}-call-${i}`, date: day(i * 3), lead: 'attended', marks, notes: {} });
  }
  for (let i = 0; i < independent; i++) {
    calls.push({
      id: `${id}-solo-${i}`,
      date: day(attended * 3 + i),
      lead: 'absent',
      observed: 'recording',
      strong: true,
      marks: {},
      notes: {},
    });
  }
  return {
    kind: 'readiness-assessment',
    version: 1,
    rubricVersion,
    id,
    associate: name,
    calls,
    ...(satisfaction === undefined ? {} : { satisfaction: { score: satisfaction, date: '2026-11-20' } }),
    ...(requestedOn ? { requestedOn } : {}),
    ...(goLiveOn ? { goLiveOn } : {}),
    safety: { reviews: [], checkIns: [], escalations: [] },
  };
}

/** A record for which all four criteria hold. */
export const readyRecord = (extra = {}) => sampleRecord({ satisfaction: 9, requestedOn: '2026-11-01', ...extra });

/** The stored text for some records. */
export function storedRecords(records) {
  return JSON.stringify({ v: 1, savedAt: '2026-11-24T00:00:00.000Z', records });
}
