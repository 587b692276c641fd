/**
 * Role-play coaching, pure: the script library (loaded from files and validated), the
 * suggestions a weak stage leads to, sessions and their result against the pass mark, and
 * the score history per skill. Used by the app and the CLI.
 */
export { DIFFICULTY_LABELS, SKILL_LABELS, SKILLS_FOR_STAGE, STAGE_NAMES } from './labels';
export type { Library, ScriptProblem, ScriptSource } from './library';
export {
  copyScript,
  describeIssues,
  findSameScript,
  freeId,
  loadLibrary,
  newScriptId,
  parseScriptFile,
  scriptFileName,
  slugify,
  toScriptFile,
} from './library';
export type { AssignmentInput, AssignmentProgress, AssignmentStatus } from './assignments';
export { assignmentFor, assignmentProgress, newAssignment, newSessionFor } from './assignments';
export type { Line, PathProblem, Walk } from './paths';
export { leadsTo, lineAt, nextIndex, sessionPath, stepPosition, walkScript } from './paths';
export type { StateParse } from './state-text';
export { parseStateText, stateText } from './state-text';
export type { Suggestions } from './suggest';
export { suggestScripts } from './suggest';
export type { ItemPractice, PlanItemOption, ScriptFilter, SessionResult, SkillPoint } from './session';
export {
  buyerLine,
  filterScripts,
  formatElapsed,
  linkablePlanItems,
  newSession,
  practiceForItem,
  roundScore,
  sessionResult,
  skillHistory,
} from './session';
export type { ScriptAudience } from './document';
export { buildScoreSheetDocument, buildScriptDocument, DOCX_MIME, scoreSheetFileName, scriptDocumentFileName } from './document';
