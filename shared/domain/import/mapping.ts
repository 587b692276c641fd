// Header → canonical field detection, import kind, stage outcomes, and header signatures.
import type { ColumnMapping, ImportKind, StageOutcome } from '@shared/schemas/imports';
import type { MetricKey } from '@shared/schemas/metrics';
import { METRIC_KEYS, METRIC_LABELS, SHEET_METRIC_KEYS } from '@shared/schemas/metrics';
import { mayBeNegative, unitOfMetric } from '../metrics';
import { cleanName } from './values';
import { SYNONYMS, scoreHeader } from './header-synonyms';
import { WORD_FIELDS, headerConcepts, wordScore } from './header-words';
import type { CanonicalField } from './canonical-fields';

export { headerConcepts } from './header-words';

export type { CanonicalField } from './canonical-fields';

export const FIELDS_BY_KIND: Record<ImportKind, readonly CanonicalField[]> = {
  'period-sheet': ['rep', 'role', 'startDate', 'period', ...SHEET_METRIC_KEYS],
  deals: ['rep', 'dealId', 'stage', 'amount', 'createdDate', 'closeDate'],
  activities: ['rep', 'activityType', 'activityDate'],
};

/** Fields without which an import of that kind cannot run. */
export const REQUIRED_FIELDS: Record<ImportKind, readonly CanonicalField[]> = {
  'period-sheet': ['rep', 'period'],
  deals: ['rep', 'stage'],
  activities: ['rep', 'activityType', 'activityDate'],
};

export const FIELD_LABELS: Record<CanonicalField, string> = {
  rep: 'Rep (owner)',
  role: 'Role',
  startDate: 'Start date',
  period: 'Period',
  ...METRIC_LABELS,
  dealId: 'Deal ID',
  stage: 'Stage',
  amount: 'Amount',
  createdDate: 'Created date',
  closeDate: 'Close date',
  activityType: 'Activity type',
  activityDate: 'Activity date',
};

/** Lower-case letters and digits only: “Opportunity Owner” → “opportunityowner”. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Metrics that count things or days (the catalogue's units), which cannot be below zero unless the catalogue says so. */
export const COUNT_FIELDS: ReadonlySet<CanonicalField> = new Set<MetricKey>(
  SHEET_METRIC_KEYS.filter((k) => (unitOfMetric(k) === 'count' || unitOfMetric(k) === 'days') && !mayBeNegative(k)),
);

/** Metrics that are amounts of money (the catalogue's unit), which a rep cannot have less than nothing of. */
export const MONEY_FIELDS: ReadonlySet<CanonicalField> = new Set<MetricKey>(METRIC_KEYS.filter((k) => unitOfMetric(k) === 'money'));

export type FieldProposal = { header: string; confidence: number };

export type MappingProposal = {
  kind: ImportKind;
  /** 0–1: how sure the kind detection is. */
  kindConfidence: number;
  mapping: ColumnMapping;
  confidence: Partial<Record<CanonicalField, number>>;
  /** Required fields for the kind that no header matched. */
  missing: CanonicalField[];
};

