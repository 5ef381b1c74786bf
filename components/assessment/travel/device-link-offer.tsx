'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { AssessmentRecord } from '@/lib/assessment/record';
import { loadDeviceLink, prefetch } from '../load-on-demand';

// The panel, the link codec and the QR code load when the Lead asks for a link, not with the page.
const DeviceLinkPanel = dynamic(() => import('./device-link-panel').then((m) => m.DeviceLinkPanel), {
  loading: () => <p className="text-sm text-fd-muted-foreground">Loading…</p>,
});

/** "Open on another device": one button until the Lead wants a link. */
export function DeviceLinkOffer({ record }: { record: AssessmentRecord }) {
  const [open, setOpen] = useState(false);
  if (open) return <DeviceLinkPanel record={record} autoMake />;
  return (
    <div>
      <button
        type="button"
        className="rc-button min-h-11 sm:min-h-8"
        onClick={() => setOpen(true)}
        onPointerEnter={() => {
          prefetch(() => import('./device-link-panel'));
          prefetch(loadDeviceLink);
        }}
        onFocus={() => prefetch(() => import('./device-link-panel'))}
      >
        Open on another device
      </button>
    </div>
  );
}
