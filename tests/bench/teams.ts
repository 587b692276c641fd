// B8: teams at company scale in real Chromium. A generated company (2,000 reps, 150 teams,
// 36 months) is written into the app's IndexedDB; then, against the app's start-up on the same
// data: the director's page, and a switch of the Team page's filter from one manager to another.
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { company, writeCompany } from './company';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Milliseconds, measured in the page, from a click on the element matching `click` (or a change
 * of the select matching it to `value`) until an element matching `until` holding `text` is in
 * the document and a frame has been painted after it.
 */
async function inPage(page: Page, o: { click: string; value?: string; until: string; text: string }): Promise<number> {
  return page.evaluate(
    ({ click, value, until, text }) =>
      new Promise<number>((resolve) => {
        const el = document.querySelector(click) as HTMLElement | HTMLSelectElement | null;
        if (!el) throw new Error(`nothing matches ${click}`);
        const t0 = performance.now();
        if (value !== undefined && el instanceof HTMLSelectElement) {
          el.value = value;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        } else el.click();
        const seen = () => [...document.querySelectorAll(until)].some((n) => n.textContent?.includes(text));
        const poll = () => (seen() ? requestAnimationFrame(() => resolve(performance.now() - t0)) : setTimeout(poll, 5));
        poll();
      }),
    o,
  );
}

/** Milliseconds from `start` until `done` resolves. */
async function timed(start: () => Promise<unknown>, done: () => Promise<unknown>): Promise<number> {
  const t0 = Date.now();
  await start();
  await done();
  return Date.now() - t0;
}

export async function benchTeams(baseUrl: string, runs = 3): Promise<void> {
  const data = company();
  const [first, second] = data.managers;
  console.log(`teams.company: ${data.reps.length} reps, ${data.managers.length} teams, ${data.metricPeriods.length} rep-months`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const startup: number[] = [];
  const director: number[] = [];
  const back: number[] = [];
  const switches: number[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${baseUrl}#/team`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await writeCompany(page, { reps: data.reps, metricPeriods: data.metricPeriods }, `manager:${first}`);
    const table = page.getByRole('table', { name: 'Team' });
    for (let i = 0; i < runs; i++) {
      // Start-up on this data: a fresh load until the Team page shows the manager's first rep.
      await page.evaluate(() => (window.location.hash = '#/team'));
      startup.push(
        await timed(
          () => page.reload(),
          () => table.getByRole('link').first().waitFor({ timeout: 120_000 }),
        ),
      );
      // The table draws the rows in view (it is virtualised): until the first manager's row is painted.
      director.push(await inPage(page, { click: 'nav a[href="#/managers"]', until: 'th[scope=row]', text: String(first) }));
      back.push(
        await timed(
          () => page.getByRole('link', { name: 'Team', exact: true }).click(),
          () => table.getByRole('link').first().waitFor(),
        ),
      );
      const target = i % 2 === 0 ? second : first;
      await table.getByRole('link').first().waitFor();
      switches.push(await inPage(page, { click: '#team-filter', value: `manager:${target}`, until: '.page-subtitle', text: `${target}’s reps:` }));
    }
    await context.close();
  } finally {
    await browser.close();
  }
  const s = median(startup);
  console.log(`teams.startup_with_company: ${s} ms (median of ${startup.length}: fresh load until the Team page shows a rep)`);
  console.log(
    `teams.director_page: ${median(director)} ms (median of ${director.length}; ratio to start-up ${(median(director) / s).toFixed(2)}; target < 300 ms)`,
  );
  console.log(`teams.back_to_team: ${median(back)} ms (median of ${back.length})`);
  console.log(
    `teams.filter_switch: ${median(switches)} ms (median of ${switches.length}; ratio to start-up ${(median(switches) / s).toFixed(2)}; target < 300 ms)`,
  );
}
