/// <reference lib="webworker" />
// The import Web Worker: parsing and aggregation never block the page.
import { createCore } from './core';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const core = createCore((m) => scope.postMessage(m));
scope.onmessage = (e) => {
  void core.handle(e.data);
};
