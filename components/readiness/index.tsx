import { Callout } from 'fumadocs-ui/components/callout';
import { readiness } from '@/lib/readiness/data';
import { type FactName, fillText, readinessFacts } from '@/lib/readiness/facts';
import { ReadinessChecklistView } from './checklist';

const facts = readinessFacts(readiness);

/** The self-check, rendered from the validated data file. */
export function ReadinessChecklist() {
  const groups = readiness.groups.map((g) => ({
    ...g,
    indicators: g.indicators.map((i) => ({ ...i, description: fillText(i.description, facts) })),
  }));
  return <ReadinessChecklistView threshold={readiness.threshold} thresholdLabel={facts.threshold} groups={groups} />;
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
          <a href={`${href}#${g.id}`}>{g.title}</a> ({g.indicators.length}):{' '}
          {g.summary?.replace(/^Symptoms that show /, 'shows ')}
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
