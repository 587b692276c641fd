import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test records every request the page makes and fails if any goes anywhere
 * but the local app server. Page errors and console errors fail the test too.
 */
/** Blocks and records every request from `page` that is not to `origin`. */
export async function recordForeignRequests(page: Page, origin: string, sink: string[]): Promise<void> {
  const local = (url: string) => url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:');
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    sink.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('request', (req) => {
    if (!local(req.url()) && !sink.includes(req.url())) sink.push(req.url());
  });
}

export const test = base.extend<{ appPage: Page; foreignRequests: string[] }>({
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  appPage: async ({ page, baseURL, foreignRequests }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const problems: string[] = [];
    await recordForeignRequests(page, origin, foreignRequests);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await use(page);
    expect(foreignRequests, 'requests to anything but the local app').toEqual([]);
    expect(problems.filter((p) => !p.includes('Content Security Policy') && !p.includes('Refused to evaluate'))).toEqual([]);
  },
});

export { expect };
