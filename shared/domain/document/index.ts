export * from './types';
export { buildPlanDocument, PLAN_SECTIONS, PLAN_TITLE, SIGNER_LABEL } from './plan';
export { buildGuideDocument, GUIDE_TITLE, GUIDE_PRIVACY_NOTE } from './guide';
export { DocumentInputError, makeFormatter, NOT_AVAILABLE, type Formatter } from './format';
export { cleanText, cleanLine, documentText, isRightToLeft, plainText, softWrap } from './text';
export { documentFileName, type DocumentKind } from './filename';
