import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: pure logic and the Electron main process run in Node; the renderer runs in
// jsdom with fake-indexeddb. Browser tests (*.e2e.ts) run in real Chromium via Playwright.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'cli/**/*.test.ts', 'tests/integration/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup/dom.ts'],
        },
      },
    ],
  },
});
