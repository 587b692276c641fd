import { FileUp, UserPlus } from 'lucide-react';
import { useDb } from '@renderer/state/db';
import { hrefFor } from '@renderer/state/router';
import { useAppStore } from '@renderer/state/store';
import { saveSettings } from '@renderer/db/repositories/settings';
import { Button } from '@renderer/ui/Button';
import { useWrite, WriteFailure } from '@renderer/ui/WriteFailure';
import { SampleDataButton } from '../import';

/** Shown until the manager adds a rep, imports data or skips. */
export function FirstRun() {
  const db = useDb();
  const openRepForm = useAppStore((s) => s.openRepForm);
  const write = useWrite();
  const finish = () => write.run(() => saveSettings(db, { onboardedAt: new Date().toISOString() }));
  return (
    <div className="welcome">
      <section className="welcome-hero" aria-labelledby="welcome-title">
        <h1 id="welcome-title">Welcome to Candor</h1>
        <p>
          Prepare tough, fair, fact-based conversations with your reps. See whether a shortfall is about effort or skill, plan what to say, and leave
          the meeting with a written plan both of you sign. Everything stays on this computer.
        </p>
      </section>
      <div className="welcome-steps">
        <div className="welcome-step">
          <span className="step-num">1</span>
          <h2>Add your team</h2>
          <p className="muted">Type in your reps, or let an import create them from your CRM export.</p>
        </div>
        <div className="welcome-step">
          <span className="step-num">2</span>
          <h2>Bring in the numbers</h2>
          <p className="muted">CSV or Excel exports from Salesforce, HubSpot or any CRM, or a monthly metrics sheet.</p>
        </div>
        <div className="welcome-step">
          <span className="step-num">3</span>
          <h2>Prepare the conversation</h2>
          <p className="muted">Facts, expectations, diagnosis and a signed action plan, step by step.</p>
        </div>
      </div>
      <div className="welcome-actions">
        <Button
          variant="primary"
          icon={<UserPlus size={16} />}
          onClick={() => {
            void finish();
            openRepForm('new');
          }}
        >
          Add your first rep
        </Button>
        <a className="btn" href={hrefFor({ page: 'import' })} onClick={() => void finish()}>
          <FileUp size={16} aria-hidden="true" /> Import a file
        </a>
        <SampleDataButton />
        <Button variant="ghost" onClick={() => void finish()}>
          Skip for now
        </Button>
      </div>
      <WriteFailure failure={write.failure} />
    </div>
  );
}
