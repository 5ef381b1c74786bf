import type { Rubric } from '@/lib/assessment/verdict';

/** What the assessment page needs from the validated data file: plain, serialisable values. */
export interface AssessmentRubric extends Rubric {
  groups: { id: string; title: string; indicators: { id: string; title: string; description: string }[] }[];
}

export interface AssessmentProps {
  rubric: AssessmentRubric;
  /** Numbers as the pages quote them, e.g. "80%", "above 8/10". */
  facts: { threshold: string; satisfaction: string; reviewedRecordings: string };
}
