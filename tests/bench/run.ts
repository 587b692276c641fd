// npm run bench [import|diagnosis|wording|cli|store|startup|teams …]: every benchmark, one `name: value unit` line per figure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

async function optional(file: string, fn: string): Promise<(() => Promise<void>) | null> {
  if (!existsSync(resolve(import.meta.dirname, `${file}.ts`))) return null;
  const mod = (await import(`./${file}`)) as Record<string, () => Promise<void>>;
  return mod[fn] ?? null;
}

type Server = { url: string; close: () => Promise<void> };

async function withBuiltApp(fn: (url: string) => Promise<void>): Promise<void> {
  const build = spawnSync(resolve(ROOT, 'node_modules/.bin/electron-vite'), ['build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  // @ts-expect-error -- plain ESM helper shared with `npm start`
  const { serveRenderer } = (await import('@scripts/serve-renderer.mjs')) as { serveRenderer: (o: { port: number }) => Promise<Server> };
  const server = await serveRenderer({ port: 5299 });
  try {
    await fn(server.url);
  } finally {
    await server.close();
  }
}

if (want('import')) await (await optional('import', 'benchImport'))?.();
if (want('diagnosis')) await (await optional('diagnosis', 'benchDiagnosis'))?.();
if (want('wording')) await (await optional('wording', 'benchWording'))?.();
if (want('docx')) await (await optional('docx', 'benchDocx'))?.();
if (want('roleplay')) await (await optional('roleplay', 'benchRoleplay'))?.();
if (want('cli')) await (await optional('cli', 'benchCli'))?.();
if (want('store') || want('startup') || want('teams')) {
  // Loaded only when wanted: Playwright adds ~40 MB of heap to the process, which slows the
  // in-process import and diagnosis runs above if it is loaded up front.
  const { benchStartup } = await import('./startup');
  const { benchStore } = await import('./store');
  const { benchTeams } = await import('./teams');
  await withBuiltApp(async (url) => {
    if (want('startup')) await benchStartup(url);
    if (want('store')) await benchStore(url);
    if (want('teams')) await benchTeams(url);
  });
}
