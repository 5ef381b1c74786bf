import type { Notice } from '@/lib/sentences';
import {
  assessmentOtherTab,
  assessmentSaveFailed,
  assessmentsSetAside,
  recordsSetAside,
  selfLinkProblemText,
} from './messages';
import { type AssessmentRecord, type Call, LIMITS, type LogEntry, newRecord } from './record';
import type { SelfLinkProblem } from './self-link-key';
import type { BackupState, LoadedAssessments } from './store';
import { computeVerdict, type Rubric } from './verdict';
import { stampChanges } from './versions';

/**
 * The assessment page's state changes, as a pure reducer. Saving is a side effect the client root
 * performs whenever `pendingSave` is set, then reports back with `saved`.
 */
export interface AssessmentState {
  records: AssessmentRecord[];
  selectedId: string | null;
  loaded: boolean;
  pendingSave: boolean;
  /** The last write failed: what is on screen is not in storage. */
  unsaved: boolean;
  notice: Notice | null;
  /** A self-check link waiting for the Lead to pick a record. */
  selfOffer: { met: string[]; unknown: string[] } | null;
  /** This browser's id in the records' version vectors (see ./versions). */
  device: string;
  /** The last backup, and how many changes were made since. */
  backup: BackupState;
}

export type LogName = 'reviews' | 'checkIns' | 'escalations';

/**
 * Every action may carry the time it happened (the client root adds it); edits are stamped with it.
 * Without one the reducer reads the clock, which only tests that do not look at times rely on.
 */
export type AssessmentAction = AssessmentActionBody & { at?: string };

type AssessmentActionBody =
  | { type: 'loaded'; result: LoadedAssessments; fromOtherTab?: boolean }
  | { type: 'saved'; ok: boolean }
  | { type: 'dismiss-notice' }
  | { type: 'create'; name: string; rubricVersion: number; record?: AssessmentRecord }
  | { type: 'select'; id: string }
  | { type: 'rename'; id: string; name: string }
  | { type: 'delete'; id: string }
  | { type: 'save-call'; recordId: string; call: Call }
  | { type: 'delete-call'; recordId: string; callId: string }
  | { type: 'set-satisfaction'; recordId: string; satisfaction: AssessmentRecord['satisfaction'] }
  | { type: 'set-request'; recordId: string; date: string | undefined }
  | { type: 'set-go-live'; recordId: string; date: string | undefined; rubric: Rubric }
  | { type: 'add-log'; recordId: string; log: LogName; entry: LogEntry }
  | { type: 'remove-log'; recordId: string; log: LogName; index: number }
  | { type: 'self-link'; met: string[]; unknown: string[] }
  | { type: 'self-link-error'; problem: SelfLinkProblem }
  | { type: 'attach-self'; recordId: string; date: string }
  | { type: 'dismiss-self' }
  /**
   * What a file, a backup or a device link brought, merged with the Lead's picks by
   * `incomingApplied` (lib/assessment/incoming.ts, loaded with the review, not with the page).
   */
  | { type: 'apply-incoming'; result: { records: AssessmentRecord[]; selectedId: string | null; notice: Notice } }
  | { type: 'backup-saved' }
  | { type: 'show-notice'; notice: Notice };

export const initialAssessment: AssessmentState = {
  records: [],
  selectedId: null,
  loaded: false,
  pendingSave: false,
  unsaved: false,
  notice: null,
  selfOffer: null,
  device: '',
  backup: { changes: 0 },
};

const cleanName = (name: string) => name.trim().slice(0, LIMITS.name);

/** Marks the records for saving, and counts a change since the last backup. */
const changed = (state: AssessmentState, next: Partial<AssessmentState>): AssessmentState => ({
  ...state,
  ...next,
  pendingSave: true,
  backup: { ...state.backup, changes: state.backup.changes + 1 },
});

/** Applies a change to one record, stamps what changed (time and version), and marks it for saving. */
function updateRecord(
  state: AssessmentState,
  id: string,
  change: (record: AssessmentRecord) => AssessmentRecord | null,
  at: string,
): AssessmentState {
  let touched = false;
  const records = state.records.map((r) => {
    if (r.id !== id) return r;
    const next = change(r);
    if (next === null || next === r) return r;
    touched = true;
    return stampChanges(r, next, state.device, at);
  });
  return touched ? changed(state, { records }) : state;
}

function loadNotice(result: LoadedAssessments): Notice | null {
  if (result.setAside) return assessmentsSetAside(result.setAside);
  if (result.recordsSetAside > 0) return recordsSetAside(result.recordsSetAside);
  return null;
}

