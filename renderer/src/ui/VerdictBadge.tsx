import type { Verdict } from '../../../shared/schemas';

const LABEL: Record<Verdict, string> = {
  'on-track': 'On track',
  effort: 'Effort gap',
  skill: 'Skill gap',
  mixed: 'Effort + skill',
  'insufficient-data': 'Not enough data',
};

/** A verdict as a coloured, labelled pill; colour is never the only signal. */
export function VerdictBadge({
  verdict,
  detail,
  lowConfidence,
  overridden,
}: {
  verdict: Verdict;
  detail?: string | null;
  lowConfidence?: boolean;
  overridden?: boolean;
}) {
  return (
    <span className={`badge verdict verdict-${verdict}`}>
      {LABEL[verdict]}
      {detail ? <span className="verdict-detail">· {detail}</span> : null}
      {lowConfidence ? (
        <span className="verdict-flag" title="Rests on few events: treat as a hypothesis, not a fact">
          · low confidence
        </span>
      ) : null}
      {overridden ? <span className="verdict-flag">· set by you</span> : null}
    </span>
  );
}
