import { Play } from 'lucide-react';
import type { RoleplayScript } from '@shared/schemas';
import { Button } from '@renderer/ui/Button';
import { hrefWithin } from '../state/view';
import { ScriptMeta } from './ScriptMeta';

/** One script in a list: what it trains, and the two things a coach does with it. */
export function ScriptCard({
  script,
  repId,
  repName,
  onStart,
}: {
  script: RoleplayScript;
  repId: string | null;
  repName: string | null;
  onStart: (script: RoleplayScript) => void;
}) {
  return (
    <article className="rp-card" aria-label={script.title}>
      <h3>
        <a href={hrefWithin({ rep: repId, view: { kind: 'script', id: script.id } })}>{script.title}</a>
      </h3>
      <ScriptMeta script={script} />
      <p className="muted small rp-card-text">{script.repObjective}</p>
      <div className="rp-card-actions">
        <Button
          size="sm"
          variant="primary"
          icon={<Play size={14} />}
          disabled={!repId}
          title={repId ? undefined : 'Choose a rep first'}
          aria-label={repName ? `Start session: “${script.title}” with ${repName}` : `Start session: “${script.title}”`}
          onClick={() => onStart(script)}
        >
          Start session
        </Button>
      </div>
    </article>
  );
}
