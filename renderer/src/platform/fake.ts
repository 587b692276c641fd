import type { PickedFile, Platform, SaveRequest } from './types';

/**
 * A platform for component tests: records saves, serves queued files. `cancelSaves` makes
 * every save answer as a cancelled dialog; `knowsWhenSaved: false` behaves like a browser.
 */
export type FakePlatform = Platform & { saved: SaveRequest[]; cancelSaves: boolean; queueFile(file: PickedFile | null): void };

export function fakePlatform(version = '0.0.0-test'): FakePlatform {
  const queue: (PickedFile | null)[] = [];
  const saved: SaveRequest[] = [];
  const platform: FakePlatform = {
    kind: 'fake',
    knowsWhenSaved: true,
    cancelSaves: false,
    saved,
    queueFile: (f) => void queue.push(f),
    pickFile: async () => queue.shift() ?? null,
    async saveFile(req) {
      if (platform.cancelSaves) return null;
      saved.push(req);
      return req.suggestedName;
    },
    appVersion: async () => version,
  };
  return platform;
}
