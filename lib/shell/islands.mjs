// The tools that run on their own, without Next's runtime (scripts/lib/islands.mjs builds them).
// Shared by the server components that mark a tool's wrapper, the tools' entry files and the build.

export const READINESS_ISLAND = 'readiness-checklist';
export const ASSESSMENT_ISLAND = 'assessment';

/**
 * Each tool's entry file, and whether its HTML is drawn at build time and adopted in the browser
 * (`hydrate`), or drawn in the browser only (it reads storage and the address before it can show
 * anything).
 * @type {Record<string, { entry: string, hydrate: boolean }>}
 */
export const ISLANDS = {
  [READINESS_ISLAND]: { entry: 'components/islands/readiness.tsx', hydrate: true },
  [ASSESSMENT_ISLAND]: { entry: 'components/islands/assessment.tsx', hydrate: false },
};
