'use client';
import dynamic from 'next/dynamic';
import { type DragEvent, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Applied } from '@/lib/assessment/incoming';
import { recordViewsFailed, storedRecordsUnreadable } from '@/lib/assessment/messages';
import { mayWriteRecordFragment, recordFragment, recordIdFromHash } from '@/lib/assessment/record-address';
import { mayBeSelfLink } from '@/lib/assessment/self-link-key';
import { assessmentReducer, initialAssessment } from '@/lib/assessment/state';
import { assessmentStore, hasStoredAssessments, noAssessments, saveAssessments } from '@/lib/assessment/store';
import { computeVerdict } from '@/lib/assessment/verdict';
import { ImportPanel } from './import-panel';
import { loadImport, loadRecordView, loadSelfLink, loadStoredReader, prefetch } from './load-on-demand';
import { NoticeBar } from './notice';
import { RecordsPanel } from './records-panel';
import { BackupPanel } from './travel/backup-panel';
import { LinkIntake } from './travel/link-intake';
import type { AssessmentProps } from './types';

// next/dynamic adds a Suspense boundary of its own only when given `loading`: without one, a part
// loading for the first time would hide the whole tool, and the focus with it, until its code arrived.
// Only a Lead who opens an Associate's self-check link needs this.
const SelfOffer = dynamic(() => import('./self-offer').then((m) => m.SelfOffer), { loading: () => null });
// A Lead who has no record yet (the first visit) does not need the record's views: the grid, the
// verdict and the call list load once there is a record to show. They are held in state rather than
// behind React.lazy: a lazy view suspending after a merge or the first record would hide the whole
// tool and hold back its effects (the save among them) until the code arrived.
type RecordViews = typeof import('./record-view');