export function assessmentReducer(state: AssessmentState, action: AssessmentAction): AssessmentState {
  const at = action.at ?? new Date().toISOString();
  const update = (s: AssessmentState, id: string, change: (r: AssessmentRecord) => AssessmentRecord | null) =>
    updateRecord(s, id, change, at);
  switch (action.type) {
    case 'loaded': {
      // An unsaved change on screen is not thrown away for another tab's version.
      if (action.fromOtherTab && state.unsaved) return state;
      const { records, device, backup } = action.result;
      const selectedId = records.some((r) => r.id === state.selectedId) ? state.selectedId : (records[0]?.id ?? null);
      const notice = loadNotice(action.result) ?? (action.fromOtherTab ? assessmentOtherTab : state.notice);
      return { ...state, records, selectedId, loaded: true, notice, device, backup };
    }
    case 'saved':
      return {
        ...state,
        pendingSave: false,
        unsaved: !action.ok,
        notice: action.ok ? (state.unsaved ? null : state.notice) : assessmentSaveFailed,
      };
    case 'dismiss-notice':
      return { ...state, notice: null };
    case 'create': {
      if (state.records.length >= LIMITS.records) return state;
      const blank = newRecord('', action.rubricVersion);
      const record =
        action.record ?? stampChanges(blank, { ...blank, associate: cleanName(action.name) }, state.device, at);
      return changed(state, { records: [...state.records, record], selectedId: record.id });
    }
    case 'select':
      return state.records.some((r) => r.id === action.id) ? { ...state, selectedId: action.id } : state;
    case 'rename':
      return update(state, action.id, (r) => ({ ...r, associate: cleanName(action.name) }));
    case 'delete': {
      const records = state.records.filter((r) => r.id !== action.id);
      if (records.length === state.records.length) return state;
      const selectedId = state.selectedId === action.id ? (records[0]?.id ?? null) : state.selectedId;
      return changed(state, { records, selectedId });
    }
    case 'save-call':
      return update(state, action.recordId, (r) => {
        const exists = r.calls.some((c) => c.id === action.call.id);
        if (!exists && r.calls.length >= LIMITS.calls) return null;
        const calls = exists
          ? r.calls.map((c) => (c.id === action.call.id ? action.call : c))
          : [...r.calls, action.call];
        return { ...r, calls };
      });
    case 'delete-call':
      return update(state, action.recordId, (r) => ({ ...r, calls: r.calls.filter((c) => c.id !== action.callId) }));
    case 'set-satisfaction':
      return update(state, action.recordId, (r) => ({ ...r, satisfaction: action.satisfaction }));
    case 'set-request':
      return update(state, action.recordId, (r) => ({ ...r, requestedOn: action.date }));
    case 'set-go-live':
      return update(state, action.recordId, (r) => {
        // Going live is recorded only on a ready verdict; clearing it is always allowed.
        if (action.date && !computeVerdict(r, action.rubric).ready) return null;
        return { ...r, goLiveOn: action.date };
      });
    case 'add-log':
      return update(state, action.recordId, (r) => {
        if (r.safety[action.log].length >= LIMITS.logEntries) return null;
        return { ...r, safety: { ...r.safety, [action.log]: [...r.safety[action.log], action.entry] } };
      });
    case 'remove-log':
      return update(state, action.recordId, (r) => ({
        ...r,
        safety: { ...r.safety, [action.log]: r.safety[action.log].filter((_, i) => i !== action.index) },
      }));
    case 'self-link':
      return { ...state, selfOffer: { met: action.met, unknown: action.unknown } };
    case 'self-link-error':
      return { ...state, selfOffer: null, notice: { tone: 'warn', text: selfLinkProblemText(action.problem) } };
    case 'attach-self': {
      const offer = state.selfOffer;
      if (!offer) return state;
      const next = update(state, action.recordId, (r) => ({ ...r, self: { date: action.date, met: offer.met } }));
      return next === state ? state : { ...next, selfOffer: null, selectedId: action.recordId };
    }
    case 'dismiss-self':
      return { ...state, selfOffer: null };
    case 'apply-incoming': {
      const { records, selectedId, notice } = action.result;
      if (records.length > LIMITS.records) return state;
      return changed(state, { records, selectedId: selectedId ?? state.selectedId, notice });
    }
    case 'backup-saved':
      return { ...state, pendingSave: true, backup: { at, changes: 0 } };
    case 'show-notice':
      return { ...state, notice: action.notice };
  }
}
