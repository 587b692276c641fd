// Role-play: loading and validating the shipped library (against a bare JSON.parse of the same
// files, in the same run), and the score history of a rep with many sessions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadLibrary, newSession, skillHistory } from '@shared/domain/roleplay/index';
import type { RoleplaySession } from '@shared/schemas';

const DIR = resolve(import.meta.dirname, '../../resources/roleplay');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function time(runs: number, fn: () => unknown): number {
  const out: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    fn();
    if (i > 0) out.push(performance.now() - t0);
  }
  return median(out);
}

export async function benchRoleplay(): Promise<void> {
  const sources = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') }));
  const load = time(21, () => loadLibrary(sources));
  const parse = time(21, () => sources.map((s) => JSON.parse(s.text) as unknown));
  console.log(
    `roleplay.library_load: ${load.toFixed(2)} ms (${sources.length} scripts parsed and validated, median of 21; bare JSON.parse ${parse.toFixed(2)} ms, ratio ${(load / parse).toFixed(1)})`,
  );

  const { scripts } = loadLibrary(sources);
  const sessions: RoleplaySession[] = [];
  for (let i = 0; i < 5000; i++) {
    const script = scripts[i % scripts.length]!;
    const s = newSession(script, `rep-${i % 10}`, `s-${i}`, new Date(Date.UTC(2026, 0, 1 + (i % 330))));
    sessions.push({
      ...s,
      status: 'completed',
      completedAt: s.createdAt,
      scores: Object.fromEntries(script.rubric.criteria.map((c, j) => [c.id, 1 + ((i + j) % 5)])),
    });
  }
  const hist = time(9, () => skillHistory(sessions, 'rep-3'));
  console.log(`roleplay.skill_history: ${hist.toFixed(2)} ms (one rep's chart from 5,000 stored sessions, 500 of them the rep's, median of 9)`);
}

if (process.argv[1]?.endsWith('roleplay.ts')) await benchRoleplay();
