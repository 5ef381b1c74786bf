/** Facts about the site itself, shared by metadata, layouts and tests. */
export const site = {
  name: 'Lead & Associate SOP',
  description:
    'The design agency handbook for Lead and Associate designers: the process, the growth framework, the roles, and when an Associate may run customer calls without a Lead.',
  // The canonical origin of the deployed handbook; set SITE_URL at build time for a real host.
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  docsRoute: '/docs',
  /** Where the handbook's source lives (REPO_URL at build time); pages link to their file there. */
  repoUrl: process.env.REPO_URL?.replace(/\/+$/, '') || undefined,
  /** The Lead-Optional Call Readiness page: the indicators, the criteria and the self-check. */
  readinessUrl: '/docs/sop/independent-leader',
  /** What the Phase 4 proposal changes in the SOP, and what Leadership has decided about it. */
  proposalUrl: '/docs/sop/independent-leader/proposal',
  /** The Lead's assessment across calls: the verdict and the safety period. */
  assessmentUrl: '/docs/sop/independent-leader/assessment',
} as const;
