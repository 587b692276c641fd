// For tests: a CliIo over files held in memory (or, for the paths listed in `disk`, read from the
// disk), recording what the command prints.
import { readFile } from 'node:fs/promises';
import type { CliIo } from './io';

export function memoryIo(files: Record<string, Uint8Array | string> = {}, disk: readonly string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (disk.includes(p)) return new Uint8Array(await readFile(p));
      const f = files[p];
      if (f !== undefined) return typeof f === 'string' ? new TextEncoder().encode(f) : f;
      throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
