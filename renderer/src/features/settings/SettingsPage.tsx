import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDb } from '@renderer/state/db';
import { getSettings } from '@renderer/db/repositories/settings';
import { usePlatform } from '@renderer/platform';
import { PageHeader } from '@renderer/ui/PageHeader';
import { DEFAULT_EXPECTATIONS } from '../diagnosis';
import { BackupSection } from './BackupSection';
import { ExpectationsEditor } from './ExpectationsEditor';
import { NumberFormatSettings } from './NumberFormatSettings';
import { ThresholdsForm } from './ThresholdsForm';
import { TeamSettings } from './TeamSettings';

export function SettingsPage() {
  const platform = usePlatform();
  const db = useDb();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const [version, setVersion] = useState<string | null>(null);
  const [usage, setUsage] = useState<string | null>(null);
  useEffect(() => {
    void platform.appVersion().then(setVersion, () => setVersion('unknown'));
    void navigator.storage
      ?.estimate?.()
      .then((e) => {
        if (e.usage !== undefined) setUsage(`${(e.usage / 1048576).toFixed(1)} MB used`);
      })
      .catch(() => undefined);
  }, [platform]);
  return (
    <>
      <PageHeader title="Settings" subtitle="How Candor works on this computer." />
      <section className="card" aria-labelledby="expectations-title">
        <h2 id="expectations-title" className="card-title">
          Expectations by role
        </h2>
        <p className="muted small" style={{ marginBottom: 12 }}>
          What each role is held to, per month. A rep can only be held to standards that were stated: the diagnosis uses a role’s targets once you
          apply or edit them, and the team median until then. New hires get the ramp.
        </p>
        <ExpectationsEditor defaults={DEFAULT_EXPECTATIONS} />
      </section>
      <section className="card" aria-labelledby="teams-title">
        <h2 id="teams-title" className="card-title">
          Teams
        </h2>
        <p className="muted small" style={{ marginBottom: 12 }}>
          Which team Candor opens on, and whose median each rep is compared with.
        </p>
        {settings ? <TeamSettings myTeam={settings.myTeam} diagnosis={settings.diagnosis} /> : null}
      </section>
      <section className="card" aria-labelledby="thresholds-title">
        <h2 id="thresholds-title" className="card-title">
          Diagnosis thresholds
        </h2>
        <p className="muted small" style={{ marginBottom: 12 }}>
          How Candor decides between an effort gap, a skill gap and on-track, and when it raises a warning sign.
        </p>
        {settings ? (
          <ThresholdsForm key={settings.updatedAt} current={settings.diagnosis} />
        ) : (
          <p className="muted" role="status">
            Loading the thresholds…
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="numbers-title">
        <h2 id="numbers-title" className="card-title">
          Numbers and currency
        </h2>
        <NumberFormatSettings />
      </section>
      <BackupSection />
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title" className="card-title">
          About
        </h2>
        <dl className="facts">
          <dt>Version</dt>
          <dd>{version ?? '…'}</dd>
          <dt>Running as</dt>
          <dd>{platform.kind === 'electron' ? 'Desktop app' : 'Browser app (local)'}</dd>
          <dt>Where your data lives</dt>
          <dd>On this computer only, in Candor’s local database{usage ? ` (${usage})` : ''}. Nothing is sent anywhere.</dd>
        </dl>
      </section>
    </>
  );
}
