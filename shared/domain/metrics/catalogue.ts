// The metric catalogue: what every metric Candor knows is, said once. Its label, the unit its
// numbers are written in, which way is better, the family of metrics that measure the same
// thing, the part it plays in the diagnosis, whether a window sums it or takes its level, and a
// one-line definition. The diagnosis, the conversation engine, the plan and the renderer read
// these facts from here; this module imports nothing above the schemas.
import type { MetricUnit } from '@shared/schemas/conversation';
import type { WeakStage } from '@shared/schemas/diagnosis';
import { METRIC_LABELS, type MetricKey } from '@shared/schemas/metrics';

/**
 * activity: what a rep moves by doing more. conversion: what a rep moves by doing it better
 * (every skill stage, deal size and cycle length included). outcome: what activity and skill
 * produce. not-judged: targets and timing, shown for context, never a gap of the rep's.
 */
export type MetricRole = 'activity' | 'conversion' | 'outcome' | 'not-judged';

/** flow: counted per period and summed over a window. level: a rate, an average or a stock. */
export type MetricBasis = 'flow' | 'level';

export type MetricFacts = {
  label: string;
  unit: MetricUnit;
  higherIsBetter: boolean;
  /** Metrics that measure the same thing share a family; the first listed member is preferred. */
  family: string;
  role: MetricRole;
  basis: MetricBasis;
  /**
   * In a list of standards this repeats another metric's fact (a sum of others, a restatement of
   * another figure, or a target): it is not listed as a standard of its own.
   */
  repeats: boolean;
  /** The step of the sale this metric shows (the weak stage it points at); null for results, targets and timing. */
  stage: WeakStage | null;
  /** A figure below zero can be real (a satisfaction score on a −100 to 100 scale); for every other metric it is an error. */
  mayBeNegative: boolean;
  definition: string;
};

/** More than this share of a creation cohort still open: immature, not compared. */
export const IMMATURE_OPEN_SHARE = 0.25;

/** The step of the sale each family of metrics shows. */
const FAMILY_STAGE: Partial<Record<string, WeakStage>> = {
  activities: 'prospecting',
  meetings: 'prospecting',
  opportunities: 'meeting-to-opportunity',
  conversion: 'meeting-to-opportunity',
  'win-rate': 'opportunity-to-win',
  'deal-size': 'deal-size',
  cycle: 'cycle-length',
};

const f = (
  label: string,
  unit: MetricUnit,
  role: MetricRole,
  basis: MetricBasis,
  family: string,
  definition: string,
  more: { lowerIsBetter?: boolean; repeats?: boolean; mayBeNegative?: boolean } = {},
): MetricFacts => ({
  label,
  unit,
  higherIsBetter: !more.lowerIsBetter,
  family,
  role,
  basis,
  repeats: more.repeats ?? false,
  stage: FAMILY_STAGE[family] ?? null,
  mayBeNegative: more.mayBeNegative ?? false,
  definition,
});

