import { nameKey } from '@shared/schemas/common';
import { capitalise } from '@shared/lib/format';
import type { TeamDiagnosis } from '@shared/domain/diagnosis';
import { hrefFor } from '@renderer/state/router';
import { useApplyDefaults } from '../settings';
import { Button } from '@renderer/ui/Button';
import { useFormat } from '@renderer/ui/format';
import { DEFAULT_EXPECTATIONS, type DiagnosisData } from '../diagnosis';

/**
 * What the comparisons on this page rest on, said plainly: after an import without quotas or
 * targets, Candor says so and offers the role defaults (labelled, applied in one click, never
 * silently). Also the team-level notes of the diagnosis (deal-only data, an incomplete tail).
 */
export function TargetsNotice({ team, data }: { team: TeamDiagnosis; data: DiagnosisData }) {
  const fmt = useFormat();
  const applied = new Set(data.input.expectations.map((e) => nameKey(e.role)));
  const noTargets = team.reps.length > 0 && team.reps.every((r) => r.window.result.target === null);
  const roles = [...new Set(team.reps.map((r) => r.role))];
  const offered = DEFAULT_EXPECTATIONS.filter((d) => roles.some((r) => nameKey(r) === nameKey(d.role)) && !applied.has(nameKey(d.role)));
  const unset = roles.filter((r) => !applied.has(nameKey(r)));

  const defaults = useApplyDefaults(DEFAULT_EXPECTATIONS, team.period);
  const title = `Apply the default targets for ${offered.map((d) => d.role).join(', ')}`;

  const defaultsText = offered
    .map(
      (d) =>
        `${d.role}: ${d.targets.quota !== null ? `quota ${fmt.money(d.targets.quota)}, ` : ''}${d.targets.opportunitiesCreated ?? '—'} opportunities a month`,
    )
    .join('; ');

  return (
    <>
      {noTargets || unset.length === roles.length ? (
        <div className="notice notice-info notice-compact small notice-targets" role="note" aria-label="Targets">
          <span>
            <strong>{noTargets ? 'No quotas or targets in your data, and none set yet.' : 'No targets set for this team yet.'}</strong>{' '}
            {noTargets ? 'Results and factors are' : 'Every factor is'} compared with the median of each rep’s peers until you set expectations.
          </span>
          <span className="row-actions">
            {offered.length ? (
              <Button
                size="sm"
                title={`Candor’s defaults, not your numbers: ${defaultsText}`}
                onClick={() =>
                  defaults.ask(
                    offered.map((d) => d.role),
                    title,
                  )
                }
              >
                {title}
              </Button>
            ) : null}
            <a className="btn btn-sm btn-ghost" href={hrefFor({ page: 'settings' })}>
              Set targets in Settings
            </a>
          </span>
        </div>
      ) : null}
      {defaults.message}
      {defaults.dialog}
      <DataNotes notes={team.notes} />
    </>
  );
}

/**
 * The diagnosis's notes about the data, folded to one line at a laptop's height: the summary
 * gives the gist of each note (up to its first colon or semicolon), opening it gives the rest.
 */
function DataNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  const parts = notes.map((n) => {
    const at = n.search(/[:;] /);
    return at > 0 ? { head: n.slice(0, at), rest: n.slice(at + 2) } : { head: n.replace(/\.$/, ''), rest: '' };
  });
  return (
    <details className="notice notice-info notice-compact small data-notes" aria-label="About this data">
      <summary>
        <span className="visually-hidden">About this data: </span>
        {parts.map((p, i) => (
          <span key={p.head}>
            {i > 0 ? ' · ' : ''}
            {p.head}
          </span>
        ))}
      </summary>
      <ul>
        {parts
          .filter((p) => p.rest)
          .map((p) => (
            <li key={p.head}>{capitalise(p.rest)}</li>
          ))}
      </ul>
    </details>
  );
}
