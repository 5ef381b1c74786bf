'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { unloadableText } from '@/lib/assessment/messages';
import { qrTooLargeText } from '@/lib/assessment/messages-travel';
import type { AssessmentRecord } from '@/lib/assessment/record';
import { loadDeviceLink, loadQr, prefetch } from '../load-on-demand';

const thumb = 'rc-button min-h-11 sm:min-h-8';
/** Kept in step with QR_MAX_CHARS and QR_MAX_VERSION in lib/assessment/device-link.ts, which say why. */
const QR_MAX_CHARS = 1_850;
const QR_MAX_VERSION = 25;

/** One SVG path of the dark modules, so a 117-module code is one element, not 13,000. */
function qrPath(data: boolean[][]): string {
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

/**
 * "Open on another device": a link whose fragment carries the record (never sent to a server), to
 * copy or share, and a QR code of it for a phone's camera when it is small enough to read.
 */
export function DeviceLinkPanel({ record, autoMake = false }: { record: AssessmentRecord; autoMake?: boolean }) {
  const uid = useId();
  const [link, setLink] = useState<string | null>(null);
  const [qr, setQr] = useState<{ path: string; size: number; version: number } | null>(null);
  const [note, setNote] = useState('');

  // A changed record needs a new link; an old one would carry the old record. Opened from its
  // button (autoMake), the panel makes the first link at once.
  const first = useRef(autoMake);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the record is the trigger
  useEffect(() => {
    setLink(null);
    setQr(null);
    setNote('');
    if (first.current) {
      first.current = false;
      void make();
    }
  }, [record]);

  async function make() {
    setNote('');
    setQr(null);
    try {
      const { deviceLink } = await loadDeviceLink();
      setLink(await deviceLink(record, window.location.href));
    } catch {
      setNote(`Could not make the link: ${unloadableText('writes the file')}`);
    }
  }

  async function showQr() {
    if (!link) return;
    try {
      const { encode } = await loadQr();
      const code = encode(link, { ecc: 'L', border: 2, maxVersion: QR_MAX_VERSION });
      setQr({ path: qrPath(code.data), size: code.size, version: code.version });
    } catch {
      setNote(qrTooLargeText(link.length, QR_MAX_CHARS));
    }
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setNote('Link copied. Open it on your other device; it shows what would change before merging.');
    } catch {
      setNote('This browser would not let the page copy. Select the link above and copy it.');
    }
  }

  async function share() {
    if (!link) return;
    try {
      await navigator.share({ url: link, title: `Assessment record: ${record.associate || 'Unnamed Associate'}` });
    } catch {
      // Closing the share sheet is not an error.
    }
  }

  const tooLarge = link !== null && link.length > QR_MAX_CHARS;
  return (
    <section aria-labelledby={`${uid}-h`} className="as-device-link flex flex-col gap-2 rounded-lg border p-3 text-sm">
      <h4 id={`${uid}-h`} className="font-semibold">
        Open on another device
      </h4>
      <p className="text-fd-muted-foreground">
        A link that carries this record itself, packed into the part of the address after #, which browsers never send
        to a server. Open it on your phone or laptop: it shows what would change and merges only when you say so.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={thumb}
          onClick={make}
          onPointerEnter={() => prefetch(loadDeviceLink)}
          onFocus={() => prefetch(loadDeviceLink)}
        >
          {link ? 'Make the link again' : 'Make a link for another device'}
        </button>
      </div>
      {link ? (
        <div className="flex flex-col gap-2" data-device-link={link.length}>
          <label htmlFor={`${uid}-link`} className="font-medium">
            Link for another device ({link.length.toLocaleString('en')} characters)
          </label>
          <input
            id={`${uid}-link`}
            className="as-input min-h-11 font-mono text-xs sm:min-h-8"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="flex flex-wrap gap-2">
            <button type="button" className={thumb} onClick={copy}>
              Copy link
            </button>
            {typeof navigator !== 'undefined' && typeof navigator.share === 'function' ? (
              <button type="button" className={thumb} onClick={share}>
                Share link…
              </button>
            ) : null}
            {tooLarge ? null : (
              <button
                type="button"
                className={thumb}
                onClick={showQr}
                onPointerEnter={() => prefetch(loadQr)}
                onFocus={() => prefetch(loadQr)}
              >
                Show a QR code
              </button>
            )}
          </div>
          {tooLarge ? <p data-qr="too-large">{qrTooLargeText(link.length, QR_MAX_CHARS)}</p> : null}
        </div>
      ) : null}
      {qr ? (
        <figure className="flex flex-col items-start gap-1" data-qr-version={qr.version}>
          <svg
            role="img"
            aria-label="QR code of the link for another device"
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            width={Math.min(360, qr.size * 4)}
            height={Math.min(360, qr.size * 4)}
            shapeRendering="crispEdges"
            className="max-w-full rounded bg-white"
          >
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <figcaption className="text-fd-muted-foreground">
            Point your phone's camera at the code (QR version {qr.version}).
          </figcaption>
        </figure>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
    </section>
  );
}
