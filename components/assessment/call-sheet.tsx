'use client';
import { useEffect, useRef } from 'react';
import type { Call } from '@/lib/assessment/record';
import { CallForm } from './call-form';
import type { AssessmentRubric } from './types';

interface Props {
  initial: Call;
  editing: boolean;
  rubric: AssessmentRubric;
  onSave: (call: Call) => void;
  onClose: () => void;
}

/**
 * The call view: a modal dialog that fills a phone's screen (a centred panel on a wide one), so
 * logging a call after it ends is one focused task with Save always in reach. A native dialog keeps
 * focus inside it and gives Escape, which asks before an unsaved call is thrown away.
 */
export function CallSheet({ initial, editing, rubric, onSave, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const discard = useRef<(() => void) | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom (component tests) has no showModal; an open dialog is enough there.
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="as-sheet"
      aria-label={editing ? 'Edit the call' : 'Add a call'}
      onCancel={(e) => {
        e.preventDefault();
        discard.current?.();
      }}
    >
      <CallForm
        initial={initial}
        editing={editing}
        rubric={rubric}
        onSave={onSave}
        onCancel={onClose}
        discardRef={discard}
      />
    </dialog>
  );
}
