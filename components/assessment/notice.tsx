'use client';
import type { Notice } from '@/lib/sentences';

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <div
      role="alert"
      className={`rc-notice rc-notice-${notice.tone} flex items-start justify-between gap-3 rounded-lg border p-3 text-sm`}
    >
      <p>{notice.text}</p>
      <button type="button" className="rc-button shrink-0" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
