import { render } from '@testing-library/react';
import { App } from './App';
import { fakePlatform } from '../platform/fake';
import { ImportEngineContext } from '../features/import';
// A test helper: the import engine run in-process (the app runs it in a worker), kept out of the feature's public entry so the app bundle never carries it.
// eslint-disable-next-line candor/walls
import { inProcessEngine } from '../features/import/inProcessEngine';
import { freshDb } from '@tests/helpers/db';

/** The whole app on a fresh in-memory database, imports run in-process (component tests). */
export function renderApp(db = freshDb()) {
  render(
    <ImportEngineContext.Provider value={inProcessEngine}>
      <App db={db} platform={fakePlatform()} />
    </ImportEngineContext.Provider>,
  );
  return db;
}
