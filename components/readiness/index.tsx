import { Callout } from 'fumadocs-ui/components/callout';
import { Island } from '@/components/islands/wrapper';
import { readiness } from '@/lib/readiness/data';
import { displayGroups, type FactName, readinessFacts } from '@/lib/readiness/facts';
import { reviewersText } from '@/lib/readiness/messages';
import { stillOpen } from '@/lib/readiness/questions';
import { STORAGE_KEY } from '@/lib/readiness/storage';
import { READINESS_ISLAND } from '@/lib/shell/islands.mjs';
import { site } from '@/lib/site';
import type { ReadinessChecklistProps } from './checklist';
import { ReadinessChecklistLazy } from './checklist-lazy';
import { QuestionText } from './question';

const facts = readinessFacts(readiness);

/** What the checklist needs from the validated data file: only plain, serialisable values. */
export function checklistProps(): ReadinessChecklistProps {
  return {
    threshold: readiness.threshold,
    thresholdLabel: facts.threshold,
    groups: displayGroups(readiness),
    rubricVersion: readiness.version,
    assessmentUrl: site.assessmentUrl,
  };
}

/** The self-check, rendered from the validated data file. */
export function ReadinessChecklist() {
  const props = checklistProps();
  return (
    <Island name={READINESS_ISLAND} props={props} storedKey={STORAGE_KEY} dev={<ReadinessChecklistLazy {...props} />} />
  );
}

/** A number quoted in prose, taken from the data file: <ReadinessFact name="threshold" /> → 80%. */
export function ReadinessFact({ name }: { name: FactName }) {
  const value = facts[name];
  if (value === undefined)
    throw new Error(`<ReadinessFact name="${name}"> names no fact; known: ${Object.keys(facts).join(', ')}`);
  return <>{value}</>;
}

/** The indicator groups at a glance, for pages that point to the self-check. */
export function ReadinessGroups({ href = site.readinessUrl }: { href?: string }) {
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

const proposalTitle = 'Proposal under Leadership review: not yet policy';

/**
 * Shown while the section is a proposal; set status.state to "adopted" in the data file to remove it.
 * Lists only the questions still open: decided ones move to the proposal page with their decisions.
 */
export function ProposalStatus({ compact = false }: { compact?: boolean }) {
  if (readiness.status.state !== 'proposal') return null;
  if (compact) {
    return (
      <Callout type="warn" title={proposalTitle}>
        <p>
          Phase 4 is proposed, not adopted. See its <a href={site.readinessUrl}>status and open questions</a>.
        </p>
      </Callout>
    );
  }
  const open = stillOpen(readiness.status);
  return (
    <Callout type="warn" title={proposalTitle}>
      <p>
        This section is a proposal. Until {reviewersText(readiness.status.reviewers)} adopt it, Leads keep attending
        customer calls as the current SOP says. <a href={site.proposalUrl}>What the proposal changes</a> lists every
        passage it adds to the SOP, and what has been decided.
      </p>
      {open.length ? (
        <>
          <p>Still to be decided:</p>
          <ul>
            {open.map((q) => (
              <li key={q.question}>
                <QuestionText question={q} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Callout>
  );
}
