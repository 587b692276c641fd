// The storage port for a Web Worker that reads the app's database on its own connection (the
// director's trend): the same schema versions and middleware as the page's, opened lazily by Dexie.
import type { Store } from '@shared/app/store';
import { createDb } from './db';
import { dexieStore } from './store';

export function workerStore(): Store {
  return dexieStore(createDb());
}
