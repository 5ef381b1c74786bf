'use client';
import dynamic from 'next/dynamic';
import { memo, useId } from 'react';
import { callShareText, consistencyText, consistentTotalText } from '@/lib/assessment/messages';
import { type AssessmentRecord, callsByDate, type Mark, markOf, noteOf } from '@/lib/assessment/record';
import type { Verdict } from '@/lib/assessment/verdict';
import { formatShortDate } from '@/lib/sentences';

// Only a record with evidence notes needs the markers.
const NoteMarker = dynamic(() => import('./note-marker').then((m) => m.NoteMarker), { loading: () => null });

import type { AssessmentRubric } from './types';

const symbols: Record<Mark, { symbol: string; text: string }> = {
  met: { symbol: '✓', text: 'met' },
  'not-met': { symbol: '✗', text: 'not met' },
  'not-observed': { symbol: '–', text: 'not observed' },
};

interface Props {
  record: AssessmentRecord;
  verdict: Verdict;
  rubric: AssessmentRubric;
}

/**
 * Indicators by calls, oldest call first: a real table, so a screen reader announces each cell with
 * its row and column ("Naturally initiates small talk, 12 Nov: met"). Marks are symbols with names,
 * never colour alone.
 */
export const CallsGrid = memo(function CallsGrid({ record, verdict, rubric }: Props) {
  const uid = useId();
  const calls = callsByDate(record.calls);
  const shares = new Map(verdict.calls.map((s) => [s.callId, s]));
  const withSelf = Boolean(record.self);
  const columns = calls.length + 2 + (withSelf ? 1 : 0);

  return (
    <section aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`} className="text-base font-semibold">
        Across calls
      </h3>
      <p className="mt-1 text-sm text-fd-muted-foreground" id={`${uid}-legend`}>
        <span aria-hidden="true">✓</span> met · <span aria-hidden="true">✗</span> not met ·{' '}
        <span aria-hidden="true">–</span> not observed
        {' · '}
        <span aria-hidden="true">✎</span> evidence note
        {withSelf ? ' · "differs" marks where you and the Associate see an indicator differently' : ''}. Only the{' '}
        {rubric.transition.assessedCalls.max} most recent calls with a mark count toward the verdict.
      </p>
      {calls.length === 0 ? (
        <p className="mt-2 text-sm">No calls yet. After your next call, press Add a call.</p>
      ) : (
        <section
          className="as-grid-wrap mt-3 rounded-lg border"
          aria-label="Indicators by call (scrolls in both directions)"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
        >
          <table className="as-grid w-full text-sm" aria-describedby={`${uid}-legend`}>
            <caption className="sr-only">
              Indicators by call for {record.associate || 'this Associate'}, oldest call first
            </caption>
            <thead>
              <tr>
                <th scope="col" className="as-sticky as-corner">
                  Indicator
                </th>
                <th scope="col">Consistent</th>
                {withSelf ? <th scope="col">Associate's view</th> : null}
                {calls.map((c) => (
                  <th key={c.id} scope="col" data-in-window={shares.get(c.id)?.inWindow ? 'true' : 'false'}>
                    {formatShortDate(c.date)}
                    {c.label ? <span className="block font-normal">{c.label}</span> : null}
                    {c.lead === 'absent' ? <span className="block font-normal">Lead absent</span> : null}
                    {shares.get(c.id)?.inWindow === false && (shares.get(c.id)?.observed ?? 0) > 0 ? (
                      <span className="block font-normal">not counted</span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            {rubric.groups.map((group) => (
              <tbody key={group.id}>
                <tr>
                  <th scope="rowgroup" colSpan={columns} className="as-group">
                    <span>{group.title}</span>
                  </th>
                </tr>
                {group.indicators.map((indicator) => {
                  const standing = verdict.indicators.get(indicator.id);
                  return (
                    <tr key={indicator.id} data-consistent={standing?.consistent ? 'true' : 'false'}>
                      <th scope="row" className="as-sticky">
                        {indicator.title}
                      </th>
                      <td className="as-consistency">
                        {standing ? consistencyText(standing, rubric.transition.consistency) : ''}
                      </td>
                      {withSelf ? (
                        <td data-disagreement={standing?.disagreement ?? 'none'}>
                          {standing?.self ? 'ticked' : 'not ticked'}
                          {standing?.disagreement ? <strong className="as-differs"> · differs</strong> : null}
                        </td>
                      ) : null}
                      {calls.map((c) => {
                        const mark = markOf(c, indicator.id);
                        const note = noteOf(c, indicator.id);
                        return (
                          <td key={c.id} data-mark={mark} className="as-cell" data-note={note ? 'true' : undefined}>
                            <span aria-hidden="true">{symbols[mark].symbol}</span>
                            <span className="sr-only">{symbols[mark].text}</span>
                            {note ? (
                              <NoteMarker note={note} context={`${indicator.title}, ${formatShortDate(c.date)}`} />
                            ) : null}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            ))}
            <tfoot>
              <tr>
                <th scope="row" className="as-sticky">
                  Shown consistently
                </th>
                <td>{consistentTotalText(verdict.consistent, verdict.total)}</td>
                {withSelf ? <td /> : null}
                {calls.map((c) => (
                  <td key={c.id} />
                ))}
              </tr>
              <tr data-call-shares="">
                <th scope="row" className="as-sticky">
                  This call: met of observed
                </th>
                <td />
                {withSelf ? <td /> : null}
                {calls.map((c) => {
                  const s = shares.get(c.id);
                  return <td key={c.id}>{s ? callShareText(s.met, s.observed) : ''}</td>;
                })}
              </tr>
            </tfoot>
          </table>
        </section>
      )}
    </section>
  );
});
