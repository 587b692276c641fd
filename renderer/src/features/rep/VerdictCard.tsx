import type { RepDiagnosis } from '@shared/domain/diagnosis';
import { peerSentence } from '@shared/domain/team';
import { useFormat } from '@renderer/ui/format';
import { VerdictBadge } from '@renderer/ui/VerdictBadge';
import { STAGE_LABEL } from '../team';
import { HowDecided } from './HowDecided';
import { OverrideControl } from './OverrideControl';
import { topReasons, verdictSentence } from './verdict';

/** The three reasons that matter most, under "Why" (nothing when there are none). */
function Reasons({ reasons }: { reasons: readonly string[] }) {
  if (!reasons.length) return null;
  return (
    <>
      <h3 className="section-title">Why</h3>
      <ol className="reasons" aria-label="Top reasons">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
    </>
  );
}

/** The verdict first: one sentence, three reasons; how it was decided one click away. */
export function VerdictCard({ d, threshold }: { d: RepDiagnosis; threshold: number }) {
  const fmt = useFormat();
  return (
    <section className="card verdict-card" aria-labelledby="verdict-title">
      <div className="verdict-head">
        <h2 id="verdict-title">The verdict</h2>
        <VerdictBadge
          verdict={d.verdict}
          detail={d.weakStage && (d.verdict === 'skill' || d.verdict === 'mixed') ? STAGE_LABEL[d.weakStage] : null}
          lowConfidence={d.confidence === 'low'}
          overridden={d.override !== null}
        />
      </div>
      <p className="verdict-sentence">{verdictSentence(d, fmt)}</p>
      {d.ramp.inRamp ? (
        <p className="muted small">
          New hire in month {d.ramp.tenureMonth ?? '—'}: held to {fmt.rate(d.ramp.rampShare)} of the full expectation.
        </p>
      ) : null}
      <Reasons reasons={topReasons(d, fmt)} />
      {d.confidence === 'low' ? (
        <p className="notice notice-warn">This rests on few deals or meetings: treat it as a question to explore, not a settled fact.</p>
      ) : null}
      <p className="muted small peer-line" aria-label="Peer group">
        Medians on this page: {peerSentence(d.window.peers)}
      </p>
      <OverrideControl key={`${d.override?.id ?? 'none'}-${d.period}`} diagnosis={d} />
      <HowDecided d={d} threshold={threshold} />
    </section>
  );
}