/** Greedy best-first assignment: each header serves one field. */
function proposeFor(kind: ImportKind, headers: readonly string[]): { mapping: ColumnMapping; confidence: Partial<Record<CanonicalField, number>> } {
  const norms = headers.map(normaliseHeader);
  const concepts = headers.map(headerConcepts);
  const candidates: { field: CanonicalField; header: string; score: number }[] = [];
  for (const field of FIELDS_BY_KIND[kind]) {
    const syns = SYNONYMS[kind][field] ?? [];
    const alts = WORD_FIELDS[kind][field] ?? [];
    norms.forEach((n, i) => {
      const words = concepts[i] as Set<string>;
      // A count of people is never the rep column, however its letters begin.
      if (field === 'rep' && words.has('HEADCOUNT')) return;
      // “Calls (%)” is a share, not a count; “Deals won ($)” is money, not a count.
      if (words.has('RATE') && field !== 'winRate' && field !== 'csat') return;
      if (words.has('AMOUNT') && COUNT_FIELDS.has(field)) return;
      const score = Math.max(scoreHeader(n, syns), wordScore(words, alts));
      const header = headers[i];
      if (score > 0 && header !== undefined) candidates.push({ field, header, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score);
  const mapping: ColumnMapping = {};
  const confidence: Partial<Record<CanonicalField, number>> = {};
  const usedHeaders = new Set<string>();
  for (const c of candidates) {
    if (Object.hasOwn(mapping, c.field) || usedHeaders.has(c.header)) continue;
    mapping[c.field] = c.header;
    confidence[c.field] = Math.round(c.score * 100) / 100;
    usedHeaders.add(c.header);
  }
  return { mapping, confidence };
}

/**
 * Proposes the import kind and the mapping from the headers alone. Values help later
 * (stage values, dates) but the headers of real exports are telling enough.
 */
export function proposeMapping(headers: readonly string[], forceKind?: ImportKind): MappingProposal {
  const kinds: ImportKind[] = forceKind ? [forceKind] : ['deals', 'activities', 'period-sheet'];
  let best: MappingProposal | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const kind of kinds) {
    const { mapping, confidence } = proposeFor(kind, headers);
    const missing = REQUIRED_FIELDS[kind].filter((f) => !Object.hasOwn(mapping, f));
    const conf = (f: CanonicalField) => confidence[f] ?? 0;
    let score: number;
    if (kind === 'deals') score = conf('stage') * 2 + conf('amount') + conf('closeDate') + conf('createdDate') * 0.5 + conf('rep') * 0.5;
    else if (kind === 'activities')
      score = conf('activityType') * 2 + conf('activityDate') + conf('rep') * 0.5 - (headers.some((h) => /stage|amount|close/i.test(h)) ? 1.5 : 0);
    else {
      const metricCount = FIELDS_BY_KIND['period-sheet'].filter(
        (f) => f !== 'rep' && f !== 'role' && f !== 'startDate' && f !== 'period' && conf(f) >= 0.7,
      ).length;
      score = conf('period') * 1.5 + metricCount * 0.8 + conf('rep') * 0.5;
    }
    score -= missing.length * 1.5;
    if (score > bestScore) {
      bestScore = score;
      best = { kind, kindConfidence: 0, mapping, confidence, missing };
    }
  }
  if (!best) return { kind: 'deals', kindConfidence: 0, mapping: {}, confidence: {}, missing: [...REQUIRED_FIELDS.deals] };
  best.kindConfidence = Math.max(0, Math.min(1, Math.round((bestScore / 4) * 100) / 100));
  return best;
}

/** Normalised, sorted headers: files from the same source share a signature. */
export function headerSignature(headers: readonly string[]): string {
  return [...new Set(headers.map(normaliseHeader).filter((h) => h !== ''))].sort().join('|');
}

/** Proposed outcome for a stage value: “Closed Won”, “Won”, “closedwon” → won; “Lost” → lost; else open. */
export function proposeStageOutcome(stage: string): StageOutcome {
  const n = normaliseHeader(stage);
  if (n === '') return 'open';
  if (/^(closed)?won|^won|closedwon|^gewonnen|^gagne|^win$|^signed|^booked$|^contractsigned/.test(n)) return 'won';
  if (/^(closed)?lost|closedlost|^lost|^verloren|^perdu|^dead|^disqualified|^closednotwon|^closedunqualified|^churned|^cancel/.test(n)) return 'lost';
  return 'open';
}

/** Stage map for the distinct stage values seen, keeping any the user already set. */
export function proposeStageMap(values: Iterable<string>, existing: Record<string, StageOutcome> = {}): Record<string, StageOutcome> {
  const out: Record<string, StageOutcome> = {};
  for (const v of values) {
    // The same reading of a stage value as the import's (controls and bidi removed, spacing folded).
    const key = cleanName(v, 200).name;
    if (key === '' || Object.hasOwn(out, key)) continue;
    out[key] = Object.hasOwn(existing, key) ? (existing[key] as StageOutcome) : proposeStageOutcome(key);
  }
  return out;
}

export type ActivityClass = 'call' | 'email' | 'meeting' | 'meetingBooked' | 'other';

export function classifyActivity(type: string): ActivityClass {
  const n = normaliseHeader(type);
  if (/call|phone|dial|logacall|voicemail/.test(n)) return 'call';
  if (/email|mail|inmail/.test(n)) return 'email';
  if (/meetingbooked|meetingset|meetingscheduled|booked|scheduled/.test(n)) return 'meetingBooked';
  if (/meeting|demo|event|appointment|visit/.test(n)) return 'meeting';
  return 'other';
}
