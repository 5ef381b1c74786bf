'use client';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { score } from '@/lib/readiness/scoring';
import { type Decoded, STORAGE_KEY, save } from '@/lib/readiness/storage';

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

export function ReadinessChecklistView({ threshold, thresholdLabel, groups }: ReadinessChecklistProps) {
  const uid = useId();
  const [met, setMet] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restored, setRestored] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the confirm row is replaced, so keyboard users never land on <body>.
  const focusNext = useRef<'reset' | 'first-box' | null>(null);
  const knownIds = useMemo(() => new Set(groups.flatMap((g) => g.indicators.map((i) => i.id))), [groups]);
  const result = useMemo(() => score({ threshold, groups }, met), [threshold, groups, met]);

  // Ticks made before the saved ones are read; applied on top of them so neither is lost.
  const early = useRef<Map<string, boolean> | null>(new Map());

  // Stored ticks are read after hydration, so the server HTML and the first render agree.
  useEffect(() => {
    let live = true;
    const restore = async () => {
      let decoded: Decoded;
      try {
        const { load } = await reader();
        decoded = load(window.localStorage, knownIds);
      } catch {
        if (!live) return;
        // The reader could not be fetched (offline, a new deploy). Saving now could overwrite ticks
        // that were never read, so saving stays off (early.current is kept) until a reload.
        setNotice({
          tone: 'warn',
          text: 'This page could not read the ticks saved in this browser, so they are left as they are. Reload the page to see them; ticks made now will not be saved.',
        });
        setRestored(true);
        return;
      }
      if (!live) return;
      const next = new Set(decoded.met);
      const changes = early.current;
      early.current = null;
      for (const [id, checked] of changes ?? []) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      setMet(next);
      if (changes?.size) save(window.localStorage, next);
      setNotice(noticeFor(decoded));
      setRestored(true);
    };
    void restore();
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY) void restore();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [knownIds]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (focusNext.current === 'reset') resetRef.current?.focus();
    else if (focusNext.current === 'first-box')
      rootRef.current?.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
    focusNext.current = null;
  }, [confirming]);

  // The latest ticks, so the handlers below can stay stable across renders.
  const metRef = useRef(met);
  metRef.current = met;

  const commit = useCallback((next: Set<string>) => {
    metRef.current = next;
    setMet(next);
    // Until the saved ticks are read, saving would overwrite them; restore() saves the merge instead.
    if (early.current) return;
    if (!save(window.localStorage, next)) {
      setNotice({
        tone: 'warn',
        text: 'This browser would not save your ticks (storage is full or turned off). They will be lost when you leave the page.',
      });
    }
  }, []);

  const toggle = useCallback(
    (id: string, checked: boolean) => {
      early.current?.set(id, checked);
      const next = new Set(metRef.current);
      if (checked) next.add(id);
      else next.delete(id);
      commit(next);
    },
    [commit],
  );

  function reset() {
    // Before the saved ticks are read, record the reset so the restore cannot bring them back.
    for (const id of knownIds) early.current?.set(id, false);
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
