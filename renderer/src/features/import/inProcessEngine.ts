import { portEngine, type ImportEngine } from './engine';
import { createCore } from './worker/core';
import type { FromWorker } from './worker/protocol';

/** The same import code without a Worker (component tests; jsdom has no module workers). */
export function inProcessEngine(): ImportEngine {
  return portEngine(() => {
    let listener: (m: FromWorker) => void = () => undefined;
    let alive = true;
    const core = createCore((m) => {
      if (alive) listener(m);
    });
    return {
      post: (m) => void core.handle(m),
      onMessage: (fn) => {
        listener = fn;
      },
      terminate: () => {
        alive = false;
      },
    };
  });
}
