import {
  buildScoreSheetDocument,
  buildScriptDocument,
  DOCX_MIME,
  findSameScript,
  assignmentFor,
  newScriptId,
  newSessionFor,
  parseScriptFile,
  scoreSheetFileName,
  scriptDocumentFileName,
  scriptFileName,
  toScriptFile,
  type ScriptAudience,
} from '@shared/domain/roleplay';
import type { DocumentModel } from '@shared/domain/document';
import { randomId } from '@shared/lib/ids';
import type { RoleplayAssignment, RoleplayScript, RoleplaySession } from '@shared/schemas';
import type { CandorDB } from '@renderer/db/db';
import { listAssignments, saveCustomScript, saveSession } from '@renderer/db/repositories/roleplay';
import type { Platform } from '@renderer/platform';
import type { Scripts } from '../data/library';

/**
 * A new session for the rep on this script, stored before the runner opens (so it can be resumed).
 * Started from an assignment, or on a script assigned to the rep, it is scored against the
 * assignment's pass mark and linked to its plan item (newSessionFor).
 */
export async function startSession(
  db: CandorDB,
  script: RoleplayScript,
  repId: string,
  now = new Date(),
  toward?: RoleplayAssignment,
): Promise<string> {
  const assignment = toward ?? assignmentFor(await listAssignments(db, repId), repId, script.id);
  const session = newSessionFor(script, repId, assignment, randomId(), now);
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

export type ImportOutcome = { ok: true; script: RoleplayScript; renamed: boolean; existing: boolean } | { ok: false; message: string };

/** Validates a shared script file and stores it as the coach's own; an id already in use gets a free one. */
export async function importScript(db: CandorDB, scripts: Scripts, bytes: Uint8Array): Promise<ImportOutcome> {
  const text = new TextDecoder().decode(bytes);
  const parsed = parseScriptFile(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  // The same script again (a second import of one file, or a library script) is recognised, not stored twice.
  const same = findSameScript(parsed.value, scripts.all);
  if (same) return { ok: true, script: same, renamed: false, existing: true };
  const taken = new Set(scripts.byId.keys());
  const id = taken.has(parsed.value.id) ? newScriptId(parsed.value.title) : parsed.value.id;
  const saved = await saveCustomScript(db, { ...parsed.value, id }, scripts.libraryIds);
  return { ok: true, script: saved, renamed: id !== parsed.value.id, existing: false };
}

/** The Word renderer loads on first use: it is the heaviest part of the page. */
async function saveWord(platform: Platform, model: DocumentModel, suggestedName: string): Promise<string | null> {
  const { renderDocx } = await import('@shared/export/docx');
  const bytes = await renderDocx(model);
  return platform.saveFile({ suggestedName, bytes, mimeType: DOCX_MIME, filterName: 'Word document', extensions: ['docx'] });
}

export function exportScriptDocument(platform: Platform, script: RoleplayScript, audience: ScriptAudience): Promise<string | null> {
  return saveWord(platform, buildScriptDocument(script, audience), scriptDocumentFileName(script, audience));
}

export function exportScoreSheet(platform: Platform, session: RoleplaySession, repName: string): Promise<string | null> {
  return saveWord(platform, buildScoreSheetDocument(session, repName), scoreSheetFileName(session, repName));
}
