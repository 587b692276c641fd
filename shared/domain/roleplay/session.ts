import type { Plan, RoleplayScript, RoleplaySession, RoleplaySkill, RubricCriterion, ScriptStep, WeakStage } from '@shared/schemas';
import { roleplaySessionSchema } from '@shared/schemas';

/** A new session for a rep on a script: nothing scored, first step, timer at zero. */
export function newSession(script: RoleplayScript, repId: string, id: string, now: Date): RoleplaySession {
  const iso = now.toISOString();
  return roleplaySessionSchema.parse({
    id,
    scriptId: script.id,
    script,
    repId,
    date: iso.slice(0, 10),
    status: 'in-progress',
    elapsedSeconds: 0,
    currentStep: 0,
    steps: script.steps.map((s) => ({ stepId: s.id, branchId: null, note: '' })),
    scores: {},
    notes: '',
    planItemId: null,
    createdAt: iso,
    updatedAt: iso,
    completedAt: null,
  });
}

export type SessionResult = {
  /** Criteria scored so far, out of the rubric's. */
  scored: number;
  total: number;
  /** Criteria still without a score (a missing score is never counted as zero). */
  missing: RubricCriterion[];
  /** Average score over the scored criteria; null when none is scored. */
  average: number | null;
  passMark: number;
  /** Pass or not, only once every criterion is scored. */
  passed: boolean | null;
};

/** Rounds to one decimal the way the pass mark is written, so 3.45 → 3.5 and is compared as shown. */
export function roundScore(x: number): number {
  return Math.round(x * 10 + 1e-9) / 10;
}

export function sessionResult(session: Pick<RoleplaySession, 'script' | 'scores'>): SessionResult {
  const criteria = session.script.rubric.criteria;
  const values: number[] = [];
  const missing: RubricCriterion[] = [];
  for (const c of criteria) {
    const v = session.scores[c.id];
    if (v === undefined) missing.push(c);
    else values.push(v);
  }
  const average = values.length ? roundScore(values.reduce((a, b) => a + b, 0) / values.length) : null;
  const passMark = session.script.rubric.passMark;
  return {
    scored: values.length,
    total: criteria.length,
    missing,
    average,
    passMark,
    passed: missing.length === 0 && average !== null ? average >= passMark : null,
  };
}

/** The buyer line on screen at a step: the main line or the branch the coach chose. */
export function buyerLine(step: ScriptStep, branchId: string | null): string {
  if (branchId === null) return step.buyer;
  return step.branches.find((b) => b.id === branchId)?.buyer ?? step.buyer;
}

export type ScriptFilter = {
  stage?: WeakStage | null;
  skill?: RoleplaySkill | null;
  difficulty?: RoleplayScript['difficulty'] | null;
  text?: string;
};

export function filterScripts(scripts: readonly RoleplayScript[], f: ScriptFilter): RoleplayScript[] {
  const text = (f.text ?? '').trim().toLocaleLowerCase('en');
  return scripts.filter(
    (s) =>
      (!f.stage || s.stage === f.stage) &&
      (!f.skill || s.skill === f.skill) &&
      (!f.difficulty || s.difficulty === f.difficulty) &&
      (!text || `${s.title} ${s.scenario}`.toLocaleLowerCase('en').includes(text)),
  );
}

export type SkillPoint = {
  sessionId: string;
  date: string;
  completedAt: string;
  skill: RoleplaySkill;
  title: string;
  average: number;
  passMark: number;
  passed: boolean;
};

/** Completed, fully scored sessions of one rep, oldest first: the data behind the skill chart. */
export function skillHistory(sessions: readonly RoleplaySession[], repId: string): SkillPoint[] {
  const points: SkillPoint[] = [];
  for (const s of sessions) {
    if (s.repId !== repId || s.status !== 'completed' || !s.completedAt) continue;
    const r = sessionResult(s);
    if (r.average === null || r.passed === null) continue;
    points.push({
      sessionId: s.id,
      date: s.date,
      completedAt: s.completedAt,
      skill: s.script.skill,
      title: s.script.title,
      average: r.average,
      passMark: r.passMark,
      passed: r.passed,
    });
  }
  return points.sort((a, b) => a.completedAt.localeCompare(b.completedAt) || a.sessionId.localeCompare(b.sessionId));
}

export type ItemPractice = {
  /** Completed, fully scored sessions linked to the item, oldest first. */
  points: SkillPoint[];
  /** Sessions linked to the item and not finished yet. */
  inProgress: number;
  /** Latest average minus the first; null with fewer than two scored sessions. */
  change: number | null;
  passed: number;
};

/** The role-play practice behind one development-plan item: what its progress line shows. */
export function practiceForItem(sessions: readonly RoleplaySession[], repId: string, itemId: string): ItemPractice {
  const linked = sessions.filter((s) => s.repId === repId && s.planItemId === itemId);
  const points = skillHistory(linked, repId);
  const first = points[0];
  const last = points[points.length - 1];
  return {
    points,
    inProgress: linked.filter((s) => s.status === 'in-progress').length,
    change: first && last && points.length > 1 ? roundScore(last.average - first.average) : null,
    passed: points.filter((p) => p.passed).length,
  };
}

/** A development-plan item a session can be linked to, with the plan it belongs to. */
export type PlanItemOption = {
  id: string;
  /** The skill as the plan names it. */
  label: string;
  planId: string;
  planStatus: Plan['status'];
  /** When the plan was started (ISO date-time), to tell two plans apart. */
  planCreatedAt: string;
};

/** The items a session can be linked to: the skills of the plans that are not closed, newest plan first. */
export function linkablePlanItems(plans: readonly Plan[]): PlanItemOption[] {
  return plans
    .filter((p) => p.status !== 'closed')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
    .flatMap((plan) =>
      plan.content.development.map((item) => ({
        id: item.id,
        label: item.skill.trim() || 'Development item',
        planId: plan.id,
        planStatus: plan.status,
        planCreatedAt: plan.createdAt,
      })),
    );
}

/** mm:ss, or h:mm:ss past an hour. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
