// The tools that run on their own, without Next's runtime (scripts/lib/islands.mjs builds them).
// Shared by the server components that mark a tool's wrapper, the tools' entry files and the build.

export const READINESS_ISLAND = 'readiness-checklist';
export const ASSESSMENT_ISLAND = 'assessment';

/**
 * Each tool's entry file; whether its HTML is drawn at build time and adopted in the browser
 * (`hydrate`), or drawn in the browser only (it reads storage and the address before it can show
 * anything); and when it starts once the page has painted: at once (`load`), or when the reader
 * comes near it or touches it (`visible`). The self-check sits below the page's introduction and
 * its HTML already shows every indicator, so a phone pays for its code only when the reader gets
 * there. The assessment is the first thing on its page.
 * @type {Record<string, { entry: string, hydrate: boolean, start: 'load' | 'visible' }>}
 */
export const ISLANDS = {
  [READINESS_ISLAND]: { entry: 'components/islands/readiness.tsx', hydrate: true, start: 'visible' },
  [ASSESSMENT_ISLAND]: { entry: 'components/islands/assessment.tsx', hydrate: false, start: 'load' },
};
