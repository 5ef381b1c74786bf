/**
 * The link an Associate sends their Lead: the assessment page with a fragment that carries only
 * the link format, the rubric version and the ticked indicator ids. A fragment never reaches a
 * server, and there is no name or note in it.
 *
 *   /docs/sop/independent-leader/assessment#self=1.<rubricVersion>.<id>,<id>,…
 */
import { SELF_LINK_KEY, type SelfLinkProblem } from './self-link-key';

export { SELF_LINK_KEY, type SelfLinkProblem };
export const SELF_LINK_FORMAT = 1;
/** Far above 19 ids; a longer fragment is not one of ours and is not parsed. */
export const SELF_LINK_MAX_CHARS = 2000;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function encodeSelfLink(met: Iterable<string>, rubricVersion: number): string {
  return `${SELF_LINK_KEY}=${SELF_LINK_FORMAT}.${rubricVersion}.${[...new Set(met)].sort().join(',')}`;
}

export type SelfLinkResult =
  | { kind: 'none' }
  | { kind: 'ok'; met: string[]; unknown: string[] }
  | { kind: 'error'; problem: Exclude<SelfLinkProblem, 'unloadable'>; detail?: string };

/** Reads a location hash ("#self=…" or without the #). Never throws. */
export function decodeSelfLink(hash: string, rubric: { version: number; ids: ReadonlySet<string> }): SelfLinkResult {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(`${SELF_LINK_KEY}=`)) return { kind: 'none' };
  if (fragment.length > SELF_LINK_MAX_CHARS) return { kind: 'error', problem: 'too-long' };
  let value: string;
  try {
    value = decodeURIComponent(fragment.slice(SELF_LINK_KEY.length + 1));
  } catch {
    return { kind: 'error', problem: 'malformed' };
  }
  const match = /^(\d{1,6})\.(\d{1,6})\.([a-z0-9,-]*)$/.exec(value);
  if (!match) return { kind: 'error', problem: 'malformed' };
  if (Number(match[1]) !== SELF_LINK_FORMAT) return { kind: 'error', problem: 'other-format', detail: match[1] };
  if (Number(match[2]) !== rubric.version) return { kind: 'error', problem: 'other-rubric', detail: match[2] };
  const ids = match[3] === '' ? [] : match[3].split(',');
  if (ids.some((id) => !idPattern.test(id))) return { kind: 'error', problem: 'malformed' };
  const met: string[] = [];
  const unknown: string[] = [];
  for (const id of new Set(ids)) (rubric.ids.has(id) ? met : unknown).push(id);
  return { kind: 'ok', met, unknown };
}
