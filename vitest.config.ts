import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { aliasFolders } from './aliases.js';

// Two projects: pure logic and the Electron main process run in Node; the renderer runs in
// jsdom with fake-indexeddb. Browser tests (*.e2e.ts) run in real Chromium via Playwright.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: aliasFolders() },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          testTimeout: 30_000,
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'cli/**/*.test.ts', 'tests/integration/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Screens render, query fake-indexeddb and wait for it: on a busy 2-core machine a test
          // that takes 1 s idle can take ten times that. The limits are for hangs, not for speed;
          // tests/setup/dom.ts gives findBy/waitFor the same patience.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup/dom.ts'],
        },
      },
    ],
  },
});
