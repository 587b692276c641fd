// One vocabulary: every label of metrics, verdicts, stages, effort signals and funnel terms is
// defined once, here (metric labels and definitions in the metric catalogue, shared/domain/metrics,
// which this reads). The renderer and the CLI import these maps; older names (STAT_LABELS, STAGE_LABELS,
// SIGNAL_LABELS, VERDICT_LABEL, STAGE_LABEL…) are these maps or re-exports of them.
import type { Verdict, WeakStage } from '@shared/schemas/diagnosis';
import { METRIC_LABELS } from '@shared/schemas/metrics';
import { CATALOGUE_KEYS, METRIC_CATALOGUE } from '../metrics';
import type { EffortSignal, StatKey, TermKey } from './types';

/** Every stat is in the catalogue (checked by the type: a stat the catalogue lacks fails to compile). */
const STAT_KEYS_ALL: readonly StatKey[] = CATALOGUE_KEYS satisfies readonly StatKey[];
const _everyStat: Record<StatKey, unknown> = METRIC_CATALOGUE;
void _everyStat;

export { METRIC_LABELS };

/** Every stat's label, from the metric catalogue. */
export const STAT_LABELS = Object.fromEntries(STAT_KEYS_ALL.map((k) => [k, METRIC_CATALOGUE[k].label])) as Record<StatKey, string>;

/**
 * What each number counts and over which dates: the definition one click away from every
 * figure (from the metric catalogue). Windows sum the periods' counts; rates are recomputed from the sums.
 */
export const STAT_DEFINITIONS = Object.fromEntries(STAT_KEYS_ALL.map((k) => [k, METRIC_CATALOGUE[k].definition])) as Record<StatKey, string>;

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
