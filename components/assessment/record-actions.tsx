'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { unloadableText } from '@/lib/assessment/messages';
import { type AssessmentRecord, today } from '@/lib/assessment/record';
import type { Verdict } from '@/lib/assessment/verdict';
import { loadRecordFile, loadSummary, prefetch } from './load-on-demand';
import { DeviceLinkOffer } from './travel/device-link-offer';
import type { AssessmentRubric } from './types';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Props {
  record: AssessmentRecord;
  verdict: Verdict;
  rubric: AssessmentRubric;
}

/** The ways a record leaves the browser: a file, a Markdown summary, paper. */
export function RecordActions({ record, verdict, rubric }: Props) {
  const uid = useId();
  const [summary, setSummary] = useState<{ text: string; copied: boolean } | null>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);

  const [failed, setFailed] = useState('');

  // Where the clipboard was blocked, the summary is selected once it is on screen, ready for Ctrl+C.
  useEffect(() => {
    if (summary && !summary.copied) {
      areaRef.current?.focus();
      areaRef.current?.select();
    }
  }, [summary]);

  async function download() {
    setFailed('');
    let file: Awaited<ReturnType<typeof loadRecordFile>>;
    try {
      file = await loadRecordFile();
    } catch {
      setFailed(capitalise(unloadableText('writes the file')));
      return;
    }
    const { exportRecord, RECORD_SCHEMA_PATH, recordFileName } = file;
    const text = exportRecord(record, `${window.location.origin}${RECORD_SCHEMA_PATH}`);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = recordFileName(record.associate, today());
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function copySummary() {
    setFailed('');
    let summaryMarkdown: Awaited<ReturnType<typeof loadSummary>>['summaryMarkdown'];
    try {
      ({ summaryMarkdown } = await loadSummary());
    } catch {
      setFailed(capitalise(unloadableText('writes the summary')));
      return;
    }
    const text = summaryMarkdown(record, verdict, rubric);
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // Blocked clipboard: the text is shown selected below, so it is never lost.
    }
    setSummary({ text, copied });
  }

  return (
    <div className="as-actions flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="rc-button"
          onClick={download}
          onPointerEnter={() => prefetch(loadRecordFile)}
          onFocus={() => prefetch(loadRecordFile)}
        >
          Export (.json)
        </button>
        <button
          type="button"
          className="rc-button"
          onClick={copySummary}
          onPointerEnter={() => prefetch(loadSummary)}
          onFocus={() => prefetch(loadSummary)}
        >
          Copy summary
        </button>
        <button type="button" className="rc-button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {failed ? <p role="alert">{failed}</p> : null}
      <DeviceLinkOffer record={record} />
      {summary ? (
        summary.copied ? (
          <p role="status">Summary copied as Markdown: paste it into Slack, an email or a doc.</p>
        ) : (
          <div className="flex flex-col gap-1">
            <p role="alert" id={`${uid}-why`}>
              This browser would not let the page copy. The summary is selected below: press Ctrl+C (or ⌘C) to copy it.
            </p>
            <label htmlFor={`${uid}-text`} className="font-medium">
              Summary (Markdown)
            </label>
            <textarea
              ref={areaRef}
              id={`${uid}-text`}
              className="as-input font-mono text-xs"
              rows={8}
              readOnly
              value={summary.text}
              aria-describedby={`${uid}-why`}
            />
          </div>
        )
      ) : null}
    </div>
  );
}
