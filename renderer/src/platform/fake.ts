import type { PickedFile, Platform, SaveRequest } from './types';

/** A platform for component tests: records saves, serves queued files. */
export type FakePlatform = Platform & { saved: SaveRequest[]; queueFile(file: PickedFile | null): void };

export function fakePlatform(version = '0.0.0-test'): FakePlatform {
  const queue: (PickedFile | null)[] = [];
  const saved: SaveRequest[] = [];
  return {
    kind: 'fake',
    saved,
    queueFile: (f) => void queue.push(f),
    pickFile: async () => queue.shift() ?? null,
    async saveFile(req) {
      saved.push(req);
      return req.suggestedName;
    },
    appVersion: async () => version,
  };
}
