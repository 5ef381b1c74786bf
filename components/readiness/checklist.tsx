'use client';
import { memo, useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import { encodeSelfLink } from '@/lib/assessment/self-link';
import {
  focusAreasLine,
  requestSeparateText,
  resetConfirmText,
  selfCheckSummary,
  sendNextText,
  shareLinkText,
} from '@/lib/readiness/messages';
import { score } from '@/lib/readiness/scoring';
import { initialSelfCheck, selfCheckReducer } from '@/lib/readiness/self-check-state';
import { save, selfCheckStore } from '@/lib/readiness/storage';

// The validating reader (zod/mini) is its own chunk, fetched when the checklist mounts,
// so the checklist itself stays small and renders without waiting for it.
const reader = () => import('@/lib/readiness/storage-read');

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
  /** The indicator list's version, carried in the link to the Lead. */
  rubricVersion: number;
  /** The Lead's assessment page, which the link opens. */
  assessmentUrl: string;
}

interface RowProps {
  indicator: ChecklistIndicator;
  inputId: string;
  checked: boolean;
  onToggle: (id: string, checked: boolean) => void;
}

// Memoised so a toggle re-renders one row and the summary, not all nineteen rows.
const IndicatorRow = memo(function IndicatorRow({ indicator, inputId, checked, onToggle }: RowProps) {
  return (
    <li id={indicator.id} data-checked={checked} className="rc-item group relative flex gap-3 rounded-lg p-2">
      <input
        id={inputId}
        type="checkbox"
        className="rc-checkbox mt-0.5 size-5 shrink-0"
        checked={checked}
        onChange={(e) => onToggle(indicator.id, e.currentTarget.checked)}
        aria-describedby={`${inputId}-desc`}
      />
      <div className="min-w-0 flex-1">
        <label htmlFor={inputId} className="block font-medium leading-snug">
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
});

/**
 * `value` one painted frame late. A tick has to show its box and the summary in the frame that answers
 * it (the contract's "toggle to updated summary"); the group counts and focus areas follow in the next
 * frame, so that frame lays out less and the tick is answered sooner. Effects run after the browser
 * has painted (Preact runs them after the next animation frame), so this is that next frame.
 */
function usePaintedLater<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => setLater(value), [value]);
  return later;
}

