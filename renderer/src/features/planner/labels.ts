import type { ObstacleKind, Verdict, WeakStage } from '../../../../shared/schemas';

export const VERDICT_LABELS: Record<Verdict, string> = {
  'on-track': 'On track',
  effort: 'Effort gap',
  skill: 'Skill gap',
  mixed: 'Effort + skill',
  'insufficient-data': 'Not enough data',
};

export const STAGE_LABELS: Record<WeakStage, string> = {
  prospecting: 'Prospecting (activity → meetings)',
  'meeting-to-opportunity': 'Meeting → opportunity',
  'opportunity-to-win': 'Opportunity → win',
  'deal-size': 'Deal size',
  'cycle-length': 'Cycle length',
};

export const OBSTACLE_LABELS: Record<ObstacleKind, string> = {
  'territory-change': 'Territory change',
  leave: 'Leave or absence',
  'lead-quality': 'Lead quality',
  tooling: 'Tools or systems',
  other: 'Something else',
};

export const GAP_LABELS = { effort: 'Effort', skill: 'Skill', mixed: 'Both', none: 'No gap' } as const;

export { SUPPORT_KIND_LABELS as SUPPORT_LABELS } from '../../../../shared/domain/plan';
