import { Island } from '@/components/islands/wrapper';
import { readiness } from '@/lib/readiness/data';
import { displayGroups, readinessFacts } from '@/lib/readiness/facts';
import { ASSESSMENT_ISLAND } from '@/lib/shell/islands.mjs';
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
    <Island
      name={ASSESSMENT_ISLAND}
      props={props}
      className="not-prose assessment-tool my-6"
      id="assessment-tool"
      dev={<AssessmentLazy {...props} />}
    />
  );
}
