'use client';
import { useEffect, useState } from 'react';
import { type Protection, protectionText } from '@/lib/assessment/messages';

let asked = false;

/**
 * Once a record exists, asks the browser to keep the site's storage (navigator.storage.persist),
 * then says what the browser answers, as navigator.storage.persisted() reports it.
 */
export function StorageProtection({ hasRecords }: { hasRecords: boolean }) {
  const [state, setState] = useState<Protection | null>(null);

  useEffect(() => {
    if (!hasRecords) return;
    let live = true;
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.persisted) {
      setState('unknown');
      return;
    }
    (async () => {
      try {
        if (!asked && storage.persist && !(await storage.persisted())) {
          asked = true;
          await storage.persist();
        }
        const kept = await storage.persisted();
        if (live) setState(kept ? 'kept' : 'may-clear');
      } catch {
        if (live) setState('unknown');
      }
    })();
    return () => {
      live = false;
    };
  }, [hasRecords]);

  if (!hasRecords || !state) return null;
  return (
    <p className="as-protection" data-protection={state}>
      <span className="font-medium">{state === 'kept' ? 'Protected storage. ' : 'Not protected. '}</span>
      {protectionText(state)}
    </p>
  );
}
