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
  /** Opened from the keyboard: focus moves in before the first paint (call-editor.tsx). */
  focusAtOnce: boolean;
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
export function CallSheet({ open, focusAtOnce, initial, editing, rubric, onSave, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const discard = useRef<(() => void) | null>(null);

  // Before the browser paints: the tap's own frame shows the view.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Waiting as the spare (drawn, transparent), it is inert: out of the tab order, the accessibility
    // tree and every tap. Inert is inherited, so lifting it restyles each of the view's ~240 elements.
    if (!open) {
      dialog.inert = true;
      return;
    }
    // The form's heading, so a screen reader starts at the top of the call.
    const focusHeading = () => dialog.querySelector<HTMLElement>('[data-call-heading]')?.focus();
    // jsdom (component tests) has no showModal; an open dialog is enough there.
    if (typeof dialog.showModal !== 'function') {
      dialog.inert = false;
      dialog.setAttribute('open', '');
      focusHeading();
      return;
    }
    let timer = 0;
    let frame = 0;
    // After the next frame is painted and handed on: a long task straight after a commit holds up its
    // presentation on a 2-core phone.
    const afterNextFrame = (run: () => void) => {
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          timer = window.setTimeout(run, 0);
        });
      });
    };
    // Made modal once the view is on screen: making a dialog modal restyles the whole page behind it (to
    // make it inert), which with a 12-call grid took 100-170 ms at 4x CPU.
    const upgrade = () => {
      if (!dialog.isConnected || !dialog.open || dialog.matches(':modal')) return;
      const focused = document.activeElement;
      const top = dialog.scrollTop;
      dialog.close();
      dialog.showModal();
      dialog.scrollTop = top;
      if (focused instanceof HTMLElement && dialog.contains(focused)) focused.focus({ preventScroll: true });
    };
    const activate = () => {
      dialog.inert = false;
      focusHeading();
      afterNextFrame(upgrade);
    };
    dialog.show();
    // After a tap, the spare is shown in the tap's own frame by its opacity alone (assessment-phone.css)
    // and lifts its inertness after that frame: 15-30 ms at 4x CPU the frame no longer waits for.
    if (dialog.inert && !focusAtOnce) afterNextFrame(activate);
    else activate();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (dialog.open) dialog.close();
    };
  }, [open, focusAtOnce]);

  return (
    <dialog
      ref={ref}
      // Closed, it waits drawn at opacity 0 (app/assessment-phone.css), so opening it repaints nothing inside.
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
