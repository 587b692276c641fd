// One vocabulary: every label of metrics, stages, verdicts, effort signals and warning signs,
// defined once here. Other modules (and the renderer) import these maps; older export names
// (STAT_LABELS, STAGE_LABELS, SIGNAL_LABELS, METRIC_LABELS…) are re-exports of them.
import type { WeakStage } from '../../schemas/diagnosis';
import type { StatKey } from './types';

export const STAT_LABELS: Record<StatKey, string> = {
  quota: 'Quota (in the data)',
  revenueWon: 'Won revenue',
  calls: 'Calls',
  emails: 'Emails',
  meetingsBooked: 'Meetings booked',
  meetingsHeld: 'Meetings held',
  opportunitiesCreated: 'Opportunities created',
  dealsWon: 'Deals won',
  dealsLost: 'Deals lost',
  winRate: 'Win rate (won ÷ closed)',
  avgDealSize: 'Average deal size',
  cycleDaysMedian: 'Cycle days (median)',
  pipeline: 'Open pipeline',
  complaints: 'Complaints',
  csat: 'CSAT',
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
};

export const STAGE_LABELS: Record<WeakStage, string> = {
  prospecting: 'prospecting (activity → meetings)',
  'meeting-to-opportunity': 'meeting → opportunity',
  'opportunity-to-win': 'opportunity → win',
  'deal-size': 'deal size',
  'cycle-length': 'cycle length',
};
