'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { score } from '@/lib/readiness/scoring';
import { type Decoded, load, STORAGE_KEY, save } from '@/lib/readiness/storage';

export interface ChecklistIndicator {
  id: string;
  title: string;
  /** With its {tokens} already filled in. */
  description: string;
}

export interface ChecklistGroup {
  id: string;
  title: string;
  summary?: string;
  indicators: ChecklistIndicator[];
}

export interface ReadinessChecklistProps {
  threshold: number;
  /** Shown in the summary, e.g. "80%". */
  thresholdLabel: string;
  groups: ChecklistGroup[];
}

type Notice = { tone: 'warn' | 'info'; text: string };

function noticeFor(decoded: Decoded): Notice | null {
  if (decoded.kind === 'set-aside') {
    return {
      tone: 'warn',
      text: `The ticks saved in this browser could not be used because ${decoded.reason}. They were set aside, not deleted, and the checklist starts empty.`,
    };
  }
  if (decoded.kind === 'ok' && decoded.dropped.length > 0) {
    const n = decoded.dropped.length;
    return {
      tone: 'info',
      text: `${n} saved ${n === 1 ? 'tick was' : 'ticks were'} for ${n === 1 ? 'an indicator' : 'indicators'} no longer on this list and ${n === 1 ? 'was' : 'were'} removed. Your other ticks are kept.`,
    };
  }
  return null;
}

export function ReadinessChecklistView({ threshold, thresholdLabel, groups }: ReadinessChecklistProps) {
  const uid = useId();
  const [met, setMet] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the confirm row is replaced, so keyboard users never land on <body>.
  const focusNext = useRef<'reset' | 'first-box' | null>(null);
  const knownIds = useMemo(() => new Set(groups.flatMap((g) => g.indicators.map((i) => i.id))), [groups]);
  const result = useMemo(() => score({ threshold, groups }, met), [threshold, groups, met]);

  // Stored ticks are read after hydration, so the server HTML and the first render agree.
  useEffect(() => {
    const restore = () => {
      const decoded = load(window.localStorage, knownIds);
      setMet(new Set(decoded.met));
      setNotice(noticeFor(decoded));
    };
    restore();
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY) restore();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [knownIds]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (focusNext.current === 'reset') resetRef.current?.focus();
    else if (focusNext.current === 'first-box')
      rootRef.current?.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
    focusNext.current = null;
  }, [confirming]);

  function commit(next: Set<string>) {
    setMet(next);
    if (!save(window.localStorage, next)) {
      setNotice({
        tone: 'warn',
        text: 'This browser would not save your ticks (storage is full or turned off). They will be lost when you leave the page.',
      });
    }
  }

  function toggle(id: string, checked: boolean) {
    const next = new Set(met);
    if (checked) next.add(id);
    else next.delete(id);
    commit(next);
  }

  function reset() {
    commit(new Set());
    focusNext.current = 'first-box';
    setConfirming(false);
  }

  function cancelReset() {
    focusNext.current = 'reset';
    setConfirming(false);
  }

  const summaryText = result.ready
    ? `${result.met} of ${result.total} indicators met (${result.percent}%). The ${thresholdLabel} threshold is met.`
    : `${result.met} of ${result.total} indicators met (${result.percent}%). ${result.remaining} more needed to reach ${thresholdLabel} (${result.required} of ${result.total}).`;

  return (
    <div ref={rootRef} className="not-prose readiness-checklist my-6 flex flex-col gap-5">
      {notice ? (
        <div
          role="alert"
          className={`rc-notice rc-notice-${notice.tone} flex items-start justify-between gap-3 rounded-lg border p-3 text-sm`}
        >
          <p>{notice.text}</p>
          <button type="button" className="rc-button shrink-0" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      <noscript>
        <p className="rounded-lg border p-3 text-sm">
          Turn on JavaScript to count your ticks against the threshold and keep them between visits.
        </p>
      </noscript>
      {result.groups.map((groupScore, g) => {
        const group = groups[g];
        return (
          <fieldset key={group.id} id={group.id} className="rc-group rounded-xl border bg-fd-card p-4">
            <legend className="px-1 text-base font-semibold">{group.title}</legend>
            <p className="mb-3 flex flex-wrap justify-between gap-x-4 text-sm text-fd-muted-foreground">
              {group.summary ? <span>{group.summary}</span> : null}
              <span className="font-medium text-fd-foreground">
                {groupScore.met} of {groupScore.total}
              </span>
            </p>
            <ul className="flex flex-col gap-1">
              {group.indicators.map((indicator) => {
                const inputId = `${uid}-${indicator.id}`;
                return (
                  <li key={indicator.id} id={indicator.id} className="rc-item group relative flex gap-3 rounded-lg p-2">
                    <input
                      id={inputId}
                      type="checkbox"
                      className="rc-checkbox mt-0.5 size-5 shrink-0"
                      checked={met.has(indicator.id)}
                      onChange={(e) => toggle(indicator.id, e.currentTarget.checked)}
                      aria-describedby={`${inputId}-desc`}
                    />
                    <div className="min-w-0 flex-1">
                      <label htmlFor={inputId} className="font-medium leading-snug">
                        {indicator.title}
                      </label>
                      <p id={`${inputId}-desc`} className="text-sm text-fd-muted-foreground">
                        {indicator.description}
                      </p>
                    </div>
                    <a
                      href={`#${indicator.id}`}
                      className="rc-anchor shrink-0 self-start rounded px-1 text-sm text-fd-muted-foreground"
                      aria-label={`Link to “${indicator.title}”`}
                    >
                      #
                    </a>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      <div className="rc-summary sticky bottom-0 z-10 flex flex-col gap-2 rounded-xl border bg-fd-background p-3 shadow-lg sm:gap-3 sm:p-4">
        <p
          role="status"
          data-ready={result.ready ? 'true' : 'false'}
          className="rc-status text-sm font-medium sm:text-base"
        >
          {summaryText}
        </p>
        <progress
          className="rc-progress h-2 w-full"
          value={result.met}
          max={result.total}
          aria-label="Indicators met"
          aria-valuetext={`${result.met} of ${result.total}`}
        />
        {result.focusAreas.length > 0 && result.met > 0 ? (
          <p className="text-sm">
            <span className="font-medium">Focus areas: </span>
            {result.focusAreas.map((f) => `${f.title} (${f.met} of ${f.total})`).join('; ')}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {confirming ? (
            <>
              <span id={`${uid}-confirm`}>Clear all {result.met} ticks? This cannot be undone.</span>
              <button type="button" className="rc-button rc-danger" onClick={reset} aria-describedby={`${uid}-confirm`}>
                Yes, clear
              </button>
              <button ref={cancelRef} type="button" className="rc-button" onClick={cancelReset}>
                Cancel
              </button>
            </>
          ) : (
            <button
              ref={resetRef}
              type="button"
              className="rc-button"
              onClick={() => setConfirming(true)}
              disabled={result.met === 0}
            >
              Reset the self-check
            </button>
          )}
          <span className="text-xs text-fd-muted-foreground">Saved in this browser only.</span>
        </div>
      </div>
    </div>
  );
}
