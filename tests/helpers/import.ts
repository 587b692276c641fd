// A file imported as a manager would in the app: analyse, accept the proposed mapping, check
// the rows, import (the import worker's code and commitImport), into a test database.
import { createHash } from 'node:crypto';
import { importAsProposed } from '@renderer/features/import/asProposed';
import { inProcessEngine } from '@renderer/features/import/inProcessEngine';
import type { freshDb } from './db';

const enc = new TextEncoder();

/** As a manager would in the app: analyse, accept the proposed mapping, check the rows, import. */
export async function importLikeTheApp(db: ReturnType<typeof freshDb>, name: string, text: string): Promise<void> {
  const engine = inProcessEngine();
  const bytes = enc.encode(text);
  const file = new File([bytes], name, { type: 'text/csv' });
  try {
    await importAsProposed(db, engine, file, { name, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength });
  } finally {
    engine.dispose();
  }
}