/** Every metric, in the order lists show them; within a family the preferred member first. */
export const METRIC_CATALOGUE = {
  effectiveQuota: f(
    'Quota',
    'money',
    'not-judged',
    'flow',
    'quota',
    'The target the result is held to: your override for this rep, else the quota in the data, else the role target you set or applied.',
    { repeats: true },
  ),
  quota: f('Quota (in the data)', 'money', 'not-judged', 'flow', 'quota', 'The quota stated in your data for the period (summed over the window).', {
    repeats: true,
  }),
  revenue: f('Won revenue', 'money', 'outcome', 'flow', 'revenue', 'Revenue of deals won, counted in the period they closed.'),
  revenueWon: f(METRIC_LABELS.revenueWon, 'money', 'outcome', 'flow', 'revenue', 'Revenue of deals won, counted in the period they closed.', {
    repeats: true,
  }),
  calls: f(METRIC_LABELS.calls, 'count', 'activity', 'flow', 'activities', 'Calls logged in the period.'),
  emails: f(METRIC_LABELS.emails, 'count', 'activity', 'flow', 'activities', 'Emails logged in the period.'),
  activities: f('Calls + emails', 'count', 'activity', 'flow', 'activities', 'Calls plus emails logged in the period.', { repeats: true }),
  meetingsHeld: f(METRIC_LABELS.meetingsHeld, 'count', 'activity', 'flow', 'meetings', 'Meetings held in the period.'),
  meetingsBooked: f(METRIC_LABELS.meetingsBooked, 'count', 'activity', 'flow', 'meetings', 'Meetings booked (set) in the period.'),
  opportunitiesCreated: f(
    METRIC_LABELS.opportunitiesCreated,
    'count',
    'activity',
    'flow',
    'opportunities',
    'Opportunities (deals) created in the period, by their created date.',
  ),
  conversionHeld: f(
    'Meeting held → opportunity',
    'rate',
    'conversion',
    'level',
    'conversion',
    'Opportunities created ÷ meetings held, same periods; not shown when it would exceed 100%.',
  ),
  conversionBooked: f(
    'Meeting booked → opportunity',
    'rate',
    'conversion',
    'level',
    'conversion',
    'Opportunities created ÷ meetings booked, same periods; not shown when it would exceed 100%.',
  ),
  conversionActivities: f(
    'Activity → opportunity',
    'rate',
    'conversion',
    'level',
    'conversion',
    'Opportunities created ÷ calls and emails, same periods.',
  ),
  dealsWon: f(METRIC_LABELS.dealsWon, 'count', 'outcome', 'flow', 'deals', 'Deals won, counted in the period they closed.'),
  dealsLost: f(METRIC_LABELS.dealsLost, 'count', 'outcome', 'flow', 'deals', 'Deals lost, counted in the period they closed.', {
    lowerIsBetter: true,
  }),
  closedWinRate: f(
    'Win rate (won ÷ closed)',
    'rate',
    'conversion',
    'level',
    'win-rate',
    'Deals won ÷ deals closed (won + lost), of the deals that closed in the window.',
  ),
  winPerOpportunity: f(
    'Opportunity → win',
    'rate',
    'conversion',
    'level',
    'win-rate',
    'Deals won ÷ opportunities created in the same periods, used only where lost deals are unknown and never above 100%.',
  ),
  winRate: f('Win rate (as stated in the file)', 'rate', 'conversion', 'level', 'win-rate', 'The win rate as your file states it.'),
  closingPace: f(
    'Closing pace (closed ÷ created)',
    'ratio',
    'not-judged',
    'level',
    'closing-pace',
    'Deals closed (won + lost) ÷ opportunities created in the same window. Closed and created deals are different deals, so this is timing, not a rate; it is shown so the factors multiply to won revenue and is never judged.',
  ),
  dealSize: f('Average deal size', 'money', 'conversion', 'level', 'deal-size', 'Won revenue ÷ deals won, in the window.'),
  avgDealSize: f(METRIC_LABELS.avgDealSize, 'money', 'conversion', 'level', 'deal-size', 'Average deal size as your file states it.', {
    repeats: true,
  }),
  cycleDaysMedian: f(
    METRIC_LABELS.cycleDaysMedian,
    'days',
    'conversion',
    'level',
    'cycle',
    'Median days from created to closed of the deals won in the period (a window weights periods by deals won).',
    { lowerIsBetter: true },
  ),
  pipeline: f(METRIC_LABELS.pipeline, 'money', 'outcome', 'level', 'pipeline', 'Amount of open deals at the end of the period.'),
  pipelineCoverage: f(
    'Pipeline coverage (pipeline ÷ quota)',
    'ratio',
    'outcome',
    'level',
    'pipeline',
    'Open pipeline at the end of the last period ÷ that period’s quota.',
  ),
  complaints: f(METRIC_LABELS.complaints, 'count', 'outcome', 'flow', 'complaints', 'Customer complaints logged in the period.', {
    lowerIsBetter: true,
  }),
  csat: f(METRIC_LABELS.csat, 'count', 'outcome', 'level', 'csat', 'Customer satisfaction as your file states it (mean over the window).', {
    mayBeNegative: true,
  }),
  cohortWinRate: f(
    'Opportunity → win, by creation (won ÷ created)',
    'rate',
    'not-judged',
    'level',
    'cohort',
    `Of the opportunities created in the window (by their created date), the share the export shows won, whenever they closed: won ÷ created, with won + lost + still open = created. While many are still open the rate can only rise; a cohort with more than ${Math.round(IMMATURE_OPEN_SHARE * 100)}% still open is immature and is not compared.`,
  ),
  cohortOpenShare: f(
    'Still open, of those created',
    'rate',
    'not-judged',
    'level',
    'cohort',
    'Of the opportunities created in the window, the share still open at the end of the export.',
  ),
  cohortWon: f(
    METRIC_LABELS.cohortWon,
    'count',
    'not-judged',
    'flow',
    'cohort',
    'Of the opportunities created in the period (by their created date), those won, whenever they closed.',
  ),
  cohortLost: f(
    METRIC_LABELS.cohortLost,
    'count',
    'not-judged',
    'flow',
    'cohort',
    'Of the opportunities created in the period (by their created date), those lost, whenever they closed.',
  ),
  cohortOpen: f(
    METRIC_LABELS.cohortOpen,
    'count',
    'not-judged',
    'flow',
    'cohort',
    'Of the opportunities created in the period (by their created date), those still open at the end of the export.',
  ),
} as const satisfies Record<MetricKey | string, MetricFacts>;

