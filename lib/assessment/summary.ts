import { formatDate } from '@/lib/sentences';
import { criterionTitle, verdictHeadline } from './messages';
import { evidenceNotesHeading } from './messages-on-demand';
import { noteCount, notesByIndicator } from './notes';
import type { AssessmentRecord } from './record';
import { type Rubric, safetyStatus, type Verdict } from './verdict';

/**
 * Text the Lead typed, made inert for Slack, email or a Markdown doc: it cannot become a link, a
 * mention (@channel, <!here>) or markup. A zero-width space breaks what chat apps would link or
 * ping; a backslash escapes Markdown.
 */
export function neutralise(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      // Controls, zero-width characters and direction overrides could reorder or hide what follows.
      .replace(/[\p{Cc}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, '')
      .trim()
      .replace(/[\\`*_{}[\]()#+!|~>]/g, '\\$&')
      .replace(/</g, '‹')
      .replace(/@/g, '@\u200b')
      .replace(/:\/\//g, ':\u200b//')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
      .replace(/\.(?=[a-z]{2,}\b)/gi, '.\u200b')
  );
}

const markWords = { met: 'met', 'not-met': 'not met', 'not-observed': 'not observed' } as const;

/** The record as Markdown, for a message to Leadership or a doc. */
export function summaryMarkdown(
  record: AssessmentRecord,
  verdict: Verdict,
  rubric: Rubric & { groups: Rubric['groups'] },
): string {
  const name = neutralise(record.associate) || 'Unnamed Associate';
  const missing = verdict.criteria.filter((c) => !c.met).length;
  const lines = [
    `**Phase 4 readiness: ${name}**`,
    '',
    verdictHeadline(verdict.ready, missing),
    '',
    ...verdict.criteria.map((c) => `- ${c.met ? '✅' : '❌'} ${criterionTitle(c.id)}: ${neutralise(c.text)}`),
  ];
  const notYet = rubric.groups.flatMap((g) =>
    g.indicators.filter((i) => !verdict.indicators.get(i.id)?.consistent).map((i) => i.title),
  );
  if (notYet.length) {
    lines.push('', `Not yet shown consistently (${notYet.length}):`, ...notYet.map((t) => `- ${neutralise(t)}`));
  }
  const notes = notesByIndicator(record.calls, rubric.groups);
  if (notes.length) {
    lines.push('', `${evidenceNotesHeading(noteCount(notes))}:`);
    for (const indicator of notes) {
      lines.push(`- ${neutralise(indicator.title)}`);
      for (const n of indicator.notes) {
        const call = `${formatDate(n.date)}${n.label ? ` (${neutralise(n.label)})` : ''}`;
        lines.push(`  - ${call}, ${markWords[n.mark]}: ${neutralise(n.text)}`);
      }
    }
  }
  if (record.goLiveOn) {
    const safety = safetyStatus(record, rubric);
    lines.push('', `Independent calls since ${formatDate(record.goLiveOn)}. ${safety.text}`);
    if (record.safety.escalations.length) lines.push(`Escalations logged: ${record.safety.escalations.length}.`);
  }
  lines.push('', `_${record.calls.length} calls recorded in the handbook's assessment tool._`);
  return lines.join('\n');
}
