import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test records every request the page makes and fails if any goes anywhere
 * but the local app server. Page errors, console errors and Content-Security-Policy
 * violations fail the test too; a test that provokes one on purpose declares it with
 * `expectedProblems.push(/pattern/)`, and then that problem must actually occur.
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
  // WebSockets are not routed like requests: record them as they open.
  page.on('websocket', (ws) => {
    if (!sink.includes(ws.url())) sink.push(ws.url());
  });
}

/** Reports every CSP violation on the console as an error, so none can pass unseen. */
export async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

type GuardArgs = { page: Page; baseURL: string | undefined; foreignRequests: string[]; expectedProblems: RegExp[] };

/**
 * The guard around every browser test's page: records every request, error and CSP violation
 * while the test runs, then fails it on any request to another host and on any problem it did
 * not declare. Exported so a test can check that a page reaching another host does fail.
 */
export async function guardedPage(
  { page, baseURL, foreignRequests, expectedProblems }: GuardArgs,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const problems: string[] = [];
  await recordForeignRequests(page, origin, foreignRequests);
  await reportCspViolations(page);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await use(page);
  expect(foreignRequests, 'requests to anything but the local app').toEqual([]);
  for (const re of expectedProblems)
    expect(
      problems.some((p) => re.test(p)),
      `expected problem ${String(re)} did not occur`,
    ).toBe(true);
  expect(
    problems.filter((p) => !expectedProblems.some((re) => re.test(p))),
    'console errors, page errors or CSP violations',
  ).toEqual([]);
}

export const test = base.extend<{ appPage: Page; foreignRequests: string[]; expectedProblems: RegExp[] }>({
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  expectedProblems: async ({}, use) => {
    await use([]);
  },
  appPage: async ({ page, baseURL, foreignRequests, expectedProblems }, use) => {
    await guardedPage({ page, baseURL, foreignRequests, expectedProblems }, use);
  },
});

export { expect };
