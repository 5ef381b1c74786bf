import { Callout } from 'fumadocs-ui/components/callout';
import { readiness } from '@/lib/readiness/data';
import { type FactName, fillText, readinessFacts } from '@/lib/readiness/facts';
import type { ReadinessChecklistProps } from './checklist';
import { ReadinessChecklistLazy } from './checklist-lazy';

const facts = readinessFacts(readiness);

/** What the checklist needs from the validated data file: only plain, serialisable values. */
export function checklistProps(): ReadinessChecklistProps {
  return {
    threshold: readiness.threshold,
    thresholdLabel: facts.threshold,
    groups: readiness.groups.map((g) => ({
      id: g.id,
      title: g.title,
      summary: g.summary,
      indicators: g.indicators.map((i) => ({ id: i.id, title: i.title, description: fillText(i.description, facts) })),
    })),
  };
}

/** The self-check, rendered from the validated data file. */
export function ReadinessChecklist() {
  return <ReadinessChecklistLazy {...checklistProps()} />;
}

/** A number quoted in prose, taken from the data file: <ReadinessFact name="threshold" /> → 80%. */
export function ReadinessFact({ name }: { name: FactName }) {
  const value = facts[name];
  if (value === undefined)
    throw new Error(`<ReadinessFact name="${name}"> names no fact; known: ${Object.keys(facts).join(', ')}`);
  return <>{value}</>;
}

/** The indicator groups at a glance, for pages that point to the self-check. */
export function ReadinessGroups({ href = '/docs/sop/independent-leader' }: { href?: string }) {
  return (
    <ul>
      {readiness.groups.map((g) => (
        <li key={g.id}>
          <a href={`${href}#${g.id}`}>{g.title}</a> ({g.indicators.length} indicators)
          {g.summary ? `: ${g.summary}` : null}
        </li>
      ))}
    </ul>
  );
}

/** Shown while the section is a proposal; set status.state to "adopted" in the data file to remove it. */
export function ProposalStatus({ compact = false }: { compact?: boolean }) {
  if (readiness.status.state !== 'proposal') return null;
  const { reviewers, openQuestions } = readiness.status;
  if (compact) {
    return (
      <Callout type="warn" title="Proposal under Leadership review: not yet policy">
        <p>
          Phase 4 is proposed, not adopted. See its <a href="/docs/sop/independent-leader">status and open questions</a>
          .
        </p>
      </Callout>
    );
  }
  return (
    <Callout type="warn" title="Proposal under Leadership review: not yet policy">
      <p>
        This section is a proposal. Until{' '}
        {reviewers.length ? reviewers.join(', ').replace(/, ([^,]*)$/, ' and $1') : 'Leadership'} adopt it, Leads keep
        attending customer calls as the current SOP says.
      </p>
      {openQuestions.length ? (
        <>
          <p>Still to be decided:</p>
          <ul>
            {openQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Callout>
  );
}
