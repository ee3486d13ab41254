import { applyChange } from './apply-change.js';
import type { Change } from './changes.js';
import { checkChange } from './check-change.js';
import { touchesOf, type Touch } from './conflicts.js';
import { cloneDocument } from './document-access.js';
import type { FrameworkDocument } from './document.js';
import { issue, type ValidationIssue } from './errors.js';
import { jsonEqual } from './json-equal.js';
import { capitalise } from './messages.js';
import { changePath } from './paths.js';
import { validateDocument } from './validate.js';

/** A field the change touches that has changed since `base`, to a value other than the change's. */
export type Conflict = { changeIndex: number; path: string; base: unknown; current: unknown; proposed: unknown };

export type ApplyOptions = {
  /** The document the changes were written against (the draft revision a proposal recorded). */
  base?: FrameworkDocument;
};

export type ApplyResult =
  | { ok: true; document: FrameworkDocument; applied: number[] }
  | {
      ok: false;
      issues: ValidationIssue[];
      conflicts: Conflict[];
      /** The document with every change that was valid and free of conflicts applied. */
      document: FrameworkDocument;
      applied: number[];
    };

type Outcome = { kind: 'applied'; document: FrameworkDocument } | { kind: 'rejected'; issues: ValidationIssue[]; conflicts: Conflict[] };

const conflictIssue = (touch: Touch): ValidationIssue =>
  issue(
    'CONFLICT',
    touch.changePath,
    `${capitalise(touch.what)} has changed since this change was written; review it against the current draft.`,
  );

/** Weighs a change against `base` and `current` (see applyChanges): conflicting, already in place, or neither. */
const mergeState = (change: Change, index: number, base: FrameworkDocument, current: FrameworkDocument) => {
  const touches = touchesOf(change, index, base, current).map((touch) => ({ touch, was: touch.read(base), now: touch.read(current) }));
  const moved = touches.filter(({ was, now }) => !jsonEqual(was, now));
  const conflicts = moved.filter(({ touch, now }) => !jsonEqual(touch.proposed, now));
  const inPlace = moved.length > 0 && touches.every(({ touch, now }) => jsonEqual(touch.proposed, now));
  return { conflicts, inPlace };
};

const applyOne = (doc: FrameworkDocument, change: Change, index: number): Outcome => {
  const issues = checkChange(doc, change, index);
  if (issues.length > 0) return { kind: 'rejected', issues, conflicts: [] };
  const document = applyChange(doc, change);
  if (jsonEqual(document, doc)) {
    return {
      kind: 'rejected',
      issues: [issue('NOOP_CHANGE', changePath(index), 'This change leaves the document as it is.')],
      conflicts: [],
    };
  }
  return { kind: 'applied', document };
};

const mergeOne = (base: FrameworkDocument, current: FrameworkDocument, change: Change, index: number): Outcome => {
  const { conflicts, inPlace } = mergeState(change, index, base, current);
  if (conflicts.length > 0) {
    return {
      kind: 'rejected',
      issues: conflicts.map(({ touch }) => conflictIssue(touch)),
      conflicts: conflicts.map(({ touch, was, now }) => ({
        changeIndex: index,
        path: touch.path,
        base: was,
        current: now,
        proposed: touch.proposed,
      })),
    };
  }
  return inPlace ? { kind: 'applied', document: current } : applyOne(current, change, index);
};

/**
 * Applies a change set in order; each change sees the document as the earlier ones left it. A change that is
 * invalid, or that changes nothing, is reported and skipped, and the later ones still apply. The result is
 * re-validated as a whole. Inputs are never modified, and the returned document shares no object with them.
 *
 * With `base`, the apply is a merge: a change conflicts when a field it touches differs between `base` and the
 * document (someone else changed it since) and the change wants yet another value there. Conflicting changes are
 * skipped and reported, with both an issue and a `Conflict`. A change whose values are already in place (the same
 * edit was made elsewhere) counts as applied.
 */
export const applyChanges = (doc: FrameworkDocument, changes: readonly Change[], options: ApplyOptions = {}): ApplyResult => {
  let current = cloneDocument(doc);
  let base = options.base;
  const issues: ValidationIssue[] = [];
  const conflicts: Conflict[] = [];
  const applied: number[] = [];
  changes.forEach((change, index) => {
    const outcome = base === undefined ? applyOne(current, change, index) : mergeOne(base, current, change, index);
    if (base !== undefined) base = checkChange(base, change, index).length === 0 ? applyChange(base, change) : base;
    if (outcome.kind === 'rejected') {
      issues.push(...outcome.issues);
      conflicts.push(...outcome.conflicts);
      return;
    }
    current = outcome.document;
    applied.push(index);
  });
  issues.push(...validateDocument(current));
  return issues.length === 0 ? { ok: true, document: current, applied } : { ok: false, issues, conflicts, document: current, applied };
};

/** The issues `applyChanges` would report: an empty list when the change set applies cleanly. */
export const validateChanges = (doc: FrameworkDocument, changes: readonly Change[], options: ApplyOptions = {}): ValidationIssue[] => {
  const result = applyChanges(doc, changes, options);
  return result.ok ? [] : result.issues;
};
