import { VERDICT_LABELS } from '@shared/domain/diagnosis';
import type { Verdict } from '@shared/schemas';

const LABEL = VERDICT_LABELS;

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
