import type { WeakStage } from '@shared/schemas';
import { STAGE_LABELS as STAGE_HEADINGS } from '@shared/domain/diagnosis/vocabulary';

// Verdicts and stages: the diagnosis vocabulary's labels (stages as a heading, capitalised).
export { VERDICT_LABELS } from '@shared/domain/diagnosis/vocabulary';

const capitalised = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
export const STAGE_LABELS = Object.fromEntries(Object.entries(STAGE_HEADINGS).map(([k, v]) => [k, capitalised(v)])) as Record<WeakStage, string>;

export { OBSTACLE_LABELS } from '@shared/domain/plan';

export const GAP_LABELS = { effort: 'Effort', skill: 'Skill', mixed: 'Both', none: 'No gap' } as const;

export { SUPPORT_KIND_LABELS as SUPPORT_LABELS } from '@shared/domain/plan';