export function ReadinessChecklistView({
  threshold,
  thresholdLabel,
  groups,
  rubricVersion,
  assessmentUrl,
}: ReadinessChecklistProps) {
  const uid = useId();
  const [state, dispatch] = useReducer(selfCheckReducer, initialSelfCheck);
  const { met, notice, restored, confirmingReset: confirming } = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the confirm row is replaced, so keyboard users never land on <body>.
  const focusNext = useRef<'reset' | 'first-box' | null>(null);
  const knownIds = useMemo(() => new Set(groups.flatMap((g) => g.indicators.map((i) => i.id))), [groups]);
  const result = useMemo(() => score({ threshold, groups }, met), [threshold, groups, met]);
  const settled = usePaintedLater(result);

  // Stored ticks are read after hydration, so the server HTML and the first render agree.
  useEffect(() => {
    let live = true;
    const restore = async () => {
      try {
        const { load } = await reader();
        if (live) dispatch({ type: 'loaded', decoded: load(window.localStorage, knownIds) });
      } catch {
        // The reader could not be fetched (offline, a new deploy): saving stays off until a reload.
        if (live) dispatch({ type: 'load-failed' });
      }
    };
    void restore();
    const onStorage = (e: StorageEvent) => {
      if (selfCheckStore.owns(e.key)) void restore();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [knownIds]);

  useEffect(() => {
    if (state.pendingSave) dispatch({ type: 'saved', ok: save(window.localStorage, state.met) });
  }, [state.pendingSave, state.met]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (focusNext.current === 'reset') resetRef.current?.focus();
    else if (focusNext.current === 'first-box')
      rootRef.current?.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
    focusNext.current = null;
  }, [confirming]);

  const toggle = useCallback((id: string, checked: boolean) => dispatch({ type: 'toggle', id, checked }), []);

  function reset() {
    focusNext.current = 'first-box';
    dispatch({ type: 'reset', ids: knownIds });
  }

  function cancelReset() {
    focusNext.current = 'reset';
    dispatch({ type: 'cancel-reset' });
  }

  const summaryText = selfCheckSummary(result, thresholdLabel);
  const [share, setShare] = useState<{ url: string; copied: boolean } | null>(null);
  const shareRef = useRef<HTMLInputElement>(null);
  const shareBoxRef = useRef<HTMLDivElement>(null);

  async function sendToLead() {
    const url = `${window.location.origin}${assessmentUrl}#${encodeSelfLink(met, rubricVersion)}`;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Clipboard blocked: the link is shown selected instead, so it is never lost.
    }
    setShare({ url, copied });
    requestAnimationFrame(() => {
      // The link and what happens next are below the sticky summary: bring them into view.
      shareBoxRef.current?.scrollIntoView({ block: 'nearest' });
      shareRef.current?.select();
    });
  }

  return (
    <div
      ref={rootRef}
      className="not-prose readiness-checklist my-6 flex flex-col gap-5"
      data-restored={restored ? 'true' : 'false'}
    >
      {notice ? (
        <div
          role="alert"
          className={`rc-notice rc-notice-${notice.tone} flex items-start justify-between gap-3 rounded-lg border p-3 text-sm`}
        >
          <p>{notice.text}</p>
          <button type="button" className="rc-button shrink-0" onClick={() => dispatch({ type: 'dismiss-notice' })}>
            Dismiss
          </button>
        </div>
      ) : null}
      <noscript>
        <p className="rounded-lg border p-3 text-sm">
          Turn on JavaScript to count your ticks against the threshold and keep them between visits.
        </p>
      </noscript>
      {settled.groups.map((groupScore, g) => {
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
              {group.indicators.map((indicator) => (
                <IndicatorRow
                  key={indicator.id}
                  indicator={indicator}
                  inputId={`${uid}-${indicator.id}`}
                  checked={met.has(indicator.id)}
                  onToggle={toggle}
                />
              ))}
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
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {confirming ? (
            <>
              <span id={`${uid}-confirm`}>{resetConfirmText(result.met)}</span>
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
              onClick={() => dispatch({ type: 'ask-reset' })}
              disabled={result.met === 0}
            >
              Reset the self-check
            </button>
          )}
          <button type="button" className="rc-button" onClick={sendToLead}>
            Send to your Lead
          </button>
        </div>
      </div>
      {/*
        Below the sticky summary, not in it: on a phone the summary stays within a quarter of the
        screen, and what is read once (focus areas, the link and what happens next) scrolls.
      */}
      <div className="rc-after flex flex-col gap-3 text-sm">
        {/* Always there, with room kept for its longest text (global.css): a line appearing on the
            first tick moved the rest of the page below it, and everything moved is repainted. */}
        <p className="rc-focus">
          <span className="font-medium">Focus areas: </span>
          {focusAreasLine(settled, thresholdLabel)}
        </p>
        <p className="text-xs text-fd-muted-foreground">Saved in this browser only.</p>
        {share ? (
          <div ref={shareBoxRef} className="rc-share-box flex flex-col gap-2 rounded-xl border p-3">
            <label htmlFor={`${uid}-share`}>{shareLinkText(share.copied)}</label>
            <input
              ref={shareRef}
              id={`${uid}-share`}
              className="rc-share w-full rounded border px-2 py-1 text-xs"
              readOnly
              value={share.url}
            />
            <h3 className="mt-1 font-semibold">What happens next</h3>
            <p data-share-next="">{sendNextText()}</p>
            <p data-share-request="">{requestSeparateText()}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
