import type { Notice } from '@/lib/sentences';
import { selfCheckDropped, selfCheckReaderFailed, selfCheckSaveFailed, selfCheckSetAside } from './messages';
import type { Decoded } from './storage';

/**
 * The self-check's state changes, as a pure reducer. Saving is a side effect the component performs
 * whenever `pendingSave` is set, then reports back with `saved`.
 */
export interface SelfCheckState {
  met: ReadonlySet<string>;
  /** The saved ticks have been read (or could not be). */
  restored: boolean;
  /** Ticks changed before the saved ones were read, applied on top of them so neither is lost. */
  early: ReadonlyMap<string, boolean> | null;
  /** False once the saved ticks could not be read: saving then could overwrite them. */
  canSave: boolean;
  pendingSave: boolean;
  notice: Notice | null;
  confirmingReset: boolean;
}

export type SelfCheckAction =
  | { type: 'toggle'; id: string; checked: boolean }
  | { type: 'ask-reset' }
  | { type: 'cancel-reset' }
  | { type: 'reset'; ids: Iterable<string> }
  | { type: 'loaded'; decoded: Decoded }
  | { type: 'load-failed' }
  | { type: 'saved'; ok: boolean }
  | { type: 'dismiss-notice' };

export const initialSelfCheck: SelfCheckState = {
  met: new Set(),
  restored: false,
  early: new Map(),
  canSave: true,
  pendingSave: false,
  notice: null,
  confirmingReset: false,
};

function noticeFor(decoded: Decoded): Notice | null {
  if (decoded.kind === 'set-aside') return selfCheckSetAside(decoded.reason);
  if (decoded.kind === 'ok' && decoded.dropped.length > 0) return selfCheckDropped(decoded.dropped.length);
  return null;
}

/** Applies changes to the ticks, remembering them while the saved ticks are still unread. */
function change(state: SelfCheckState, changes: Iterable<[string, boolean]>): SelfCheckState {
  const met = new Set(state.met);
  const early = state.early ? new Map(state.early) : null;
  for (const [id, checked] of changes) {
    if (checked) met.add(id);
    else met.delete(id);
    early?.set(id, checked);
  }
  return { ...state, met, early, pendingSave: early === null && state.canSave };
}

export function selfCheckReducer(state: SelfCheckState, action: SelfCheckAction): SelfCheckState {
  switch (action.type) {
    case 'toggle':
      return change(state, [[action.id, action.checked]]);
    case 'ask-reset':
      return { ...state, confirmingReset: true };
    case 'cancel-reset':
      return { ...state, confirmingReset: false };
    case 'reset': {
      const cleared = [...action.ids].map((id): [string, boolean] => [id, false]);
      return { ...change(state, cleared), met: new Set(), confirmingReset: false };
    }
    case 'loaded': {
      const met = new Set(action.decoded.met);
      for (const [id, checked] of state.early ?? []) {
        if (checked) met.add(id);
        else met.delete(id);
      }
      return {
        ...state,
        met,
        restored: true,
        early: null,
        pendingSave: state.canSave && (state.early?.size ?? 0) > 0,
        notice: noticeFor(action.decoded) ?? (state.early === null ? state.notice : null),
      };
    }
    case 'load-failed':
      return { ...state, restored: true, canSave: false, pendingSave: false, notice: selfCheckReaderFailed };
    case 'saved':
      return { ...state, pendingSave: false, notice: action.ok ? state.notice : selfCheckSaveFailed };
    case 'dismiss-notice':
      return { ...state, notice: null };
  }
}
