'use client';
import { memo, useLayoutEffect, useRef } from 'react';
import type { Call } from '@/lib/assessment/record';
import { CallForm } from './call-form';
import type { AssessmentRubric } from './types';

// Opening the view changes only `open`: the form inside it, drawn ahead, is not rendered again.
const Form = memo(CallForm);

interface Props {
  /** Closed, it waits hidden, already drawn (call-editor.tsx). */
  open: boolean;
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
export function CallSheet({ open, initial, editing, rubric, onSave, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const discard = useRef<(() => void) | null>(null);

  // Before the browser paints: the tap's own frame shows the view.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    // The form's heading, so a screen reader starts at the top of the call.
    const focusHeading = () => dialog.querySelector<HTMLElement>('[data-call-heading]')?.focus();
    // jsdom (component tests) has no showModal; an open dialog is enough there.
    if (typeof dialog.showModal !== 'function') {
      dialog.setAttribute('open', '');
      focusHeading();
      return;
    }
    // Shown first, made modal once that frame is painted: making a dialog modal restyles the whole
    // page behind it (to make it inert), which with a 12-call grid took 100-170 ms at 4x CPU. The view
    // is on screen without waiting for that; the page behind turns inert a frame later.
    dialog.show();
    focusHeading();
    let timer = 0;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(upgrade, 0);
      });
    });
    const upgrade = () => {
      if (!dialog.isConnected || !dialog.open || dialog.matches(':modal')) return;
      const focused = document.activeElement;
      const top = dialog.scrollTop;
      dialog.close();
      dialog.showModal();
      dialog.scrollTop = top;
      if (focused instanceof HTMLElement && dialog.contains(focused)) focused.focus({ preventScroll: true });
    };
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (dialog.open) dialog.close();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      // Closed, it is laid out but invisible (app/assessment-phone.css), so opening it only repaints.
      // Marked by an attribute, not a class: the page's styles match on class="..." as an attribute
      // (prose's [class~=not-prose] *), so any class change restyles every element inside.
      className="as-sheet"
      data-spare={open ? undefined : ''}
      aria-label={editing ? 'Edit the call' : 'Add a call'}
      onCancel={(e) => {
        e.preventDefault();
        discard.current?.();
      }}
    >
      <Form
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
