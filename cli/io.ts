import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What a CLI command may touch: injectable so commands are tested without a process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
};

export const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: async (p) => new Uint8Array(await readFile(p)),
};

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many files are open',
};

/** One plain line for any thrown value: no stack, no JSON, no control characters, at most 300 characters. */
export function plainError(e: unknown): string {
  const line = (s: string) => {
    const flat = s.replace(/[\p{Cc}\s]+/gu, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat || 'something went wrong, with no explanation given';
  };
  if (typeof e !== 'object' || e === null) return line(String(e));
  const { code, path, issues } = e as { code?: unknown; path?: unknown; issues?: unknown };
  if (Array.isArray(issues) && issues.length > 0) {
    const first = issues[0] as { path?: unknown[]; message?: unknown };
    const where = Array.isArray(first.path) && first.path.length > 0 ? first.path.join('.') : 'a value';
    return line(`${where} does not fit what Candor can store (${String(first.message)}).`);
  }
  if (typeof code === 'string' && code in ERRNO) return line(`${typeof path === 'string' ? `"${path}": ` : ''}${ERRNO[code] ?? ''} (${code}).`);
  return line(e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));
}

/**
 * For the process running `candor`: a failure outside the commands' own checks (an error thrown
 * from a callback, a rejected promise nobody awaited) still ends as one line and exit code 2, and
 * `candor … | head` closing the pipe early is not an error at all.
 */
export function installExitGuards(io: CliIo): void {
  const fatal = (e: unknown) => {
    io.stderr(`candor: ${plainError(e)}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : fatal(e)));
}

/**
 * Makes a folder and the folders above it that are missing. Not mkdir's own `recursive`: under
 * /proc and similar file systems that retries forever when a folder cannot be made there; here
 * each folder is tried at most twice, and a failure is thrown as it came (one line by plainError).
 */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw e;
    await makeFolder(dirname(dir));
    await mkdir(dir).catch((again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST') throw again;
    });
  }
}

/** A backup file to open, with its passphrase when it is encrypted. */
export type BackupSource = { file: string; passphrase?: string };

/** Why a file could not be read, in one line. */
export function readError(file: string, e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return `cannot read "${file}"${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a directory' : code ? ` (${code})` : ''}.`;
}
