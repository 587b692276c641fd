// Who and what a row is about: the rep of a rep cell (names folded by case and spacing, cleaned
// of control characters, at most MAX_REPS of them) and the stage entry of a stage cell. Both are
// cached by the cell's text as in the file, since the same few values fill whole columns.
import { nameKey } from '@shared/schemas/common';
import { proposeStageOutcome } from './mapping';
import { MAX_REPS, MAX_STAGE_VALUES } from './session-types';
import type { RepState, SessionState, StageEntry } from './session-state';
import type { Cell } from './values';
import { MAX_NAME_LENGTH, cellToString, cleanName } from './values';
import { isPlainText } from './cell-fast';

const FORMULA_LIKE_RE = /^[=+\-@\t\r]/;

/** The rep of a cleaned name; null once MAX_REPS names are taken and this one is new. */
function repFor(s: SessionState, raw: string): RepState | null {
  let key = s.repKeyCache.get(raw);
  let cacheKey = false;
  if (key === undefined) {
    key = nameKey(raw);
    cacheKey = true;
  }
  let st = s.reps.get(key);
  // Names past the cap are not remembered: 100,000 distinct names cost no more than 5,000.
  if (cacheKey && (st !== undefined || s.reps.size < MAX_REPS)) {
    if (s.repKeyCache.size > 20_000) s.repKeyCache.clear();
    s.repKeyCache.set(raw, key);
  }
  if (st && st.name !== raw) {
    let seen = s.nameVariants.get(key);
    if (!seen) {
      seen = new Set([st.name]);
      if (s.nameVariants.size < 1000) s.nameVariants.set(key, seen);
    }
    if (seen.size < 10) seen.add(raw);
  }
  if (!st) {
    if (s.reps.size >= MAX_REPS) return null;
    st = { name: raw, role: null, startDate: null, buckets: [], periodOrder: [], openDates: [], openAmounts: [], accepted: 0, removed: false };
    s.reps.set(key, st);
  }
  return st;
}

/**
 * The rep of a rep cell, or null when the cell holds no name, or 'over-cap' past MAX_REPS names.
 * Counts formula-like names; leaves in `s.repNote` what cleaning the name needed (or null).
 */
export function repOfCell(s: SessionState, rc: Cell): RepState | null | 'over-cap' {
  if (typeof rc === 'string') {
    const hit = s.repByCell.get(rc);
    if (hit !== undefined && !hit.st.removed) {
      if (hit.formula) s.formulaLike++;
      s.repNote = hit.note;
      return hit.st;
    }
  }
  let rep: string;
  let note: string | null = null;
  if (typeof rc === 'string' && rc.length <= MAX_NAME_LENGTH && isPlainText(rc) && !rc.includes('  ')) rep = rc;
  else {
    const c = cleanName(cellToString(rc));
    rep = c.name;
    if (c.cut) note = `rep name longer than ${MAX_NAME_LENGTH} characters; cut to the first ${MAX_NAME_LENGTH}`;
    else if (c.changed) note = `rep name cleaned: ${c.changes.join('; ')}`;
  }
  s.repNote = note;
  if (rep === '') return null;
  const formula = FORMULA_LIKE_RE.test(rep);
  if (formula) s.formulaLike++;
  const st = repFor(s, rep);
  if (st === null) {
    s.repsOverCap++;
    return 'over-cap';
  }
  if (typeof rc === 'string' && rc.length <= 4 * MAX_NAME_LENGTH) {
    if (s.repByCell.size > 20_000) s.repByCell.clear();
    s.repByCell.set(rc, { st, formula, note });
  }
  return st;
}

/** A rep seen only on rejected rows does not become a rep. */
export function forgetRep(s: SessionState, st: RepState): void {
  if (st.accepted !== 0) return;
  const key = nameKey(st.name);
  const gone = s.reps.get(key);
  if (gone) gone.removed = true;
  s.reps.delete(key);
}

/** The stage entry of a stage cell; null for an empty cell, 'over-cap' past MAX_STAGE_VALUES values. */
export function stageOf(s: SessionState, sc: Cell | undefined): StageEntry | null | 'over-cap' {
  if (typeof sc === 'string') {
    const hit = s.stageByCell.get(sc);
    if (hit !== undefined) return hit;
  }
  // Stage values are shown and stored: no control or text-direction characters, at most 200 characters.
  const stage =
    typeof sc === 'string' && sc.length <= 200 && isPlainText(sc) && !sc.includes('  ') ? sc : cleanName(cellToString(sc ?? null), 200).name;
  if (stage === '') return null;
  let entry = s.stageEntries.get(stage);
  if (entry === undefined) {
    if (s.stageEntries.size >= MAX_STAGE_VALUES) return 'over-cap';
    let outcome = s.stageCache.get(stage);
    if (outcome === undefined) {
      outcome = proposeStageOutcome(stage);
      s.stageCache.set(stage, outcome);
      s.stageMap[stage] = outcome;
    }
    entry = { stage, outcome, rows: 0 };
    s.stageEntries.set(stage, entry);
  }
  if (typeof sc === 'string') {
    if (s.stageByCell.size > 20_000) s.stageByCell.clear();
    s.stageByCell.set(sc, entry);
  }
  return entry;
}
