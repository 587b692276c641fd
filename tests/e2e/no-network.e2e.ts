import { test as base, type Page } from '@playwright/test';
import { expect, guardedPage, recordForeignRequests, test } from './fixtures';

const FOREIGN = 'example.invalid';

/** Every way a page can reach another host, each to its own address so each is seen separately. */
const ATTEMPTS = {
  fetch: `http://${FOREIGN}/fetch`,
  xhr: `http://${FOREIGN}/xhr`,
  websocket: `ws://${FOREIGN}/websocket`,
  eventsource: `http://${FOREIGN}/eventsource`,
  beacon: `http://${FOREIGN}/beacon`,
  img: `http://${FOREIGN}/img.png`,
  link: `http://${FOREIGN}/style.css`,
} as const;

/** Makes every attempt from a page task (as app code would) and returns the CSP violations seen. */
async function attemptEverything(page: Page): Promise<{ directive: string; blocked: string }[]> {
  return page.evaluate(async (urls) => {
    const seen: { directive: string; blocked: string }[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        const quiet = (fn: () => unknown) => {
          try {
            const r = fn();
            if (r instanceof Promise) r.catch(() => undefined);
          } catch {
            // A synchronous refusal (e.g. WebSocket under CSP) is also a block.
          }
        };
        quiet(() => fetch(urls.fetch));
        quiet(() => {
          const x = new XMLHttpRequest();
          x.open('GET', urls.xhr);
          x.onerror = () => undefined;
          x.send();
        });
        quiet(() => {
          const ws = new WebSocket(urls.websocket);
          ws.onerror = () => undefined;
        });
        quiet(() => {
          const es = new EventSource(urls.eventsource);
          es.onerror = () => es.close();
        });
        quiet(() => navigator.sendBeacon(urls.beacon, 'x'));
        quiet(() => {
          const img = document.createElement('img');
          img.src = urls.img;
          document.body.append(img);
        });
        quiet(() => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = urls.link;
          document.head.append(link);
        });
        resolve();
      }, 0),
    );
    await new Promise((r) => setTimeout(r, 500));
    return seen;
  }, ATTEMPTS);
}

test('the page cannot reach another host in any way: each attempt is blocked by the CSP and reported', async ({
  appPage: page,
  expectedProblems,
  foreignRequests,
}) => {
  expectedProblems.push(
    /CSP violation: (connect-src|img-src|style-src-elem) blocked (https?|wss?):\/\/example\.invalid/,
    /'(https?|wss?):\/\/example\.invalid\/[a-z.]+' violates the following Content Security Policy directive/,
    /cannot load http:\/\/example\.invalid\/fetch\. Refused to connect/,
  );
  await page.goto('/#/team');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const violations = await attemptEverything(page);
  const blocked = (url: string) => violations.find((v) => v.blocked === url)?.directive;
  expect({
    fetch: blocked(ATTEMPTS.fetch),
    xhr: blocked(ATTEMPTS.xhr),
    websocket: blocked(ATTEMPTS.websocket),
    eventsource: blocked(ATTEMPTS.eventsource),
    beacon: blocked(ATTEMPTS.beacon),
    img: blocked(ATTEMPTS.img),
    link: blocked(ATTEMPTS.link),
  }).toEqual({
    fetch: 'connect-src',
    xhr: 'connect-src',
    websocket: 'connect-src',
    eventsource: 'connect-src',
    beacon: 'connect-src',
    img: 'img-src',
    link: 'style-src-elem',
  });
  // Chromium still reports some CSP-refused loads as (failed) requests; the recorder saw them
  // and blocked them too. They were provoked here on purpose, so they are not a leak.
  expect(foreignRequests.every((u) => (Object.values(ATTEMPTS) as string[]).includes(u))).toBe(true);
  foreignRequests.length = 0;
});

base('the request recorder catches every kind of request to another host (so its silence means something)', async ({ browser, baseURL }) => {
  // Bypass the CSP here so the recorder itself is what is being tested.
  const context = await browser.newContext({ bypassCSP: true, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  const seen: string[] = [];
  await recordForeignRequests(page, new URL(baseURL ?? '').origin, seen);
  await page.goto('/#/team');
  await attemptEverything(page);
  await expect.poll(() => [...new Set(seen)].sort()).toEqual(Object.values(ATTEMPTS).sort());
  await context.close();
});

test('visiting every page makes no request but to the local app', async ({ appPage: page, foreignRequests }) => {
  await page.goto('/#/team');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  for (const name of ['Import', 'Plans', 'Role-play', 'Settings', 'Team']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  expect(foreignRequests).toEqual([]);
});

base.describe('the guard around every test', () => {
  // The CSP is bypassed so the request really goes out and only the guard can catch it.
  base.use({ bypassCSP: true });

  base('fails a test whose page reached another host, naming the request', async ({ page, baseURL }) => {
    const foreignRequests: string[] = [];
    const run = guardedPage({ page, baseURL, foreignRequests, expectedProblems: [] }, async (p) => {
      await p.goto('/#/team');
      await expect(p.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await p.evaluate(() => void fetch('http://example.invalid/leak').catch(() => undefined));
      await expect.poll(() => foreignRequests.length).toBeGreaterThan(0);
    });
    await expect(run).rejects.toThrow(/requests to anything but the local app[\s\S]*http:\/\/example\.invalid\/leak/);
  });

  base('lets a page that stays on the local app pass', async ({ page, baseURL }) => {
    const run = guardedPage({ page, baseURL, foreignRequests: [], expectedProblems: [] }, async (p) => {
      await p.goto('/#/team');
      await expect(p.getByRole('heading', { level: 1 }).first()).toBeVisible();
    });
    await expect(run).resolves.toBeUndefined();
  });
});

test.describe('every test built on the fixture', () => {
  test.use({ bypassCSP: true });
  // Expected to fail: the fixture's guard must fail this test. If the guard is not wired into
  // `test`, the test passes, and Playwright reports that as a failure.
  test.fail();
  test('fails when its page reaches another host (marked as expected to fail)', async ({ appPage: page, expectedProblems }) => {
    // The blocked request is also logged by Chromium; declared, so only the request itself can fail the test.
    expectedProblems.push(/ERR_BLOCKED_BY_CLIENT|Failed to load resource/);
    await page.goto('/#/team');
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.evaluate(() => void fetch('http://example.invalid/leak').catch(() => undefined));
    await page.waitForTimeout(300);
  });
});
