'use client';
import dynamic from 'next/dynamic';

/**
 * The tool reads browser storage and the URL fragment, so it renders in the browser only, and its
 * code (with its validator) loads only on the assessment page.
 */
export const AssessmentLazy = dynamic(() => import('./app').then((m) => m.AssessmentApp), {
  ssr: false,
  loading: () => (
    <p className="text-sm text-fd-muted-foreground" data-assessment-loading="">
      Loading the assessment tool…
    </p>
  ),
});
