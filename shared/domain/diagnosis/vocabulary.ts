// One vocabulary: every label of metrics, verdicts, stages, effort signals and funnel terms is
// defined once, here (stored metrics' labels in shared/schemas/metrics.ts, which this builds
// on). The renderer and the CLI import these maps; older names (STAT_LABELS, STAGE_LABELS,
// SIGNAL_LABELS, VERDICT_LABEL, STAGE_LABEL…) are these maps or re-exports of them.
import type { Verdict, WeakStage } from '../../schemas/diagnosis';
import { METRIC_LABELS } from '../../schemas/metrics';
import { IMMATURE_OPEN_SHARE } from './cohort';
import { fmtPct } from './format';
import type { EffortSignal, StatKey, TermKey } from './types';

export { METRIC_LABELS };

export const STAT_LABELS: Record<StatKey, string> = {
  ...METRIC_LABELS,
  quota: 'Quota (in the data)',
  winRate: 'Win rate (as stated in the file)',
  revenue: 'Won revenue',
  activities: 'Calls + emails',
  effectiveQuota: 'Quota',
  conversionHeld: 'Meeting held → opportunity',
  conversionBooked: 'Meeting booked → opportunity',
  conversionActivities: 'Activity → opportunity',
  winPerOpportunity: 'Opportunity → win',
  closedWinRate: 'Win rate (won ÷ closed)',
  closingPace: 'Closing pace (closed ÷ created)',
  dealSize: 'Average deal size',
  pipelineCoverage: 'Pipeline coverage (pipeline ÷ quota)',
  cohortWinRate: 'Opportunity → win, by creation (won ÷ created)',
  cohortOpenShare: 'Still open, of those created',
};

/**
 * What each number counts and over which dates: the definition one click away from every
 * figure. Windows sum the periods' counts; rates are recomputed from the sums.
 */
export const STAT_DEFINITIONS: Record<StatKey, string> = {
  quota: 'The quota stated in your data for the period (summed over the window).',
  revenueWon: 'Revenue of deals won, counted in the period they closed.',
  calls: 'Calls logged in the period.',
  emails: 'Emails logged in the period.',
  meetingsBooked: 'Meetings booked (set) in the period.',
  meetingsHeld: 'Meetings held in the period.',
  opportunitiesCreated: 'Opportunities (deals) created in the period, by their created date.',
  dealsWon: 'Deals won, counted in the period they closed.',
  dealsLost: 'Deals lost, counted in the period they closed.',
  winRate: 'The win rate as your file states it.',
  avgDealSize: 'Average deal size as your file states it.',
  cycleDaysMedian: 'Median days from created to closed of the deals won in the period (a window weights periods by deals won).',
  pipeline: 'Amount of open deals at the end of the period.',
  complaints: 'Customer complaints logged in the period.',
  csat: 'Customer satisfaction as your file states it (mean over the window).',
  revenue: 'Revenue of deals won, counted in the period they closed.',
  activities: 'Calls plus emails logged in the period.',
  effectiveQuota:
    'The target the result is held to: your override for this rep, else the quota in the data, else the role target you set or applied.',
  conversionHeld: 'Opportunities created ÷ meetings held, same periods; not shown when it would exceed 100%.',
  conversionBooked: 'Opportunities created ÷ meetings booked, same periods; not shown when it would exceed 100%.',
  conversionActivities: 'Opportunities created ÷ calls and emails, same periods.',
  winPerOpportunity: 'Deals won ÷ opportunities created in the same periods, used only where lost deals are unknown and never above 100%.',
  closedWinRate: 'Deals won ÷ deals closed (won + lost), of the deals that closed in the window.',
  closingPace:
    'Deals closed (won + lost) ÷ opportunities created in the same window. Closed and created deals are different deals, so this is timing, not a rate; it is shown so the factors multiply to won revenue and is never judged.',
  dealSize: 'Won revenue ÷ deals won, in the window.',
  pipelineCoverage: 'Open pipeline at the end of the last period ÷ that period’s quota.',
  cohortWon: 'Of the opportunities created in the period (by their created date), those won, whenever they closed.',
  cohortLost: 'Of the opportunities created in the period (by their created date), those lost, whenever they closed.',
  cohortOpen: 'Of the opportunities created in the period (by their created date), those still open at the end of the export.',
  cohortWinRate: `Of the opportunities created in the window (by their created date), the share the export shows won, whenever they closed: won ÷ created, with won + lost + still open = created. While many are still open the rate can only rise; a cohort with more than ${fmtPct(IMMATURE_OPEN_SHARE)} still open is immature and is not compared.`,
  cohortOpenShare: 'Of the opportunities created in the window, the share still open at the end of the export.',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  'on-track': 'On track',
  effort: 'Effort gap',
  skill: 'Skill gap',
  mixed: 'Effort + skill',
  'insufficient-data': 'Not enough data',
};

/** Stages as a heading or a rule names them. */
export const STAGE_LABELS: Record<WeakStage, string> = {
  prospecting: 'prospecting (activity → meetings)',
  'meeting-to-opportunity': 'meeting → opportunity',
  'opportunity-to-win': 'opportunity → win',
  'deal-size': 'deal size',
  'cycle-length': 'cycle length',
};

/** Stages next to a verdict ("Skill gap · deal size"). */
export const STAGE_SHORT_LABELS: Record<WeakStage, string> = { ...STAGE_LABELS, prospecting: 'prospecting' };

/** Stages inside a sentence ("… but opportunity → win rate is more than 20% below …"). */
export const STAGE_PHRASES: Record<WeakStage, string> = {
  prospecting: 'activity',
  'meeting-to-opportunity': 'meeting → opportunity conversion',
  'opportunity-to-win': 'opportunity → win rate',
  'deal-size': 'average deal size',
  'cycle-length': 'cycle length',
};

export const SIGNAL_LABELS: Record<EffortSignal, string> = {
  meetingsHeld: 'Meetings held',
  meetingsBooked: 'Meetings booked',
  activities: 'Calls and emails',
  opportunitiesCreated: 'Opportunities created',
};

/** The effort signal's unit, short ("no meetings in the period"). */
export const SIGNAL_UNITS: Record<EffortSignal, string> = {
  meetingsHeld: 'meetings',
  meetingsBooked: 'meetings',
  activities: 'calls and emails',
  opportunitiesCreated: 'opportunities',
};

/** The effort signal in a sentence ("fewer meetings held means fewer opportunities"). */
export const SIGNAL_NOUNS: Record<EffortSignal, string> = {
  meetingsHeld: 'meetings held',
  meetingsBooked: 'meetings booked',
  activities: 'calls and emails',
  opportunitiesCreated: 'opportunities created',
};

/** Funnel terms on a chart axis. */
export const TERM_SHORT_LABELS: Record<TermKey, string> = {
  effort: 'Activity',
  meetingToOpportunity: 'Meeting → opp.',
  opportunityToWin: 'Win rate',
  dealSize: 'Deal size',
};

/** The closing-pace factor's label. */
export const PACE_LABEL = STAT_LABELS.closingPace;
