// For component tests: the whole app on a fresh database with the sample team loaded through the
// Team page's "Try with sample data", as a manager would, and every message shown kept in
// `shown` (a message closes itself after 5 s, so a wait on it cannot miss it on a slow machine).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { ImportEngineContext, type ImportEngine } from '../features/import';
import { fakePlatform } from '../platform/fake';
import { useAppStore } from '../state/store';
import { App } from './App';

/** Starts recording the messages shown from the Team page; returns what was shown and how to stop. */
export function recordMessages(): { shown: string[]; stop: () => void } {
  window.location.hash = '#/team';
  useAppStore.setState({ toasts: [] });
  const shown: string[] = [];
  const stop = useAppStore.subscribe((s) => {
    for (const t of s.toasts) if (!shown.includes(t.text)) shown.push(t.text);
  });
  return { shown, stop };
}

/**
 * Renders the app with this import engine (a test passes the in-process one) and loads the sample
 * team; the hash must be #/team (recordMessages sets it).
 */
export async function appWithSampleTeam(shown: readonly string[], engine: () => ImportEngine) {
  const db = freshDb();
  const user = userEvent.setup();
  render(
    <ImportEngineContext.Provider value={engine}>
      <App db={db} platform={fakePlatform()} />
    </ImportEngineContext.Provider>,
  );
  await user.click(await screen.findByRole('button', { name: 'Try with sample data' }));
  await waitFor(() => expect(shown).toContainEqual(expect.stringMatching(/^Sample team loaded\./)), { timeout: 15_000 });
  return { db, user };
}
