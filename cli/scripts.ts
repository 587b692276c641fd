// candor scripts [--stage STAGE] [--json] [--dir DIR]
//
// Lists the role-play script library as the app loads it: every file in resources/roleplay
// (or --dir) parsed and validated with the same schema. A file that fails validation is
// named with the reason on stderr, and the command exits with code 1; the valid scripts are
// still listed.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadLibrary, SKILL_LABELS, DIFFICULTY_LABELS, STAGE_NAMES } from '../shared/domain/roleplay/index';
import { weakStageSchema, type RoleplayScript, type WeakStage } from '../shared/schemas';
import { JSON_SWITCH, readArgs } from './args';
import type { CliIo } from './io';

/** The shipped library: the nearest resources/roleplay above this file (cli/ from source, out/cli/chunks/ bundled). */
export const LIBRARY_DIR = (() => {
  const candidates = [1, 2, 3].map((up) => resolve(import.meta.dirname, '../'.repeat(up), 'resources/roleplay'));
  return candidates.find((d) => existsSync(d)) ?? resolve(import.meta.dirname, '../resources/roleplay');
})();
const USAGE = `Usage: candor scripts [--stage ${weakStageSchema.options.join('|')}] [--json] [--dir DIR]`;

type Args = { stage: WeakStage | null; json: boolean; dir: string };

const OPTIONS = { ...JSON_SWITCH, stage: { needs: `one of ${weakStageSchema.options.join(', ')}` }, dir: { needs: 'a folder' } } as const;

function parseArgs(args: string[]): Args | string {
  const read = readArgs(args, OPTIONS);
  if (typeof read === 'string') return read;
  const { files, values } = read;
  if (files[0] !== undefined) return `unexpected argument "${files[0]}"`;
  let stage: WeakStage | null = null;
  if (values.stage !== undefined) {
    const parsed = weakStageSchema.safeParse(values.stage);
    if (!parsed.success) return `--stage must be one of ${weakStageSchema.options.join(', ')} (got "${values.stage}")`;
    stage = parsed.data;
  }
  return { stage, json: values.json === true, dir: values.dir === undefined ? LIBRARY_DIR : resolve(values.dir) };
}

/** The JSON the command prints: the fields the issue specifies, nothing invented. */
export function scriptsJson(scripts: readonly RoleplayScript[]) {
  return {
    scripts: scripts.map((s) => ({
      id: s.id,
      title: s.title,
      skill: s.skill,
      stage: s.stage,
      difficulty: s.difficulty,
      rubric: {
        criteria: s.rubric.criteria.map((c) => ({ name: c.name, anchors: { '1': c.anchors['1'], '3': c.anchors['3'], '5': c.anchors['5'] } })),
        passMark: s.rubric.passMark,
      },
    })),
  };
}

function scriptsText(scripts: readonly RoleplayScript[]): string {
  const lines: string[] = [];
  for (const s of scripts) {
    lines.push(`${s.title}  [${s.id}]`);
    lines.push(
      `  skill: ${SKILL_LABELS[s.skill]} · stage: ${STAGE_NAMES[s.stage]} · difficulty: ${DIFFICULTY_LABELS[s.difficulty]} · pass mark: ${s.rubric.passMark} average of 5`,
    );
    for (const c of s.rubric.criteria) {
      lines.push(`  - ${c.name}`);
      for (const level of ['1', '3', '5'] as const) lines.push(`      ${level}: ${c.anchors[level]}`);
    }
    lines.push('');
  }
  lines.push(`${scripts.length} script${scripts.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

export async function runScripts(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`candor scripts: ${parsed}. ${USAGE}\n`);
    return 2;
  }
  let names: string[];
  try {
    names = (await readdir(parsed.dir)).filter((n) => n.toLowerCase().endsWith('.json'));
  } catch {
    io.stderr(`candor scripts: cannot read the folder ${parsed.dir}\n`);
    return 2;
  }
  const sources = await Promise.all(names.map(async (n) => ({ file: n, text: new TextDecoder().decode(await io.readFile(join(parsed.dir, n))) })));
  const library = loadLibrary(sources);
  const scripts = parsed.stage ? library.scripts.filter((s) => s.stage === parsed.stage) : library.scripts;
  io.stdout(parsed.json ? JSON.stringify(scriptsJson(scripts), null, 2) + '\n' : scriptsText(scripts));
  for (const p of library.problems) io.stderr(`candor scripts: ${join(parsed.dir, p.file)} is not a valid script: ${p.reason}\n`);
  return library.problems.length ? 1 : 0;
}
