import { readiness } from '@/lib/readiness/data';
import { displayGroups, readinessFacts } from '@/lib/readiness/facts';
import { AssessmentLazy } from './lazy';
import type { AssessmentProps } from './types';

/** The Lead's assessment tool, fed from the validated data file. */
export function AssessmentTool() {
  const facts = readinessFacts(readiness);
  const props: AssessmentProps = {
    rubric: {
      version: readiness.version,
      threshold: readiness.threshold,
      transition: readiness.transition,
      safety: readiness.safety,
      groups: displayGroups(readiness).map(({ id, title, indicators }) => ({ id, title, indicators })),
    },
    facts: {
      threshold: facts.threshold,
      satisfaction: facts.satisfaction,
      reviewedRecordings: facts.reviewedRecordings,
    },
  };
  return (
    // data-island: the build keeps this page's framework code loading at once (scripts/lib/defer-runtime.mjs).
    <div className="not-prose assessment-tool my-6" id="assessment-tool" data-island="assessment">
      <noscript>
        <p className="rounded-lg border p-3 text-sm">
          The assessment tool runs in your browser and needs JavaScript, which is turned off. The guide below and its
          rule still apply: you can assess on paper with the blank assessment sheet.
        </p>
        {/* Without JavaScript the loading line below would never change, so it is hidden. */}
        <style>{'[data-assessment-loading]{display:none}'}</style>
      </noscript>
      <AssessmentLazy {...props} />
    </div>
  );
}
