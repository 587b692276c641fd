import type { Difficulty, RoleplaySkill, WeakStage } from '@shared/schemas';

export const SKILL_LABELS: Record<RoleplaySkill, string> = {
  prospecting: 'Prospecting call',
  gatekeeper: 'Getting past the gatekeeper',
  discovery: 'Discovery',
  qualification: 'Qualification',
  demo: 'Demo',
  'objection-handling': 'Objection handling',
  negotiation: 'Negotiation',
  closing: 'Closing',
  'follow-up': 'Follow-up',
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  foundation: 'Foundation',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Short stage names for filters and badges (the diagnosis' weak stages). */
export const STAGE_NAMES: Record<WeakStage, string> = {
  prospecting: 'Prospecting → meeting',
  'meeting-to-opportunity': 'Meeting → opportunity',
  'opportunity-to-win': 'Opportunity → win',
  'deal-size': 'Deal size',
  'cycle-length': 'Cycle length',
};

/**
 * The skills that move each funnel stage, most direct first: a rep whose weak stage is
 * opportunity → win practises closing and objection handling before negotiation.
 */
export const SKILLS_FOR_STAGE: Record<WeakStage, readonly RoleplaySkill[]> = {
  prospecting: ['prospecting', 'gatekeeper'],
  'meeting-to-opportunity': ['discovery', 'qualification', 'demo'],
  'opportunity-to-win': ['closing', 'objection-handling', 'negotiation'],
  'deal-size': ['negotiation', 'discovery', 'objection-handling'],
  'cycle-length': ['follow-up', 'closing', 'qualification'],
};
