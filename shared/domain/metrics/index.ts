/** The metric catalogue: one home for every metric's label, unit, direction, family, role, basis and definition. */
export type { CatalogueKey, MetricBasis, MetricFacts, MetricRole } from './catalogue';
export {
  ACTIVITY_KEYS,
  CATALOGUE_KEYS,
  IMMATURE_OPEN_SHARE,
  METRIC_CATALOGUE,
  RESULT_KEYS,
  familyMembers,
  familyOf,
  higherIsBetter,
  isFlow,
  mayBeNegative,
  metricFacts,
  roleOf,
  stageMetrics,
  unitOfMetric,
} from './catalogue';
export type { BenchmarkOriginKey, BenchmarkSourceFacts, SourceVoice } from './benchmark-source';
export { benchmarkSourceLabel, benchmarkSourceName, benchmarkSourceOver, peerMedianLabel, peerMedianName } from './benchmark-source';
