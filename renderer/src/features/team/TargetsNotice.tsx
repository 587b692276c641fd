import { nameKey } from '../../../../shared/schemas/common';
import type { TeamDiagnosis } from '../../../../shared/domain/diagnosis';
import { hrefFor } from '../../state/router';
import { useApplyDefaults } from '../settings';
import { Button } from '../../ui/Button';
import { useFormat } from '../../ui/format';
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

  return (
    <>
      {noTargets || unset.length === roles.length ? (
        <div className="notice notice-info" role="note" aria-label="Targets" style={{ marginBottom: 12, flexDirection: 'column', gap: 0 }}>
          <div>
            <strong>{noTargets ? 'No quotas or targets in your data, and none set yet.' : 'No targets set for this team yet.'}</strong>{' '}
            {noTargets ? 'Each result is shown against the team median, and every' : 'Every'} factor is compared with the team median until you set
            expectations.
            {offered.length ? (
              <>
                {' '}
                Candor ships default targets (
                {offered
                  .map(
                    (d) =>
                      `${d.role}: ${d.targets.quota !== null ? `quota ${fmt.money(d.targets.quota)}, ` : ''}${d.targets.opportunitiesCreated ?? '—'} opportunities a month`,
                  )
                  .join('; ')}
                ) — defaults, not your numbers.
              </>
            ) : null}
          </div>
          <div className="row-actions" style={{ justifyContent: 'flex-start', marginTop: 8 }}>
            {offered.length ? (
              <Button
                size="sm"
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
          </div>
        </div>
      ) : null}
      {defaults.message}
      {defaults.dialog}
      {team.notes.length ? (
        <ul
          className="notice notice-info small"
          aria-label="About this data"
          style={{ marginBottom: 12, paddingLeft: 28, flexDirection: 'column', gap: 4 }}
        >
          {team.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
