'use client';
import { useEffect, useId, useRef } from 'react';

interface Props {
  question: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" in place of a destructive button; focus starts on the safe choice. */
export function ConfirmRow({ question, confirm, cancel, onConfirm, onCancel }: Props) {
  const uid = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm">
      <span id={uid}>{question}</span>
      <button type="button" className="rc-button rc-danger" aria-describedby={uid} onClick={onConfirm}>
        {confirm}
      </button>
      <button ref={cancelRef} type="button" className="rc-button" onClick={onCancel}>
        {cancel}
      </button>
    </span>
  );
}
