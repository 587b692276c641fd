// npm run bench: every benchmark, one `name: value unit` line per figure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchStartup } from './startup';

const ROOT = resolve(import.meta.dirname, '../..');
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

async function optional(file: string, fn: string): Promise<(() => Promise<void>) | null> {
  if (!existsSync(resolve(import.meta.dirname, `${file}.ts`))) return null;
  const mod = (await import(`./${file}`)) as Record<string, () => Promise<void>>;
  return mod[fn] ?? null;
}

if (want('import')) await (await optional('import', 'benchImport'))?.();
if (want('store')) await (await optional('store', 'benchStore'))?.();
if (want('diagnosis')) await (await optional('diagnosis', 'benchDiagnosis'))?.();
if (want('startup')) {
  const build = spawnSync(resolve(ROOT, 'node_modules/.bin/electron-vite'), ['build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  // @ts-expect-error -- plain ESM helper shared with `npm start`
  const { serveRenderer } = (await import('../../scripts/serve-renderer.mjs')) as {
    serveRenderer: (o: { port: number }) => Promise<{ url: string; close: () => Promise<void> }>;
  };
  const server = await serveRenderer({ port: 5299 });
  try {
    await benchStartup(server.url);
  } finally {
    await server.close();
  }
}
