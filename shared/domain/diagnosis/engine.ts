// The engine, split into cohesive modules (no import loop: vocabulary ← indexing ← statistics ←
// benchmarks ← assess; classification and confidence depend only on types and the funnel).
// This file re-exports them for existing imports.
export { assess, periodResult } from './assess';
export type { AssessOptions } from './assess';
export { classify } from './classification';
export type { Classification } from './classification';
export { confidenceOf, minConfidence } from './confidence';
export { createEngine, quotaFor, targetsFor } from './indexing';
export type { Engine, RepIndex, RepWindow } from './indexing';
export { DERIVED_FLOW_KEYS, DISPLAY_KEYS, MIN_PEERS, STAT_KEYS, windowStats } from './statistics';
export { STAGE_LABELS, STAT_LABELS } from './vocabulary';
