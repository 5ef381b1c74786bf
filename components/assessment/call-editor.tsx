'use client';
import dynamic from 'next/dynamic';
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Call } from '@/lib/assessment/record';
import { loading } from './loading';
import type { AssessmentRubric } from './types';

/** The call view is the first thing a Lead opens: fetched while the record is read, not on the tap. */
const loadCallSheet = () => import('./call-sheet');
const CallSheet = dynamic(() => loadCallSheet().then((m) => m.CallSheet), { loading });

export interface CallEditorHandle {
  open: (call: Call, isNew: boolean) => void;
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
  const [editing, setEditing] = useState<{ call: Call; isNew: boolean } | null>(null);
  useImperativeHandle(handle, () => ({ open: (call, isNew) => setEditing({ call, isNew }) }), []);

  // Once fetched, the call view renders on the tap itself, with no loading step in between.
  const [LoadedSheet, setLoadedSheet] = useState<typeof import('./call-sheet').CallSheet | null>(null);
  useEffect(() => {
    let live = true;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    idle(() => {
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
  // Chosen while no call is open: switching component types under an open call view would remount it
  // and drop the marks already made, when the preload lands after the Lead has started.
  const sheetRef = useRef(CallSheet);
  if (!editing) sheetRef.current = LoadedSheet ?? CallSheet;
  const Sheet = sheetRef.current;

  if (!editing) return null;
  return (
    <Sheet
      initial={editing.call}
      editing={!editing.isNew}
      rubric={rubric}
      onSave={(call) => {
        onSave(call);
        setEditing(null);
        onClosed();
      }}
      onClose={() => {
        setEditing(null);
        onClosed();
      }}
    />
  );
}
