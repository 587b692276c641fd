import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { Toasts } from '@renderer/app/Toasts';
import { DbContext } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { ImportEngineContext, type ImportEngine } from './engine';
import { inProcessEngine } from './inProcessEngine';
import { SampleDataButton } from './SampleDataButton';

function renderButton(engine: () => ImportEngine = inProcessEngine) {
  const db = freshDb();
  render(
    <DbContext.Provider value={db}>
      <ImportEngineContext.Provider value={engine}>
        <SampleDataButton />
        <Toasts />
      </ImportEngineContext.Provider>
    </DbContext.Provider>,
  );
  return db;
}

beforeEach(() => {
  useAppStore.setState({ toasts: [] });
  window.location.hash = '#/team';
});

describe('Try with sample data', () => {
  it('loads the team even when the first-run mark cannot be saved, and says it is loaded', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const db = renderButton();
    vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('disk full'));
    await user.click(screen.getByRole('button', { name: 'Try with sample data' }));
    expect(await screen.findByText(/^Sample team loaded\./, undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
    expect(await db.reps.count()).toBe(10);
    expect(await db.imports.count()).toBe(1);
  });

  it('says why and stores nothing when the import itself fails', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const failing = (): ImportEngine => {
      const real = inProcessEngine();
      return { ...real, run: () => Promise.reject(new Error('the file could not be read')) };
    };
    const db = renderButton(failing);
    await user.click(screen.getByRole('button', { name: 'Try with sample data' }));
    expect(await screen.findByText(/The sample team could not be loaded: the file could not be read\. Nothing was stored\./)).toBeInTheDocument();
    expect(await db.reps.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try with sample data' })).toBeEnabled());
  });
});
