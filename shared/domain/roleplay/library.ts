import type { z } from 'zod';
import { roleplayScriptSchema, scriptFileSchema, SCRIPT_FILE_FORMAT, type RoleplayScript, type ScriptFile } from '@shared/schemas';
import { randomId, type IdSource } from '@shared/lib/ids';
import { err, ok, type Result } from '@shared/lib/result';
import { capitalise } from '@shared/lib/format';
import { isObject, placeOf, plainMessage } from './issues';

const SCRIPT_FILE_VERSION = 1;

/** A file as read from disk or a bundle: its name and its text. */
export type ScriptSource = { file: string; text: string };
/** A file that did not load, named with the reason. */
export type ScriptProblem = { file: string; reason: string };
export type Library = { scripts: RoleplayScript[]; problems: ScriptProblem[] };

/** "Step 2, branch 1: write the buyer’s line; rubric criterion 1: what a 5 looks like is missing" */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((i) => {
    const where = placeOf(i.path);
    const what = plainMessage(i);
    return where ? `${where}: ${what}` : what;
  });
  const more = error.issues.length - limit;
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch (e) {
    return err('not-json', `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * Loads the shipped library: every file parsed and validated. A file that fails is named
 * with the reason and left out; nothing else is dropped. Library scripts are read-only.
 */
export function loadLibrary(sources: readonly ScriptSource[]): Library {
  const scripts: RoleplayScript[] = [];
  const problems: ScriptProblem[] = [];
  const byId = new Map<string, string>();
  for (const { file, text } of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const json = parseJson(text);
    if (!json.ok) {
      problems.push({ file, reason: json.error.message });
      continue;
    }
    const parsed = roleplayScriptSchema.safeParse(json.value);
    if (!parsed.success) {
      problems.push({ file, reason: describeIssues(parsed.error) });
      continue;
    }
    const clash = byId.get(parsed.data.id);
    if (clash) {
      problems.push({ file, reason: `id “${parsed.data.id}” is already used by ${clash}` });
      continue;
    }
    if (parsed.data.origin !== 'library') {
      problems.push({ file, reason: 'origin: a shipped script must have origin “library”' });
      continue;
    }
    byId.set(parsed.data.id, file);
    scripts.push(parsed.data);
  }
  return { scripts, problems };
}

/** The file another coach can import. */
export function toScriptFile(script: RoleplayScript): string {
  const file: ScriptFile = { format: SCRIPT_FILE_FORMAT, version: SCRIPT_FILE_VERSION, script };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Reads a shared script file; the script comes back as a custom script. */
export function parseScriptFile(text: string): Result<RoleplayScript> {
  const json = parseJson(text);
  if (!json.ok) return err('not-json', `This file is ${json.error.message}.`);
  const value = json.value;
  if (!isObject(value)) return err('invalid-script', 'This is not a Candor role-play script file.');
  // A script on its own (as written by hand or copied from resources/) is as good as a wrapped one.
  const wrapped = 'format' in value || 'version' in value;
  if (wrapped && value.format !== SCRIPT_FILE_FORMAT) return err('invalid-script', 'This is not a Candor role-play script file.');
  if (wrapped && typeof value.version === 'number' && value.version > SCRIPT_FILE_VERSION)
    return err('invalid-script', 'This script file comes from a newer Candor: update Candor to import it.');
  if (!wrapped && !('steps' in value && 'rubric' in value)) return err('invalid-script', 'This is not a Candor role-play script file.');
  const parsed = wrapped ? scriptFileSchema.safeParse(value) : roleplayScriptSchema.safeParse({ origin: 'custom', updatedAt: null, ...value });
  if (!parsed.success) return err('invalid-script', `This script cannot be used. ${capitalise(describeIssues(parsed.error))}.`);
  const script = 'script' in parsed.data ? parsed.data.script : parsed.data;
  return ok({ ...script, origin: 'custom' });
}

const UUID_SUFFIX = /-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A file name safe on every OS: the script's id, or for a coach's own script (whose id ends in a
 * random UUID) the slug of its whole title.
 */
export function scriptFileName(script: Pick<RoleplayScript, 'id' | 'title'>, extension: string): string {
  return `${UUID_SUFFIX.test(script.id) ? slugify(script.title) : script.id}.${extension}`;
}

/**
 * The id a script gets when a coach writes or copies it, or imports one whose id is taken here:
 * a slug of its title (readable in links and file names) and a random UUID, so scripts written on
 * two laptops never share an id once they meet on a team server. At most 27 + 1 + 36 = 64
 * characters, the longest a script id may be.
 */
export function newScriptId(title: string, ids: IdSource = randomId): string {
  return `${slugify(title).slice(0, 27).replace(/-+$/, '')}-${ids()}`;
}

/** A free id among the ones held here, for a copy shown before it is saved: `<base>-copy`, `<base>-copy-2`, … */
export function freeId(base: string, taken: ReadonlySet<string>, suffix = 'copy'): string {
  const stem = base.slice(0, 50).replace(/-+$/, '') || 'script';
  if (!taken.has(stem)) return stem;
  for (let n = 1; ; n++) {
    const id = n === 1 ? `${stem}-${suffix}` : `${stem}-${suffix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A slug from a title: "Price objection: 'too expensive'" → "price-objection-too-expensive". */
export function slugify(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'script'
  );
}

/** An editable copy of any script, under a new id. */
export function copyScript(script: RoleplayScript, taken: ReadonlySet<string>, nowIso: string): RoleplayScript {
  return {
    ...(JSON.parse(JSON.stringify(script)) as RoleplayScript),
    id: freeId(script.id, taken),
    title: `${script.title} (copy)`.slice(0, 120),
    origin: 'custom',
    updatedAt: nowIso,
  };
}

/**
 * What a script says, apart from where it is filed (id, origin, last edit, and who changed the
 * stored copy when): two imports of one file are the same script.
 */
function content(script: RoleplayScript): string {
  const { id: _id, origin: _origin, updatedAt: _updatedAt, ...rest } = script;
  const { changedAt: _at, changedBy: _by, changedByName: _name, ...said } = rest as typeof rest & Record<string, unknown>;
  return JSON.stringify(said);
}

/** The script already held that an incoming one repeats (same id and content, or the same content under another id), if any. */
export function findSameScript(incoming: RoleplayScript, held: readonly RoleplayScript[]): RoleplayScript | null {
  const key = content(incoming);
  return held.find((s) => s.id === incoming.id && content(s) === key) ?? held.find((s) => content(s) === key) ?? null;
}
