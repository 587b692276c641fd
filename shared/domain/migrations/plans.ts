import { PLAN_STEPS, planContentSchema, planSchema, type Plan, type PlanProgress, type PlanStatus, type PlanOutcome } from '@shared/schemas/plan';
import type { IdSource } from '@shared/lib/ids';

/** A plan row as schema v1/v2 stored it (the placeholder shape; no plan was ever written by the app). */
export type V2Plan = {
  id: string;
  repId: string;
  status: 'draft' | 'active' | 'completed' | 'cancelled';
  step: string;
  period: string | null;
  verdict: Plan['snapshot']['verdict'] | null;
  weakStage: Plan['snapshot']['weakStage'];
  facts: string;
  expectations: string;
  talkingPoints: string[];
  openQuestions: string[];
  pushback: { id: string; objection: string; response: string }[];
  consequences: string;
  support: string;
  actionItems: {
    id: string;
    text: string;
    metric: string | null;
    target: number | null;
    deadline: string | null;
    milestones: { date: string; text: string }[];
  }[];
  developmentItems: { id: string; skill: string; support: string; text: string; deadline: string | null }[];
  checkInCadenceDays: number;
  managerName: string;
  signatures: { managerDate: string | null; repDate: string | null };
  exports: { id: string; kind: 'rep-plan' | 'manager-guide'; fileName: string; sha256: string; exportedAt: string }[];
  createdAt: string;
  updatedAt: string;
};

const STATUS: Record<V2Plan['status'], { status: PlanStatus; outcome: PlanOutcome | null }> = {
  draft: { status: 'draft', outcome: null },
  active: { status: 'held', outcome: null },
  completed: { status: 'closed', outcome: 'met' },
  cancelled: { status: 'closed', outcome: 'withdrawn' },
};

const STEPS = new Set<string>(PLAN_STEPS);

/**
 * v2 → v3: text fields become structured items, the wizard step moves out of the row into a
 * progress record, and the facts (free text in v2) become a snapshot marked 'migrated' with no
 * numbers — v2 kept none, and none are invented. Nothing the manager wrote is dropped: free text
 * without a structured home is kept in the nearest field.
 */
export function v2PlanToV3(old: V2Plan, ids: IdSource): { plan: Plan; progress: PlanProgress } {
  const { status, outcome } = STATUS[old.status];
  const plan = planSchema.parse({
    id: old.id,
    repId: old.repId,
    status,
    outcome,
    revision: 1,
    snapshot: v2Snapshot(old),
    content: v2Content(old, ids),
    signatures: v2Signatures(old),
    history: [{ at: old.updatedAt, revision: 1, event: 'migrated', detail: `from a ${old.status} plan of schema v2` }],
    signed: [],
    exports: old.exports.map((e) => ({
      id: e.id,
      kind: e.kind === 'rep-plan' ? 'plan-docx' : 'guide-docx',
      fileName: e.fileName,
      sha256: e.sha256,
      exportedAt: e.exportedAt,
      revision: 1,
    })),
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
  });
  const step = STEPS.has(old.step) ? (old.step as PlanProgress['step']) : 'facts';
  return { plan, progress: { planId: old.id, step, visited: [step], updatedAt: old.updatedAt } };
}

/** The v2 text fields as v3 content items (ids drawn in the order the fields are listed). */
function v2Content(old: V2Plan, ids: IdSource): Plan['content'] {
  const milestones = old.actionItems.flatMap((a) => a.milestones.map((m) => ({ id: ids(), date: m.date, text: m.text })));
  const expectations = old.expectations.trim()
    ? [{ id: ids(), metricKey: null, label: old.expectations.trim(), target: null, unit: null, note: '' }]
    : [];
  return planContentSchema.parse({
    managerName: old.managerName,
    focusAreas: [],
    acknowledgements: old.facts,
    expectations,
    diagnosis: {
      verdict: old.verdict ?? 'insufficient-data',
      weakStage: old.weakStage,
      confirmed: old.verdict !== null,
      overrideReason: '',
      perFocus: [],
      obstacles: [],
      systemFixes: [],
    },
    talkingPoints: old.talkingPoints.map((text) => ({ id: ids(), text, metricKey: null, kind: 'own', included: true })),
    questions: old.openQuestions.map((text) => ({ id: ids(), text, gap: 'own', included: true })),
    pushback: old.pushback.map((p) => ({ id: p.id, objection: p.objection, repLine: '', approach: p.response, included: true, own: true })),
    consequences: old.consequences,
    support: old.support.trim() ? [{ id: ids(), kind: 'other', text: old.support }] : [],
    actionItems: old.actionItems.map((a) => ({
      id: a.id,
      action: a.text,
      metricKey: a.metric,
      baseline: null,
      target: a.target,
      deadline: a.deadline,
      owner: '',
    })),
    milestones,
    checkIns: { startDate: null, everyDays: old.checkInCadenceDays, count: 0 },
    development: old.developmentItems.map((d) => ({
      id: d.id,
      skill: d.skill,
      activities: d.text.trim() ? [d.text] : [],
      resources: [],
      timeline: d.support,
      reviewDate: d.deadline,
    })),
    reminders: [],
    opening: '',
    rehearsal: [],
    document: { company: '', team: '', hrName: '' },
    meeting: { date: null, time: '', place: '', uninterrupted: true, note: '' },
  });
}

/** The dates a v2 plan was signed on, as signatures without a drawing. */
function v2Signatures(old: V2Plan): Plan['signatures'] {
  return [
    ...(old.signatures.repDate ? [{ role: 'rep' as const, name: '', date: old.signatures.repDate, pngBase64: null, width: 0, height: 0 }] : []),
    ...(old.signatures.managerDate
      ? [{ role: 'manager' as const, name: old.managerName, date: old.signatures.managerDate, pngBase64: null, width: 0, height: 0 }]
      : []),
  ];
}

/** A snapshot marked 'migrated' with no numbers: v2 kept none, and none are invented. */
function v2Snapshot(old: V2Plan): Plan['snapshot'] {
  return {
    source: 'migrated',
    takenAt: old.createdAt,
    repName: '',
    roleLabel: null,
    period: old.period,
    periodKind: null,
    windowPeriods: old.period ? [old.period] : [],
    verdict: old.verdict ?? 'insufficient-data',
    weakStage: old.weakStage,
    confidence: null,
    overrideReason: null,
    rule: '',
    attainment: null,
    metrics: [],
    periodMetrics: [],
    evidence: old.facts.trim() ? [old.facts] : [],
    warnings: [],
    fingerprint: 'migrated',
  };
}
