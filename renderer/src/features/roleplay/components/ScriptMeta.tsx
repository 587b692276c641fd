import { DIFFICULTY_LABELS, SKILL_LABELS, STAGE_NAMES } from '../../../../../shared/domain/roleplay';
import type { RoleplayScript } from '../../../../../shared/schemas';

/** Skill, stage, difficulty and length as small labelled chips. */
export function ScriptMeta({ script }: { script: RoleplayScript }) {
  return (
    <ul className="rp-meta" aria-label="About this script">
      <li className="rp-chip rp-chip-skill">{SKILL_LABELS[script.skill]}</li>
      <li className="rp-chip">Stage: {STAGE_NAMES[script.stage]}</li>
      <li className={`rp-chip rp-difficulty-${script.difficulty}`}>{DIFFICULTY_LABELS[script.difficulty]}</li>
      <li className="rp-chip">{script.minutes} min</li>
      {script.origin === 'custom' ? <li className="rp-chip rp-chip-custom">Your script</li> : null}
    </ul>
  );
}