export type CatalogueKey = keyof typeof METRIC_CATALOGUE;
export const CATALOGUE_KEYS = Object.keys(METRIC_CATALOGUE) as CatalogueKey[];

const byKey: Readonly<Record<string, MetricFacts | undefined>> = METRIC_CATALOGUE;

/** The catalogue entry of a key, or undefined for a key Candor does not know. */
export const metricFacts = (key: string): MetricFacts | undefined => byKey[key];

/** A metric's unit; a key Candor does not know is read as a count. */
export const unitOfMetric = (key: string): MetricUnit => byKey[key]?.unit ?? 'count';

/** Whether a higher value is the better one (true for a key Candor does not know). */
export const higherIsBetter = (key: string): boolean => byKey[key]?.higherIsBetter ?? true;

export const roleOf = (key: string): MetricRole | null => byKey[key]?.role ?? null;

/** A key's family (the key itself when Candor does not know it). */
export const familyOf = (key: string): string => byKey[key]?.family ?? key;

/** The members of a family, the preferred first. */
export const familyMembers = (family: string): CatalogueKey[] => CATALOGUE_KEYS.filter((k) => METRIC_CATALOGUE[k].family === family);

/** Summed over a window (counts, amounts) rather than a level (rates, averages, stocks). */
export const isFlow = (key: string): boolean => byKey[key]?.basis === 'flow';
/** Whether a figure below zero can be real for this metric (see MetricFacts.mayBeNegative). */
export const mayBeNegative = (key: string): boolean => byKey[key]?.mayBeNegative ?? false;

/** Metrics a rep moves by doing more (activity floors) rather than by doing it better. */
export const ACTIVITY_KEYS: ReadonlySet<string> = new Set(CATALOGUE_KEYS.filter((k) => METRIC_CATALOGUE[k].role === 'activity'));

/** Results and targets (outcome and not-judged roles): never a focus area or an action item's metric of their own. */
export const RESULT_KEYS: ReadonlySet<string> = new Set(
  CATALOGUE_KEYS.filter((k) => METRIC_CATALOGUE[k].role === 'outcome' || METRIC_CATALOGUE[k].role === 'not-judged'),
);

/** The metrics that show a weak stage, in catalogue order. */
export const stageMetrics = (stage: WeakStage): CatalogueKey[] => CATALOGUE_KEYS.filter((k) => METRIC_CATALOGUE[k].stage === stage);
