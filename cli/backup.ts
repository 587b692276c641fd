// candor backup inspect <file> [--passphrase-file F] [--json]
//
// Says what a backup holds (rows and newest date per table) and whether it is intact, with
// exactly the checks a restore makes (shared/domain/backup). Exit 0 when the file could be
// restored, 2 with one plain line when it could not or the arguments are wrong.
import { integrityNote, readBackup } from '../shared/domain/backup/index';
import { BACKUP_SCHEMA_VERSION, TABLE_NAMES } from '../shared/schemas/backup';
import { BACKUP_OPTIONS, JSON_SWITCH, readArgs } from './args';
import type { CliIo } from './io';

const USAGE = 'Usage: candor backup inspect <file> [--passphrase-file F] [--json]';

type Args = { file: string; passphraseFile: string | null; json: boolean };

const OPTIONS = { ...JSON_SWITCH, 'passphrase-file': BACKUP_OPTIONS['passphrase-file'] } as const;

function parseArgs(args: string[]): Args | string {
  const [sub, ...rest] = args;
  if (sub !== 'inspect') return sub === undefined ? USAGE : `unknown backup command "${sub}". ${USAGE}`;
  const read = readArgs(rest, OPTIONS);
  if (typeof read === 'string') return read.startsWith('unknown option') ? `${read}. ${USAGE}` : read;
  const [file, extra] = read.files;
  if (extra !== undefined) return `only one backup file at a time. ${USAGE}`;
  return file === undefined ? USAGE : { file, passphraseFile: read.values['passphrase-file'] ?? null, json: read.values.json === true };
}

async function readText(io: CliIo, path: string, what: string): Promise<string | { error: string }> {
  try {
    return new TextDecoder('utf-8').decode(await io.readFile(path));
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { error: code === 'ENOENT' ? `candor: no such ${what}: ${path}` : `candor: cannot read the ${what} ${path}` };
  }
}

export async function runBackup(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`candor: ${parsed}\n`);
    return 2;
  }
  const text = await readText(io, parsed.file, 'backup file');
  if (typeof text !== 'string') {
    io.stderr(text.error + '\n');
    return 2;
  }
  let passphrase: string | undefined;
  if (parsed.passphraseFile) {
    const p = await readText(io, parsed.passphraseFile, 'passphrase file');
    if (typeof p !== 'string') {
      io.stderr(p.error + '\n');
      return 2;
    }
    // A passphrase file usually ends with a newline that is not part of the passphrase.
    passphrase = p.replace(/\r?\n$/, '');
  }
  const res = await readBackup(text, { currentSchemaVersion: BACKUP_SCHEMA_VERSION, passphrase });
  if (!res.ok) {
    if (parsed.json) io.stdout(JSON.stringify({ intact: false, problem: res.problem, message: res.message }) + '\n');
    io.stderr(`candor: ${res.message}\n`);
    return 2;
  }
  const { meta, summary } = res.backup;
  if (parsed.json) {
    io.stdout(JSON.stringify({ intact: true, ...meta, tables: summary }, null, 2) + '\n');
    return 0;
  }
  const lines = [
    `Candor backup made ${meta.createdAt} by Candor ${meta.appVersion} (schema version ${meta.schemaVersion}), ${meta.encrypted ? 'encrypted' : 'not encrypted'}.`,
    integrityNote(meta),
    '',
    ...TABLE_NAMES.map((n) =>
      `  ${n.padEnd(18)} ${String(summary[n].count).padStart(7)}  ${summary[n].newest ? `newest ${summary[n].newest}` : ''}`.trimEnd(),
    ),
  ];
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
