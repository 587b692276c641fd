/** The rep's own view of a period: the form (on screen or in Word) and its comparison with the data. */
export type { EstimateGap } from './metrics';
export {
  SALE_STAGES,
  SALE_STAGE_NAMES,
  SAME_WITHIN,
  askableMetrics,
  estimateFromTyped,
  estimateGaps,
  estimateLabel,
  readTypedNumber,
} from './metrics';
export type { FilledForm, FormSpec } from './form';
export { FORM_MARK, FORM_VERSION, formReference, readFilledForm, selfAssessmentFormModel } from './form';
export type { GapQuestion } from './questions';
export { gapQuestions, gapWords } from './questions';
