/**
 * The fragment key of the self-check link ("#self=…"). On its own so the assessment page can tell
 * whether it was opened from such a link before it loads the code that reads one.
 */
export const SELF_LINK_KEY = 'self';

export function mayBeSelfLink(hash: string): boolean {
  return (hash.startsWith('#') ? hash.slice(1) : hash).startsWith(`${SELF_LINK_KEY}=`);
}

/** Why a self-check link was not read: its own faults, or (rarely) the code to read it failed to load. */
export type SelfLinkProblem = 'too-long' | 'malformed' | 'other-format' | 'other-rubric' | 'unloadable';
