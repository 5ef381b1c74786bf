'use client';
import dynamic from 'next/dynamic';
import { type Ref, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { type Call, newCall, today } from '@/lib/assessment/record';
import { loading } from './loading';
import type { AssessmentRubric } from './types';

/** The call view is the first thing a Lead opens: fetched while the record is read, not on the tap. */
const loadCallSheet = () => import('./call-sheet');
const CallSheet = dynamic(() => loadCallSheet().then((m) => m.CallSheet), { loading });

/**
 * `focusAtOnce`: opened from the keyboard or a screen reader (a click with no pointer, `detail` 0). The
 * next key may follow at once, so focus moves into the view before it is painted; after a tap, the
 * view is painted first and takes focus a frame later (call-sheet.tsx).
 */
export interface CallEditorHandle {
  /** Opens a call to edit. */
  open: (call: Call, isNew: boolean, focusAtOnce: boolean) => void;
  /** Opens a new, blank call: the one already drawn and waiting, when there is one. */
  openNew: (focusAtOnce: boolean) => void;
}

interface Props {
  /** Named `handle`, not `ref`: a ref passed as a prop is React 19's, and the page runs on Preact's compatible API. */
  handle: Ref<CallEditorHandle>;
  rubric: AssessmentRubric;
  onSave: (call: Call) => void;
  /** After the view closes, saved or not: where the focus goes. */
  onClosed: () => void;
}

/**
 * The open call view, kept apart from the record: opening it re-renders this component only, not the
 * verdict, the grid and the call list around it (with 12 calls, most of a tap's time at 4x CPU).
 */
export function CallEditor({ handle, rubric, onSave, onClosed }: Props) {
  const [editing, setEditing] = useState<{ call: Call; isNew: boolean; focusAtOnce: boolean } | null>(null);
  // A blank call view, drawn hidden while the page is idle, so "Add a call" only has to show it: drawing
  // its nineteen indicators on the tap took 200-800 ms at 4x CPU. Drawn again after each use.
  const [spare, setSpare] = useState<Call | null>(null);
  const spareRef = useRef<Call | null>(null);
  spareRef.current = spare;
  useImperativeHandle(
    handle,
    () => ({
      open: (call, isNew, focusAtOnce) => setEditing({ call, isNew, focusAtOnce }),
      openNew: (focusAtOnce) => {
        const waiting = spareRef.current;
        // Drawn before midnight, it would carry yesterday's date.
        setEditing({ call: waiting && waiting.date === today() ? waiting : newCall(), isNew: true, focusAtOnce });
      },
    }),
    [],
  );

  // Once fetched, the call view renders on the tap itself, with no loading step in between.
  const [LoadedSheet, setLoadedSheet] = useState<typeof import('./call-sheet').CallSheet | null>(null);
  useEffect(() => {
    let live = true;
    whenIdle(() => {
      loadCallSheet()
        .then((m) => {
          if (live) setLoadedSheet(() => m.CallSheet);
        })
        .catch(() => {});
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!LoadedSheet || editing || spare) return;
    let live = true;
    whenIdle(() => {
      if (live) setSpare(newCall());
    });
    return () => {
      live = false;
    };
  }, [LoadedSheet, editing, spare]);
  // Chosen while no call is open: switching component types under an open call view would remount it
  // and drop the marks already made, when the preload lands after the Lead has started.
  const sheetRef = useRef(CallSheet);
  if (!editing) sheetRef.current = LoadedSheet ?? CallSheet;
  const Sheet = sheetRef.current;

  // The same functions on every render, so opening the view (a new `open`) does not re-render the
  // form inside it (call-sheet.tsx keeps it memoised): the tap then only shows what is drawn.
  const latest = useRef({ onSave, onClosed });
  latest.current = { onSave, onClosed };
  const close = useCallback(() => {
    setEditing(null);
    setSpare(null);
    latest.current.onClosed();
  }, []);
  const save = useCallback(
    (call: Call) => {
      latest.current.onSave(call);
      close();
    },
    [close],
  );

  const shown = editing ?? (spare && LoadedSheet ? { call: spare, isNew: true, focusAtOnce: false } : null);
  if (!shown) return null;
  return (
    <Sheet
      // The spare keeps its key when opened (same call), so it is shown, not drawn again.
      key={shown.call.id}
      open={editing !== null}
      focusAtOnce={shown.focusAtOnce}
      initial={shown.call}
      editing={!shown.isNew}
      rubric={rubric}
      onSave={save}
      onClose={close}
    />
  );
}

function whenIdle(run: () => void) {
  if (window.requestIdleCallback) window.requestIdleCallback(run);
  else window.setTimeout(run, 200);
}
