import { evidenceNotesHeading } from '@/lib/assessment/messages-on-demand';
import { noteCount, notesByIndicator } from '@/lib/assessment/notes';
import type { Call } from '@/lib/assessment/record';
import { formatDate } from '@/lib/sentences';

const markWords = { met: 'met', 'not-met': 'not met', 'not-observed': 'not observed' } as const;

/** Every evidence note, under its indicator and call: on paper, where the grid's markers cannot be tapped. */
export function EvidenceNotes({
  calls,
  groups,
}: {
  calls: readonly Call[];
  groups: readonly { indicators: readonly { id: string; title: string }[] }[];
}) {
  const notes = notesByIndicator(calls, groups);
  if (!notes.length) return null;
  const count = noteCount(notes);
  return (
    <section className="as-print-only as-notes-print text-sm" data-evidence-notes="">
      <h3 className="text-base font-semibold">{evidenceNotesHeading(count)}</h3>
      <dl>
        {notes.map((indicator) => (
          <div key={indicator.id}>
            <dt className="mt-2 font-medium">{indicator.title}</dt>
            {indicator.notes.map((n) => (
              <dd key={n.callId} className="ms-4">
                {formatDate(n.date)}
                {n.label ? ` (${n.label})` : ''}, {markWords[n.mark]}: {n.text}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
