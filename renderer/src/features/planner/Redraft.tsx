import { RefreshCw } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { conversationInputFrom, mergeList, PREPARED_OBJECTIONS } from '@shared/domain/plan';
import { randomId } from '@shared/lib/ids';
import type { Plan, PlanContent } from '@shared/schemas';
import { saveBaseline } from '@renderer/db/repositories/plans';
import { useDb } from '@renderer/state/db';
import { Button } from '@renderer/ui/Button';
import { draft, useTextFormat } from './engine';
import { prefillFromSnapshot } from './prefill';
import { usePlanner } from './stepForm';

export type RedraftField = 'talkingPoints' | 'questions' | 'pushback';
type Items<F extends RedraftField> = PlanContent[F];

/** The suggestions for one list, drafted from the facts and the manager's reading of them (their override, their obstacles). */
export function draftedItems<F extends RedraftField>(plan: Plan, field: F, format: ReturnType<typeof useTextFormat>): Items<F> | null {
  const d = draft(conversationInputFrom(plan.snapshot, plan.content, { locale: format.locale }), format);
  if (!d) return null;
  const items = {
    talkingPoints: () => d.talkingPoints.map((t) => ({ id: randomId(), text: t.text, metricKey: t.metricKey, kind: t.kind, included: true })),
    questions: () => d.questions.map((q) => ({ id: randomId(), text: q.text, gap: q.gap, included: true })),
    pushback: () => d.pushback.map((p, i) => ({ ...p, included: i < PREPARED_OBJECTIONS, own: false })),
  }[field]();
  return items as Items<F>;
}

type State<F extends RedraftField> =
  | { kind: 'idle' }
  | { kind: 'preview'; next: Items<F>; fresh: Items<F>; replaced: string[]; kept: number }
  | { kind: 'done'; before: Items<F>; baselineBefore: Items<F> | null; replaced: number };

/**
 * "Redraft from the diagnosis" for one list: first says which suggestions it will replace (those
 * the manager left as drafted; what they wrote or changed stays), replaces on confirmation, then
 * offers an undo.
 */
export function useRedraft<F extends RedraftField>(o: {
  field: F;
  noun: string;
  textOf: (item: Items<F>[number]) => string;
  current: () => Items<F>;
  apply: (items: Items<F>) => void;
  readOnly: boolean;
}): { button: ReactNode; panel: ReactNode } {
  const { plan } = usePlanner();
  const db = useDb();
  const format = useTextFormat();
  const [state, setState] = useState<State<F>>({ kind: 'idle' });
  const baselineOf = (): Items<F> =>
    (plan.baseline ?? prefillFromSnapshot(plan.snapshot, plan.content.managerName, new Date(plan.createdAt), format))[o.field];

  const preview = () => {
    const fresh = draftedItems(plan, o.field, format);
    if (!fresh) return;
    const m = mergeList(o.field, o.current() as never[], baselineOf() as never[], fresh as never[]);
    setState({ kind: 'preview', next: m.items as Items<F>, fresh, replaced: (m.replaced as Items<F>).map(o.textOf), kept: m.kept.length });
  };
  const confirm = (s: Extract<State<F>, { kind: 'preview' }>) => {
    const before = o.current();
    o.apply(s.next);
    void saveBaseline(db, plan.id, { [o.field]: s.fresh });
    setState({ kind: 'done', before, baselineBefore: plan.baseline ? plan.baseline[o.field] : null, replaced: s.replaced.length });
  };
  const undo = (s: Extract<State<F>, { kind: 'done' }>) => {
    o.apply(s.before);
    if (s.baselineBefore) void saveBaseline(db, plan.id, { [o.field]: s.baselineBefore });
    setState({ kind: 'idle' });
  };

  const button = (
    <Button variant="ghost" size="sm" icon={<RefreshCw size={14} />} onClick={preview} disabled={o.readOnly || state.kind === 'preview'}>
      Redraft from the diagnosis
    </Button>
  );
  const panel =
    state.kind === 'preview' ? (
      <RedraftPreview noun={o.noun} state={state} onConfirm={() => confirm(state)} onKeep={() => setState({ kind: 'idle' })} />
    ) : state.kind === 'done' ? (
      <RedraftDone noun={o.noun} replaced={state.replaced} onUndo={() => undo(state)} />
    ) : null;
  return { button, panel };
}

/** What the redraft would replace and what stays, before anything changes. */
function RedraftPreview({
  noun,
  state,
  onConfirm,
  onKeep,
}: {
  noun: string;
  state: { replaced: string[]; kept: number };
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <div className="notice notice-warn redraft-preview" role="region" aria-label="What the redraft replaces">
      <div>
        <p>
          {state.replaced.length === 0
            ? `Nothing is replaced: every ${noun} here is yours or changed by you.`
            : `The redraft replaces ${state.replaced.length} suggested ${noun}${state.replaced.length === 1 ? '' : 's'} you have not changed:`}
        </p>
        {state.replaced.length > 0 ? (
          <ul className="plain-list small redraft-list">
            {state.replaced.map((t, i) => (
              <li key={`${i}-${t}`}>{t}</li>
            ))}
          </ul>
        ) : null}
        <p className="small">
          {state.kept > 0 ? `Your ${state.kept} own or changed ${noun}${state.kept === 1 ? '' : 's'} stay as you wrote them. ` : ''}
          You can undo the redraft afterwards.
        </p>
        <div className="row-actions">
          <Button variant="primary" size="sm" onClick={onConfirm}>
            Redraft
          </Button>
          <Button variant="ghost" size="sm" onClick={onKeep}>
            Keep them as they are
          </Button>
        </div>
      </div>
    </div>
  );
}

function RedraftDone({ noun, replaced, onUndo }: { noun: string; replaced: number; onUndo: () => void }) {
  return (
    <div className="notice notice-info" role="status">
      <div>
        <p>
          Redrafted from the diagnosis: {replaced} {noun}
          {replaced === 1 ? '' : 's'} replaced; yours kept.
        </p>
        <Button size="sm" onClick={onUndo}>
          Undo the redraft
        </Button>
      </div>
    </div>
  );
}
