/**
 * A record's own address: the assessment page with `#record=<record id>`, so a bookmark or a
 * home-screen link opens that record. The id, never the name: a name must not leave the browser in
 * a URL. The fragment is shared with other links (`#self=…` and others); this reads only its own.
 */
export const RECORD_KEY = 'record';

// Any id a record may have (they are compared, never shown or run), but nothing a link could hide.
const idPattern = /^[^\s\p{Cc}]{1,64}$/u;

export function recordFragment(id: string): string {
  return `#${RECORD_KEY}=${encodeURIComponent(id)}`;
}

/** The record id a location hash names, or null when the hash is not a record address. Never throws. */
export function recordIdFromHash(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(`${RECORD_KEY}=`)) return null;
  let id: string;
  try {
    id = decodeURIComponent(fragment.slice(RECORD_KEY.length + 1));
  } catch {
    return null;
  }
  return idPattern.test(id) ? id : null;
}

/**
 * Whether the page may write a record address into the URL: only over an empty fragment or an
 * earlier record address, never over another link a different part of the page has yet to read.
 */
export function mayWriteRecordFragment(hash: string): boolean {
  return hash === '' || hash === '#' || recordIdFromHash(hash) !== null;
}
