'use client';
import { useId, useState } from 'react';

/**
 * A mark's evidence note in the grid: a small button whose accessible description is the note, so a
 * screen reader reads it on focus; focusing or tapping it shows the note in the cell (no popover to
 * cover the grid or to dismiss).
 */
export function NoteMarker({ note, context }: { note: string; context: string }) {
  const uid = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="as-note-marker" data-open={open ? 'true' : undefined}>
      <button
        type="button"
        className="as-note-button"
        aria-expanded={open}
        aria-describedby={uid}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">✎</span>
        <span className="sr-only">Note on {context}</span>
      </button>
      <span id={uid} className="as-note-text">
        {note}
      </span>
    </span>
  );
}
