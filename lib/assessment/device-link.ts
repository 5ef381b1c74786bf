import { TRANSFER_KEY } from './device-link-key';
import { type DeviceLinkProblem, deviceLinkProblemText, deviceLinkReadFailed } from './messages-travel';
import { type AssessmentRecord, MAX_FILE_BYTES } from './record';
import { readRecordFile, recordFileObject, type Scale } from './record-file';

/**
 * A device link: one record in a URL fragment, `#transfer=2.<base64url of deflate-raw of the record
 * file's JSON>`. The fragment never reaches a server (browsers do not send it), and the page removes
 * it from the address once read. Pure, on web-standard streams (browsers and Node 20 have them).
 */
export const LINK_FORMAT = 2;

/**
 * A real record compresses to well under MAX_FILE_BYTES; base64 adds a third. A longer fragment is
 * refused before anything is decoded.
 */
export const MAX_FRAGMENT_CHARS = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 16;

/**
 * The longest link offered as a QR code. Version 25 at the lowest error correction holds 1,853
 * bytes; its 117 modules a side still give a phone camera about 3 screen pixels per module in a
 * 360-pixel code, which phones read from a laptop screen. Denser codes (up to version 40, 2,953
 * bytes) exist but need a steady hand and a sharp camera, so past this the page offers the link
 * itself, a file or the share sheet instead.
 */
export const QR_MAX_CHARS = 1_850;
export const QR_MAX_VERSION = 25;

export type DecodedLink =
  | { kind: 'none' }
  | { kind: 'ok'; record: AssessmentRecord }
  | { kind: 'error'; problem: DeviceLinkProblem }
  | { kind: 'invalid'; message: string };

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> | null => {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
};

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // A compression bomb stops here, however far it would expand.
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const streamOf = (bytes: Uint8Array<ArrayBuffer>) =>
  new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

/** The record as compact JSON, compressed, as the fragment's data. */
export async function encodeRecordForLink(record: AssessmentRecord): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(recordFileObject(record)));
  const compressed = await collect(
    streamOf(json).pipeThrough(new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  return `${TRANSFER_KEY}${LINK_FORMAT}.${toBase64Url(compressed as Uint8Array)}`;
}

/** The link for a record: this page's address with the record in its fragment. */
export async function deviceLink(record: AssessmentRecord, pageUrl: string): Promise<string> {
  return `${pageUrl.replace(/#.*$/, '')}${await encodeRecordForLink(record)}`;
}

/** Reads a fragment; never throws. Decompression stops at the record file's size limit. */
export async function decodeDeviceLink(hash: string, rubric: Scale): Promise<DecodedLink> {
  if (!hash.startsWith(TRANSFER_KEY)) return { kind: 'none' };
  const body = hash.slice(TRANSFER_KEY.length);
  if (body.length > MAX_FRAGMENT_CHARS) return { kind: 'error', problem: 'too-long' };
  const match = /^(\d{1,6})\.(.*)$/s.exec(body);
  if (!match) return { kind: 'error', problem: 'malformed' };
  if (Number(match[1]) !== LINK_FORMAT) return { kind: 'error', problem: 'other-format' };
  const bytes = fromBase64Url(match[2]);
  if (!bytes) return { kind: 'error', problem: 'malformed' };
  let unpacked: Uint8Array | 'too-large';
  try {
    unpacked = await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), MAX_FILE_BYTES);
  } catch {
    return { kind: 'error', problem: 'not-compressed' };
  }
  if (unpacked === 'too-large') return { kind: 'error', problem: 'too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    return { kind: 'error', problem: 'not-compressed' };
  }
  const read = readRecordFile(text, rubric);
  return read.ok ? { kind: 'ok', record: read.record } : { kind: 'invalid', message: read.message };
}

/** What to tell the Lead about a link that could not be read. */
export function decodedLinkProblem(link: Extract<DecodedLink, { kind: 'error' | 'invalid' }>): string {
  return link.kind === 'error' ? deviceLinkProblemText(link.problem) : deviceLinkReadFailed(link.message);
}
