import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// findBy… and waitFor give up after 1 s by default: far too little when the machine is busy
// (a screen that appears in 100 ms idle can take several seconds under load). They return as
// soon as the condition holds, so a long limit costs nothing when things work.
export const ASYNC_UTIL_TIMEOUT_MS = 20_000;
configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });

// jsdom has no ResizeObserver; charts only need it to exist.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom does no layout: give virtualised scroll areas a viewport-sized box so they render rows.
for (const prop of ['offsetHeight', 'clientHeight'] as const) {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop);
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('team-scroll') ? 800 : ((original?.get?.call(this) as number | undefined) ?? 0);
    },
  });
}
for (const prop of ['offsetWidth', 'clientWidth'] as const) {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop);
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('team-scroll') ? 1200 : ((original?.get?.call(this) as number | undefined) ?? 0);
    },
  });
}