/** The assessment page's one client root: state, storage and the URL fragment are wired here only. */
export function AssessmentApp({ rubric, facts }: AssessmentProps) {
  const [state, dispatch] = useReducer(assessmentReducer, initialAssessment);
  const ids = useMemo(() => new Set(rubric.groups.flatMap((g) => g.indicators.map((i) => i.id))), [rubric]);

  const [views, setViews] = useState<RecordViews | null>(null);
  const [viewsFailed, setViewsFailed] = useState(false);
  const needsViews = state.records.length > 0;
  useEffect(() => {
    if (needsViews && !views && !viewsFailed)
      loadRecordView().then(setViews, () => {
        setViewsFailed(true);
        dispatch({ type: 'show-notice', notice: recordViewsFailed });
      });
  }, [needsViews, views, viewsFailed]);

  const [readerFailed, setReaderFailed] = useState(false);
  useEffect(() => {
    let live = true;
    // A record's address (#record=<id>) wins; otherwise the record opened last here.
    const open = async () => {
      const addressed = recordIdFromHash(window.location.hash);
      // With nothing stored (a first visit), the reader and its validator are not needed at all.
      if (!hasStoredAssessments(window.localStorage)) {
        dispatch({ type: 'loaded', result: noAssessments() });
        if (addressed) showRecordNotFound();
        return;
      }
      let reader: Awaited<ReturnType<typeof loadStoredReader>>;
      try {
        reader = await loadStoredReader();
      } catch {
        // The reader could not be fetched (offline before the copy was kept, a new deploy): nothing is
        // read, so the tool stays closed rather than write an empty list over what is stored.
        if (live) setReaderFailed(true);
        return;
      }
      if (!live) return;
      const loaded = reader.storage.loadAssessments(window.localStorage);
      dispatch({ type: 'loaded', result: loaded });
      if (addressed && !loaded.records.some((r) => r.id === addressed)) showRecordNotFound();
      const preferred = [addressed, reader.lastRecord.loadLastRecord(window.localStorage)].find(
        (id) => id && loaded.records.some((r) => r.id === id),
      );
      if (preferred) dispatch({ type: 'select', id: preferred });
    };
    const showRecordNotFound = () =>
      import('@/lib/assessment/messages-on-demand')
        .then(({ recordNotFound }) => dispatch({ type: 'show-notice', notice: recordNotFound }))
        .catch(() => {});
    void open();
    const onStorage = (e: StorageEvent) => {
      if (assessmentStore.owns(e.key))
        loadStoredReader()
          .then((reader) => {
            if (live)
              dispatch({
                type: 'loaded',
                result: reader.storage.loadAssessments(window.localStorage),
                fromOtherTab: true,
              });
          })
          .catch(() => {});
    };
    const onHash = async () => {
      const addressed = recordIdFromHash(window.location.hash);
      if (addressed) {
        dispatch({ type: 'select', id: addressed });
        return;
      }
      if (!mayBeSelfLink(window.location.hash)) return;
      let decodeSelfLink: Awaited<ReturnType<typeof loadSelfLink>>['decodeSelfLink'];
      try {
        ({ decodeSelfLink } = await loadSelfLink());
      } catch {
        dispatch({ type: 'self-link-error', problem: 'unloadable' });
        return;
      }
      const link = decodeSelfLink(window.location.hash, { version: rubric.version, ids });
      if (link.kind === 'ok') dispatch({ type: 'self-link', met: link.met, unknown: link.unknown });
      if (link.kind === 'error') dispatch({ type: 'self-link-error', problem: link.problem });
      // Read once: a reload or a shared address should not offer it again.
      if (link.kind !== 'none') history.replaceState(null, '', window.location.pathname + window.location.search);
    };
    void onHash();
    window.addEventListener('storage', onStorage);
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('hashchange', onHash);
    };
  }, [rubric.version, ids]);

  useEffect(() => {
    if (state.pendingSave) {
      const { records, device, backup } = state;
      dispatch({ type: 'saved', ok: saveAssessments(window.localStorage, { records, device, backup }) });
    }
  }, [state]);

  // The open record is remembered here and named in the address, so a bookmark reopens it.
  useEffect(() => {
    if (!state.loaded || !state.selectedId) return;
    const id = state.selectedId;
    import('@/lib/assessment/last-record')
      .then(({ saveLastRecord }) => saveLastRecord(window.localStorage, id))
      .catch(() => {});
    if (mayWriteRecordFragment(window.location.hash)) {
      const hash = recordFragment(state.selectedId);
      if (window.location.hash !== hash)
        history.replaceState(null, '', window.location.pathname + window.location.search + hash);
    }
  }, [state.loaded, state.selectedId]);

  const verdicts = useMemo(
    () => new Map(state.records.map((r) => [r.id, computeVerdict(r, rubric)])),
    [state.records, rubric],
  );
  const selected = state.records.find((r) => r.id === state.selectedId) ?? null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirmation, setConfirmation] = useState('');
  const onSelect = useCallback((id: string) => {
    setConfirmation('');
    dispatch({ type: 'select', id });
  }, []);
  const onWarn = useCallback((text: string) => dispatch({ type: 'show-notice', notice: { tone: 'warn', text } }), []);
  const onApply = useCallback((result: Applied) => dispatch({ type: 'apply-incoming', result }), []);

  const [dropped, setDropped] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) setDropped(file);
  };

  // A stored record shows with the tool, not a moment after it: the first paint waits for its views.
  const first = useRef(true);
  if (readerFailed)
    return (
      <p role="alert" className="as-error text-sm">
        {storedRecordsUnreadable}
      </p>
    );
  if (!state.loaded || (first.current && needsViews && !views && !viewsFailed)) return null;
  first.current = false;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input in the import panel does the same by keyboard
    <div
      className="flex flex-col gap-6"
      data-assessment-ready="true"
      data-dragging={dragging ? 'true' : undefined}
      onDragOver={(e) => {
        if ([...e.dataTransfer.types].includes('Files')) {
          e.preventDefault();
          if (!dragging) prefetch(loadImport);
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      {state.notice ? <NoticeBar notice={state.notice} onDismiss={() => dispatch({ type: 'dismiss-notice' })} /> : null}
      {state.selfOffer ? (
        <SelfOffer
          offer={state.selfOffer}
          total={ids.size}
          records={state.records}
          rubricVersion={rubric.version}
          onAttach={(recordId, date, confirmation) => {
            dispatch({ type: 'attach-self', recordId, date });
            setConfirmation(confirmation);
            // The record it went to is on screen after this render: focus moves to its heading.
            requestAnimationFrame(() => headingRef.current?.focus());
          }}
          onDismiss={() => dispatch({ type: 'dismiss-self' })}
        />
      ) : null}
      <LinkIntake records={state.records} rubric={rubric} device={state.device} onApply={onApply} onError={onWarn} />
      {/* A Lead about to create the first record: fetch the record's views while the name is typed. */}
      <div className="contents" onFocusCapture={state.records.length ? undefined : () => prefetch(loadRecordView)}>
        <RecordsPanel
          records={state.records}
          verdicts={verdicts}
          selectedId={state.selectedId}
          onSelect={onSelect}
          onCreate={(name) => dispatch({ type: 'create', name, rubricVersion: rubric.version })}
        />
      </div>
      <p role="status" className={confirmation ? 'as-confirmation rounded-lg border p-3 text-sm' : 'sr-only'}>
        {confirmation}
      </p>
      {selected && views ? (
        <views.RecordView
          key={selected.id}
          headingRef={headingRef}
          record={selected}
          verdict={verdicts.get(selected.id) ?? computeVerdict(selected, rubric)}
          rubric={rubric}
          facts={facts}
          dispatch={dispatch}
        />
      ) : null}
      <ImportPanel
        records={state.records}
        rubric={rubric}
        dropped={dropped}
        device={state.device}
        onApply={onApply}
        onError={onWarn}
      />
      <BackupPanel
        records={state.records}
        backup={state.backup}
        rubric={rubric}
        device={state.device}
        onSaved={() => dispatch({ type: 'backup-saved' })}
        onApply={onApply}
      />
    </div>
  );
}
