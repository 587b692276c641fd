// A CliIo for tests: files from a map (or, for the paths listed in `disk`, from the disk), and
// everything written to stdout and stderr kept.
import { readFile } from 'node:fs/promises';
import type { CliIo } from './io';

export function recordingIo(files: Record<string, string | Uint8Array>, disk: readonly string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (disk.includes(p)) return new Uint8Array(await readFile(p));
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
