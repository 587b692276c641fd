import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { conversationInputFrom, isReadOnly, STATUS_LABELS } from '@shared/domain/plan';
import { PLAN_STEPS, type Plan, type PlanContent, type PlanProgress, type PlanStep } from '@shared/schemas';
import { getProgress, savePlanContent, saveProgress } from '@renderer/db/repositories/plans';
import { useDb } from '@renderer/state/db';
import { hrefFor } from '@renderer/state/router';
import { Button } from '@renderer/ui/Button';
import { PageHeader } from '@renderer/ui/PageHeader';
import { followsUp } from '@shared/domain/checkin';
import { useFormat } from '@renderer/ui/format';
import { NewerFacts, RefreshedFacts } from './FactsRefresh';
import { journalClear, journalPending } from './journal';
import { PlannerContext, type PlannerCtx } from './stepForm';
import { STEP_LABELS, StepView } from './steps';
import type { SaveState } from './useAutosave';
import './planner.css';
import { useStoreQuery } from '@renderer/db/hooks';

function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving' || state.kind === 'pending'
      ? 'Saving…'
      : state.kind === 'saved'
        ? 'All changes saved'
        : state.kind === 'invalid'
          ? 'Not saved yet: check the highlighted field'
          : state.kind === 'failed'
            ? `Not saved: ${state.message}`
            : 'Changes save as you type';
  return (
    <p className={`save-status save-${state.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}

/**
 * Replays changes journalled before a crash or reload, then reports ready once the live plan
 * shows them (so the step forms start from the recovered text, not the older stored one).
 */
function useRecovered(plan: Plan | undefined | null): boolean {
  const db = useDb();
  const [done, setDone] = useState<{ planId: string; writtenAt: string | null } | null>(null);
  const planId = plan?.id ?? null;
  useEffect(() => {
    if (!plan || done?.planId === plan.id) return;
    let live = true;
    void (async () => {
      let writtenAt: string | null = null;
      for (const { slot, entry } of journalPending(plan.id)) {
        if (entry.revision === plan.revision && !isReadOnly(plan)) {
          try {
            writtenAt = (await savePlanContent(db, plan.id, entry.patch)).updatedAt;
          } catch {
            // A patch that no longer fits is dropped from the journal; what is stored stays.
          }
        }
        journalClear(plan.id, slot);
      }
      if (live) setDone({ planId: plan.id, writtenAt });
    })();
    return () => {
      live = false;
    };
  }, [db, plan, done]);
  if (!plan || planId === null || done?.planId !== planId) return false;
  return done.writtenAt === null || plan.updatedAt >= done.writtenAt;
}

/** The plan, the step the manager is on, and the context every step form reads and saves through. */
function usePlanner(planId: string) {
  const db = useDb();
  const plan = useStoreQuery(async (s) => (await s.table('plans').get(planId)) ?? null, [planId]);
  const progress = useLiveQuery(async () => (await getProgress(db, planId)) ?? null, [db, planId]);
  const recovered = useRecovered(plan);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const save = useCallback(
    async (patch: Partial<PlanContent>) => {
      await savePlanContent(db, planId, patch);
    },
    [db, planId],
  );
  const { locale, currency } = useFormat();
  const facts = useMemo(() => {
    if (!plan) return { metrics: [] };
    const input = conversationInputFrom(plan.snapshot, null, { locale });
    const cite = { roleLabel: input.roleLabel, periodLabel: input.periodLabel, locale, currency };
    return { metrics: input.metrics, gapThreshold: plan.snapshot.gapThreshold, cite };
  }, [plan, locale, currency]);
  const ctx: PlannerCtx | null = useMemo(
    () => (plan ? { plan, readOnly: isReadOnly(plan), facts, save, onSaveState: setSaveState } : null),
    [plan, facts, save],
  );
  return { plan, progress, recovered, ctx, saveState };
}

export function PlannerPage({ planId }: { planId: string }) {
  const { plan, progress, recovered, ctx, saveState } = usePlanner(planId);
  if (plan === undefined || progress === undefined)
    return (
      <p className="muted" role="status">
        Loading the plan…
      </p>
    );
  if (plan === null || !ctx) {
    return (
      <>
        <PageHeader title="Plan not found" />
        <p>
          This plan no longer exists. <a href={hrefFor({ page: 'plans' })}>Back to plans</a>
        </p>
      </>
    );
  }
  if (!recovered)
    return (
      <p className="muted" role="status">
        Restoring your last changes…
      </p>
    );
  return (
    <PlannerContext.Provider value={ctx}>
      <Planner plan={plan} progress={progress} saveState={saveState} />
    </PlannerContext.Provider>
  );
}

/** The loaded plan: its header, the steps, the step on screen and the way to the next one. */
function Planner({ plan, progress, saveState }: { plan: Plan; progress: PlanProgress | null; saveState: SaveState }) {
  const db = useDb();
  const format = useFormat();
  const step: PlanStep = progress?.step ?? 'facts';
  const index = PLAN_STEPS.indexOf(step);
  const go = (to: PlanStep) => {
    void saveProgress(db, plan.id, to);
    document.getElementById('main')?.scrollTo?.({ top: 0 });
  };
  return (
    <>
      <a className="back-link" href={hrefFor({ page: 'plans', repId: plan.repId })}>
        <ArrowLeft size={14} aria-hidden="true" /> Plans for {plan.snapshot.repName || 'this rep'}
      </a>
      <PageHeader
        title={`Conversation with ${plan.snapshot.repName || 'the rep'}`}
        subtitle={`${STATUS_LABELS[plan.status]} · revision ${plan.revision}${plan.snapshot.period ? ` · facts of ${format.period(plan.snapshot.period)}` : ''}`}
        actions={
          <>
            {followsUp(plan) ? (
              <a className="btn" href={hrefFor({ page: 'checkin', planId: plan.id, slot: 0 })}>
                Check-ins
              </a>
            ) : null}
            <SaveStatus state={saveState} />
          </>
        }
      />
      <StepList step={step} visited={new Set(progress?.visited ?? ['facts'])} onGo={go} />
      {isReadOnly(plan) ? (
        <p className="notice notice-info" role="status">
          This plan is {STATUS_LABELS[plan.status].toLowerCase()} and read-only. To change it, start a new revision on the Review step; the signed
          copy is kept as it was.
        </p>
      ) : null}
      <NewerFacts plan={plan} />
      <RefreshedFacts plan={plan} />
      <h2 className="step-title">
        Step {index + 1} of {PLAN_STEPS.length}: {STEP_LABELS[step]}
      </h2>
      <StepView key={`${step}-${plan.revision}-${plan.snapshot.fingerprint}`} step={step} />
      <StepNav prev={PLAN_STEPS[index - 1]} next={PLAN_STEPS[index + 1]} onGo={go} />
    </>
  );
}

function StepList({ step, visited, onGo }: { step: PlanStep; visited: ReadonlySet<PlanStep>; onGo: (to: PlanStep) => void }) {
  return (
    <nav aria-label="Plan steps">
      <ol className="steps planner-steps">
        {PLAN_STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={s !== step && visited.has(s) ? 'done' : undefined}>
            <button type="button" className="step-btn" onClick={() => onGo(s)}>
              {i + 1}. {STEP_LABELS[s]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function StepNav({ prev, next, onGo }: { prev: PlanStep | undefined; next: PlanStep | undefined; onGo: (to: PlanStep) => void }) {
  return (
    <div className="step-nav">
      {prev ? (
        <Button icon={<ArrowLeft size={16} />} onClick={() => onGo(prev)}>
          {STEP_LABELS[prev]}
        </Button>
      ) : (
        <span />
      )}
      {next ? (
        <Button variant="primary" onClick={() => onGo(next)}>
          Next: {STEP_LABELS[next]} <ArrowRight size={16} aria-hidden="true" />
        </Button>
      ) : null}
    </div>
  );
}
