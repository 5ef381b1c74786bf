'use client';
import { useEffect, useState } from 'react';
import { mayBeDeviceLink } from '@/lib/assessment/device-link-key';
import type { Applied } from '@/lib/assessment/incoming';
import { deviceLinkUnloadable } from '@/lib/assessment/messages';
import type { AssessmentRecord } from '@/lib/assessment/record';
import { loadDeviceLink } from '../load-on-demand';
import type { AssessmentRubric } from '../types';
import { IncomingReview } from './incoming-review-lazy';

interface Props {
  records: AssessmentRecord[];
  rubric: AssessmentRubric;
  device: string;
  onApply: (result: Applied) => void;
  onError: (message: string) => void;
}

const SOURCE = 'a record from your other device';

/**
 * Reads a device link (`#transfer=`) when the page opens with one or the fragment changes, takes
 * the fragment out of the address at once (it is never sent anywhere, and a reload must not offer
 * it again), and shows what merging it would change.
 */
export function LinkIntake({ records, rubric, device, onApply, onError }: Props) {
  const [incoming, setIncoming] = useState<AssessmentRecord[] | null>(null);

  useEffect(() => {
    const read = async () => {
      const hash = window.location.hash;
      if (!mayBeDeviceLink(hash)) return;
      history.replaceState(null, '', window.location.pathname + window.location.search);
      let codec: Awaited<ReturnType<typeof loadDeviceLink>>;
      try {
        codec = await loadDeviceLink();
      } catch {
        onError(deviceLinkUnloadable);
        return;
      }
      const link = await codec.decodeDeviceLink(hash, rubric);
      if (link.kind === 'ok') setIncoming([link.record]);
      else if (link.kind !== 'none') onError(codec.decodedLinkProblem(link));
    };
    void read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [rubric, onError]);

  if (!incoming) return null;
  return (
    <IncomingReview
      source={SOURCE}
      incoming={incoming}
      records={records}
      addUnmatched={false}
      device={device}
      onApply={(result) => {
        onApply(result);
        setIncoming(null);
      }}
      onCancel={() => setIncoming(null)}
    />
  );
}
