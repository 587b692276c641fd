/** A rep's timeline: imports, plans and revisions, check-ins, role-plays, practice, wins and self-assessments in one order. */
export type { TimelineEvent, TimelineKind, TimelineParts, TimelineRef } from './timeline';
export { buildTimeline } from './timeline';
