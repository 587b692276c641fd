import type { z } from 'zod';
import { roleplayScriptSchema, scriptFileSchema, SCRIPT_FILE_FORMAT, type RoleplayScript, type ScriptFile } from '../../schemas';
import { err, ok, type Result } from '../../lib/result';

/** A file as read from disk or a bundle: its name and its text. */
export type ScriptSource = { file: string; text: string };
/** A file that did not load, named with the reason. */
export type ScriptProblem = { file: string; reason: string };
export type Library = { scripts: RoleplayScript[]; problems: ScriptProblem[] };

/** "rubric.criteria: A rubric needs at least 4 criteria; title: Write a title" */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((i) => {
    const path = i.path.map(String).join('.');
    return path ? `${path}: ${i.message}` : i.message;
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
  const file: ScriptFile = { format: SCRIPT_FILE_FORMAT, version: 1, script };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Reads a shared script file; the script comes back as a custom script. */
export function parseScriptFile(text: string): Result<RoleplayScript> {
  const json = parseJson(text);
  if (!json.ok) return err('not-json', `This file is ${json.error.message}.`);
  const parsed = scriptFileSchema.safeParse(json.value);
  if (!parsed.success) return err('invalid-script', `This script file cannot be used: ${describeIssues(parsed.error)}.`);
  return ok({ ...parsed.data.script, origin: 'custom' });
}

/** A file name from a title: safe on every OS. */
export function scriptFileName(script: Pick<RoleplayScript, 'id'>, extension: string): string {
  return `${script.id}.${extension}`;
}

/** A free id for a copy or an import: `<base>-copy`, `<base>-copy-2`, … */
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
