import { freeId, newSession, parseScriptFile, scriptFileName, toScriptFile } from '../../../../../shared/domain/roleplay';
import { randomId } from '../../../../../shared/lib/ids';
import type { RoleplayScript } from '../../../../../shared/schemas';
import type { CandorDB } from '../../../db/db';
import { saveCustomScript, saveSession } from '../../../db/repositories/roleplay';
import type { Platform } from '../../../platform';
import type { Scripts } from '../data/library';

/** A new session for the rep on this script, stored before the runner opens (so it can be resumed). */
export async function startSession(db: CandorDB, script: RoleplayScript, repId: string, now = new Date()): Promise<string> {
  const session = newSession(script, repId, randomId(), now);
  await saveSession(db, session);
  return session.id;
}

export const SCRIPT_FILE_EXTENSION = 'json';

export async function exportScript(platform: Platform, script: RoleplayScript): Promise<string | null> {
  return platform.saveFile({
    suggestedName: scriptFileName(script, SCRIPT_FILE_EXTENSION),
    bytes: new TextEncoder().encode(toScriptFile(script)),
    mimeType: 'application/json',
    filterName: 'Candor role-play script',
    extensions: [SCRIPT_FILE_EXTENSION],
  });
}

export type ImportOutcome = { ok: true; script: RoleplayScript; renamed: boolean } | { ok: false; message: string };

/** Validates a shared script file and stores it as the coach's own; an id already in use gets a free one. */
export async function importScript(db: CandorDB, scripts: Scripts, bytes: Uint8Array): Promise<ImportOutcome> {
  const text = new TextDecoder().decode(bytes);
  const parsed = parseScriptFile(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const taken = new Set(scripts.byId.keys());
  const id = taken.has(parsed.value.id) ? freeId(parsed.value.id, taken, 'imported') : parsed.value.id;
  const saved = await saveCustomScript(db, { ...parsed.value, id }, scripts.libraryIds);
  return { ok: true, script: saved, renamed: id !== parsed.value.id };
}
