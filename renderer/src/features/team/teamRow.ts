import { inGap, type RepDiagnosis } from '@shared/domain/diagnosis';
import { formatDate } from '@shared/lib/format';
import { isoDay, planSummaryFor, STATUS_LABELS } from '@shared/domain/plan';
import type { CheckIn, Plan, ProgressStatus } from '@shared/schemas';
import { followUpParts } from '../followup';
import type { DiagnosisData } from '../diagnosis';
import type { TeamRow } from './model';

/** One rep's row of the Team table: results, diagnosis, warning signs, plan and follow-up, last import. */
export function toTeamRow(
  d: RepDiagnosis,
  data: DiagnosisData,
  plans: readonly Plan[] = [],
  date: (day: string) => string = formatDate,
  checkIns: readonly CheckIn[] = [],
  live: ReadonlyMap<string, ProgressStatus> = new Map(),
): TeamRow {
  const today = isoDay(new Date());
  const plan = planSummaryFor(plans, d.repId, today);
  const followUp = followUpParts(plans, checkIns, d.repId, today, date, live);
  const threshold = data.settings.diagnosis.gapThreshold;
  return {
    repId: d.repId,
    name: d.name,
    role: d.role,
    period: d.period,
    attainmentLast: d.current.result.attainment,
    attainmentTrailing: d.attainment,
    vsMedianLast: d.current.result.vsTeamMedian,
    vsMedianTrailing: d.window.result.vsTeamMedian,
    lowLast: lowResult(d.current.result, threshold),
    lowTrailing: lowResult(d.window.result, threshold),
    verdict: d.verdict,
    computedVerdict: d.computed.verdict,
    overridden: d.override !== null,
    weakStage: d.weakStage,
    confidence: d.confidence,
    warnings: d.warnings.map((w) => ({ id: w.id, label: w.title, kind: w.kind === 'check-system' ? 'system' : 'performance' })),
    plan: plan
      ? {
          status: STATUS_LABELS[plan.status],
          followUp: followUp?.label ?? null,
          when: followUp ? followUp.when : plan.nextCheckIn ? `check-in ${date(plan.nextCheckIn)}` : null,
          overdue: followUp?.overdue ?? false,
        }
      : null,
    lastImport: data.lastImportByRep.get(d.repId) ?? null,
  };
}

/** In gap against the target, else against the team median: the one rule (shared inGap). */
function lowResult(r: RepDiagnosis['window']['result'], threshold: number): boolean {
  return r.attainment !== null ? inGap(r.attainment, 1, threshold) === true : r.vsTeamMedian !== null && inGap(r.vsTeamMedian, 1, threshold) === true;
}
