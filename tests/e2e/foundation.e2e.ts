import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { TeamPageObject } from './pages/TeamPage';

test('a manager adds a rep, reloads, and the rep is still there (real IndexedDB)', async ({ appPage: page }) => {
  const team = new TeamPageObject(page);
  await team.open();
  await expect(page.getByRole('heading', { name: 'Welcome to Candor' })).toBeVisible();
  await page.getByRole('button', { name: 'Add your first rep' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a rep' });
  await dialog.getByRole('button', { name: 'Add rep' }).click();
  await expect(dialog.getByText('Enter the rep’s name')).toBeVisible();
  await dialog.getByLabel('Name').fill('Dana Whitfield');
  await dialog.getByLabel('Role').selectOption('SDR');
  await dialog.getByLabel('Start date').fill('2026-03-02');
  await dialog.getByLabel(/Email/).fill('dana@example.com');
  await dialog.getByRole('button', { name: 'Add rep' }).click();
  await expect(dialog).toBeHidden();
  await team.addRep({ name: 'Moses Frase', role: 'AE', startDate: '2024-09-16' });
  await expect(team.repsTable().getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();

  mkdirSync('artifacts', { recursive: true });
  await page.screenshot({ path: 'artifacts/team.png', fullPage: true });

  await page.reload();
  await expect(team.repsTable().getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await expect(team.repsTable().getByRole('link', { name: 'Moses Frase' })).toBeVisible();
  await expect(team.repsTable().getByText('dana@example.com')).toBeVisible();

  // A fresh page in the same profile (as after a restart) sees the same data.
  const again = await page.context().newPage();
  await again.goto('/#/team');
  await expect(again.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await again.close();
});

test('the page has no Node access and the CSP blocks eval and inline script', async ({ appPage: page }) => {
  await page.goto('/#/team');
  await expect(page.getByRole('heading', { name: 'Welcome to Candor' })).toBeVisible();
  // Code injected by the test driver is exempt from CSP while it runs, so each attempt is
  // made later, from a page task, exactly as page code would make it.
  const probe = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const later = <T>(fn: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(fn()), 0));
    const attempt = (fn: () => unknown) => {
      try {
        fn();
        return 'ran';
      } catch (e) {
        return (e as Error).name;
      }
    };
    const evalResult = await later(() => attempt(() => (0, eval)('1 + 1')));
    const fnResult = await later(() => attempt(() => new Function('return 1')()));
    await later(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    await new Promise((r) => setTimeout(r, 100));
    return {
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
      evalResult,
      fnResult,
      inlineRan: w.__inlineRan === true,
      violations: [...new Set(violations)].sort(),
    };
  });
  expect(probe).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    evalResult: 'EvalError',
    fnResult: 'EvalError',
    inlineRan: false,
    violations: ['script-src-elem', 'script-src'].sort(),
  });
});

test('markup typed as a rep name stays text and never runs', async ({ appPage: page }) => {
  const team = new TeamPageObject(page);
  await team.open();
  await team.skipWelcomeIfShown();
  const payload = '<img src=x onerror="window.__pwned=1">';
  await team.addRep({ name: payload, role: 'AE', startDate: '2025-01-06' });
  await expect(team.repsTable().getByRole('link', { name: payload })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
