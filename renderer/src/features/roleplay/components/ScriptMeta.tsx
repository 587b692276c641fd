import { DIFFICULTY_LABELS, SKILL_LABELS, STAGE_NAMES } from '@shared/domain/roleplay';
import type { RoleplayScript } from '@shared/schemas';

/** Skill, stage, difficulty and length as small labelled chips. */
export function ScriptMeta({ script }: { script: RoleplayScript }) {
  return (
    <span className="rp-meta">
      <span className="rp-chip rp-chip-skill">{SKILL_LABELS[script.skill]}</span>
      <span className="rp-chip">Stage: {STAGE_NAMES[script.stage]}</span>
      <span className={`rp-chip rp-difficulty-${script.difficulty}`}>{DIFFICULTY_LABELS[script.difficulty]}</span>
      <span className="rp-chip">{script.minutes} min</span>
      {script.origin === 'custom' ? <span className="rp-chip rp-chip-custom">Your script</span> : null}
    </span>
  );
}
