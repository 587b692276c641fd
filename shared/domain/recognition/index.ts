/** The wins log: wins Candor finds (targets, milestones, role-plays, benchmarks), wins noted by hand, and the recognition note. */
export type { WinEntry } from './found';
export { checkInWinEntries, planWinEntries, roleplayWinEntries } from './found';
export type { RecognitionNote } from './note';
export { recognitionNote } from './note';
