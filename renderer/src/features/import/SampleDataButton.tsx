import { Sparkles } from 'lucide-react';
import { useState } from 'react';
import sampleCsv from '@resources/sample/team-metrics.csv?raw';
import { sha256Hex } from '@shared/lib/ids';
import { useDb } from '@renderer/state/db';
import { navigate } from '@renderer/state/router';
import { useAppStore } from '@renderer/state/store';
import { findImportByHash } from '@renderer/db/repositories/imports';
import { saveSettings } from '@renderer/db/repositories/settings';
import { Button } from '@renderer/ui/Button';
import { useEngineFactory } from './engine';
import { importAsProposed } from './asProposed';

export const SAMPLE_FILE_NAME = 'candor-sample-team.csv';

/** One click: the shipped sample team goes through the same import pipeline as any file. */
export function SampleDataButton({ variant = 'secondary' }: { variant?: 'primary' | 'secondary' }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const makeEngine = useEngineFactory();
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    // Off to the Team page when done, unless the manager has gone elsewhere meanwhile.
    const from = window.location.hash;
    const toTeam = () => {
      if (window.location.hash === from) navigate({ page: 'team' });
    };
    const engine = makeEngine();
    try {
      const bytes = new TextEncoder().encode(sampleCsv);
      const sha256 = await sha256Hex(bytes);
      const file = new Blob([bytes as BlobPart], { type: 'text/csv' });
      if (await findImportByHash(db, sha256)) {
        notify('info', 'The sample team is already loaded.');
        toTeam();
        return;
      }
      await importAsProposed(db, engine, file, { name: SAMPLE_FILE_NAME, sha256, size: bytes.byteLength });
      // The reps alone already end the first run; should this mark fail, the sample stays loaded.
      await saveSettings(db, { onboardedAt: new Date().toISOString() }).catch(() => undefined);
      notify('success', 'Sample team loaded. Undo it any time from the import history.');
      toTeam();
    } catch (e) {
      notify('error', `The sample team could not be loaded: ${e instanceof Error ? e.message : 'unknown error'}. Nothing was stored.`);
    } finally {
      engine.dispose();
      setBusy(false);
    }
  };

  return (
    <Button variant={variant} icon={<Sparkles size={16} />} onClick={() => void load()} disabled={busy}>
      {busy ? 'Loading the sample team…' : 'Try with sample data'}
    </Button>
  );
}
