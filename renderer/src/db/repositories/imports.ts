// Imports in the app: the use cases of shared/app/imports.ts over this database's store.
import * as imports from '@shared/app/imports';
import type { CommitProgress, CommitRequest, Deps } from '@shared/app/imports';
import type { ImportRecord, SavedMapping } from '@shared/schemas';
import type { CandorDB } from '../db';
import { dexieStore } from '../store';

export type { CommitProgress, CommitRequest, Deps, RawActivity, RawDeal } from '@shared/app/imports';

export function findImportByHash(db: CandorDB, sha256: string): Promise<ImportRecord | undefined> {
  return imports.findImportByHash(dexieStore(db), sha256);
}

/** Stores an import in one transaction: all of it, or nothing (see shared/app/imports.ts). */
export function commitImport(db: CandorDB, req: CommitRequest, deps?: Deps, onProgress?: CommitProgress): Promise<ImportRecord> {
  return imports.commitImport(dexieStore(db), req, deps, onProgress);
}

/** Removes exactly what an import added (see shared/app/imports.ts). */
export function undoImport(db: CandorDB, importId: string): Promise<{ periodsRemoved: number; repsRemoved: number }> {
  return imports.undoImport(dexieStore(db), importId);
}

export function listImports(db: CandorDB): Promise<ImportRecord[]> {
  return imports.listImports(dexieStore(db));
}

export function savedMappingFor(db: CandorDB, headerSignature: string): Promise<SavedMapping | undefined> {
  return imports.savedMappingFor(dexieStore(db), headerSignature);
}
