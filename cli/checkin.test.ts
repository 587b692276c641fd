// `candor checkin` on the sample team and its next months (resources/sample/team-next-months.csv):
// a plan started on 16 Nov 2026 from the data up to Oct 2026, measured on 8 Jan 2027. Every
// number expected here is worked out by hand from the rows of the two files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './testing';
import { runCheckin } from './checkin';
import { runPlan, type PlanOutput } from './plan';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = readFileSync(resolve(ROOT, 'resources/sample/team-metrics.csv'), 'utf8');
const NEXT = readFileSync(resolve(ROOT, 'resources/sample/team-next-months.csv'), 'utf8');
const NO_CALLS = readFileSync(resolve(ROOT, 'tests/fixtures/followup/team-next-months-no-calls.csv'), 'utf8');
const NOW = () => new Date('2027-01-08T09:00:00Z');
const noDocs: PlanOutput = { writeFile: async () => undefined, isDirectory: async () => false };

type Item = { metric: string; baseline: number; target: number; current: number | null; expected: number | null; status: string; rule: string };
type Answer = {
  items: Item[];
  wins: { kind: string; metric: string; text: string }[];
  measuredThrough: string | null;
  incompleteNote: string | null;
};

/** The plan `candor plan --json` prints for a rep of the sample team, started on 16 Nov 2026. */
async function planJson(rep: string): Promise<string> {
  const { io, out, err } = memoryIo({ 'team.csv': SAMPLE });
  expect(await runPlan(['team.csv', '--rep', rep, '--date', '2026-11-16', '--json'], io, noDocs, () => new Date('2026-11-16T09:00:00Z')), err()).toBe(
    0,
  );
  return out();
}

async function checkin(rep: string, next = NEXT, extra: string[] = ['--as-of', '2027-01-08']): Promise<Answer> {
  const { io, out, err } = memoryIo({ 'team.csv': SAMPLE, 'next.csv': next, 'plan.json': await planJson(rep) });
  expect(await runCheckin(['team.csv', 'next.csv', '--plan', 'plan.json', '--json', ...extra], io, NOW), err()).toBe(0);
  return JSON.parse(out()) as Answer;
}

// The plan runs from Mon 16 Nov 2026 to its due date 90 days on, Sun 14 Feb → Mon 15 Feb 2027 (91
// days). Measured through Dec 2026 (January is not over on 8 Jan): 45 of the 91 days are gone.
const F = 45 / 91;

describe('candor checkin', () => {
  it('finds the effort-gap rep on track: calls and meetings held half-way at half-time', async () => {
    const a = await checkin('Dev Patel');
    expect(a.measuredThrough).toBe('2026-12');
    const calls = a.items.find((i) => i.metric === 'calls')!;
    // Aug–Oct 2026: 260 + 256 + 263 calls; Oct–Dec 2026: 263 + 326 + 328.
    expect(calls.baseline).toBe(779);
    expect(calls.current).toBe(917);
    expect(calls.expected).toBeCloseTo(779 + (calls.target - 779) * F, 6);
    expect(calls.status).toBe('on-track');
    const held = a.items.find((i) => i.metric === 'meetingsHeld')!;
    expect([held.baseline, held.current]).toEqual([24 + 26 + 26, 26 + 32 + 31]);
    expect(held.status).toBe('on-track');
    expect(a.incompleteNote).toMatch(/^Jan 2027 is still incomplete \(the month is not over on Jan 8, 2027\): measured up to Dec 2026/);
  });

  it('finds the win-rate target met, and says so as a win', async () => {
    const a = await checkin('Farid Haddad');
    const rate = a.items.find((i) => i.metric === 'closedWinRate')!;
    // Won ÷ (won + lost): Aug–Oct 6 ÷ 51; Oct–Dec (2 + 6 + 7) ÷ (17 + 15 + 15).
    expect(rate.baseline).toBeCloseTo(6 / 51, 9);
    expect(rate.current).toBeCloseTo(15 / 47, 9);
    expect(rate.target).toBe(0.27);
    expect(rate.status).toBe('met');
    expect(rate.rule).toBe('Now 31.9% over Oct to Dec 2026, at or beyond the target of 27% (baseline 11.8%): met.');
    expect(a.wins.filter((w) => w.kind === 'target-met').map((w) => w.metric)).toEqual(['closedWinRate']);
  });

  it('finds the skill-gap rep who did not move off track', async () => {
    const a = await checkin('Grace Kim');
    const conv = a.items.find((i) => i.metric === 'conversionHeld')!;
    // Opportunities ÷ meetings held: Aug–Oct 36 ÷ 129; Oct–Dec (11 + 12 + 12) ÷ (42 + 43 + 44).
    expect(conv.baseline).toBeCloseTo(36 / 129, 9);
    expect(conv.current).toBeCloseTo(35 / 129, 9);
    expect(conv.expected).toBeCloseTo(36 / 129 + (conv.target - 36 / 129) * F, 9);
    expect(conv.status).toBe('off-track');
    expect(a.wins).toEqual([]);
  });

  it('says "not measurable" for an item whose metric the new file does not carry, and measures the rest', async () => {
    const a = await checkin('Dev Patel', NO_CALLS);
    const calls = a.items.find((i) => i.metric === 'calls')!;
    expect(calls).toMatchObject({ current: null, expected: null, status: 'not-measurable' });
    expect(calls.rule).toBe(
      'Calls: the data for Nov 2026, Dec 2026 does not carry this figure for the rep, so it is not read as zero: not measurable yet.',
    );
    expect(a.items.find((i) => i.metric === 'meetingsHeld')!.status).toBe('on-track');
  });

  it('says "not measurable" for a level the new file does not carry, never the old month alone', async () => {
    // The manager adds an item on the median cycle (36 days over Aug–Oct → 30 days); the next
    // months come without the cycle_days column, so the Oct–Dec window holds October's figure only.
    const plan = JSON.parse(await planJson('Dev Patel')) as { content: { actionItems: Record<string, unknown>[] } };
    const cycle = {
      id: 'cycle-item',
      action: 'Shorten the sales cycle',
      metricKey: 'cycleDaysMedian',
      baseline: 36,
      target: 30,
      deadline: '2027-02-15',
      owner: 'Dev Patel',
    };
    plan.content.actionItems.push(cycle);
    const rows = NEXT.trim()
      .split('\n')
      .map((l) => l.split(','));
    const drop = rows[0]!.indexOf('cycle_days');
    const withoutCycle = rows.map((r) => r.filter((_, i) => i !== drop).join(',')).join('\n');
    const { io, out, err } = memoryIo({ 'team.csv': SAMPLE, 'next.csv': withoutCycle, 'plan.json': JSON.stringify(plan) });
    expect(await runCheckin(['team.csv', 'next.csv', '--plan', 'plan.json', '--as-of', '2027-01-08', '--json'], io, NOW), err()).toBe(0);
    const item = (JSON.parse(out()) as Answer).items.find((i) => i.metric === 'cycleDaysMedian')!;
    expect(item).toMatchObject({ current: null, status: 'not-measurable' });
    expect(item.rule).toBe(
      'Cycle days (median): the data after Oct 2026 does not carry this figure for the rep, so it is not read as zero: not measurable yet.',
    );
  });

  it('finds no win in a figure the new months do not carry', async () => {
    // The plan's facts say the median cycle was 37 days against a benchmark of 35. The next months
    // hold 35 days for Nov and Dec (a win); without their cycle_days column only October's 35 is
    // left, which is no news.
    const plan = JSON.parse(await planJson('Dev Patel')) as { snapshot: { metrics: Record<string, unknown>[] } };
    const cycle = plan.snapshot.metrics.find((m) => m.key === 'cycleDaysMedian')!;
    Object.assign(cycle, { value: 37, benchmark: 35 });
    const rows = NEXT.trim()
      .split('\n')
      .map((l) => l.split(','));
    const drop = rows[0]!.indexOf('cycle_days');
    const withoutCycle = rows.map((r) => r.filter((_, i) => i !== drop).join(',')).join('\n');
    const winsWith = async (next: string) => {
      const { io, out, err } = memoryIo({ 'team.csv': SAMPLE, 'next.csv': next, 'plan.json': JSON.stringify(plan) });
      expect(await runCheckin(['team.csv', 'next.csv', '--plan', 'plan.json', '--as-of', '2027-01-08', '--json'], io, NOW), err()).toBe(0);
      return (JSON.parse(out()) as Answer).wins.map((w) => w.metric);
    };
    expect(await winsWith(NEXT)).toContain('cycleDaysMedian');
    expect(await winsWith(withoutCycle)).not.toContain('cycleDaysMedian');
  });

  it("says why nothing is measured when the data cannot be read by the plan's kind of period", async () => {
    const plan = JSON.parse(await planJson('Dev Patel')) as { snapshot: Record<string, unknown> };
    Object.assign(plan.snapshot, { periodKind: 'week', period: '2026-W44', windowPeriods: ['2026-W42', '2026-W43', '2026-W44'] });
    const { io, out, err } = memoryIo({ 'team.csv': SAMPLE, 'next.csv': NEXT, 'plan.json': JSON.stringify(plan) });
    expect(await runCheckin(['team.csv', 'next.csv', '--plan', 'plan.json', '--as-of', '2027-01-08', '--json'], io, NOW), err()).toBe(0);
    const a = JSON.parse(out()) as Answer & { dataNote: string };
    expect(a.dataNote).toBe(
      "The plan's facts are by week, but the data holds monthly periods; it cannot be diagnosed by week, so nothing can be measured.",
    );
    expect(a.items.map((i) => i.status)).toEqual(['not-measurable', 'not-measurable']);
  });

  it('measures nothing before a whole period has passed since the plan started', async () => {
    const a = await checkin('Dev Patel', NEXT, ['--as-of', '2026-11-29']);
    expect(a.measuredThrough).toBeNull();
    expect(a.items.map((i) => [i.status, i.current])).toEqual([
      ['not-measurable', null],
      ['not-measurable', null],
    ]);
    expect(a.incompleteNote).toMatch(/^Nov 2026 is still incomplete/);
  });

  it('prints a readable table without --json', async () => {
    const { io, out } = memoryIo({ 'team.csv': SAMPLE, 'next.csv': NEXT, 'plan.json': await planJson('Grace Kim') });
    expect(await runCheckin(['team.csv', 'next.csv', '--plan', 'plan.json', '--as-of', '2027-01-08'], io, NOW)).toBe(0);
    expect(out()).toContain('Meeting held → opportunity     27.9%  27.1%     39.3%     51%  off track');
    expect(out()).toContain('Grace Kim, on Jan 8, 2027: baseline over Aug to Oct 2026, now over Oct to Dec 2026 (the 3 months to Dec 2026)');
  });

  it('writes dates and numbers as the locale writes them', async () => {
    const { io, out } = memoryIo({ 'team.csv': SAMPLE, 'next.csv': NEXT, 'plan.json': await planJson('Dev Patel') });
    expect(await runCheckin(['team.csv', 'next.csv', '--plan', 'plan.json', '--as-of', '2027-01-08', '--locale', 'de-DE'], io, NOW)).toBe(0);
    // Calls: expected 779 + (1,052 − 779) × 45/91 = 914.0.
    expect(out()).toContain(
      '- Expected by 31. Dez. 2026: 914 (49\u00a0% of the way from 779 to 1.052, with 49\u00a0% of the time to 15. Feb. 2027 gone); now 917 over Okt. to Dez. 2026: on track.',
    );
  });

  it.each([
    [['team.csv'], /^candor checkin: missing --plan <plan\.json>\. Usage: /],
    [['--plan', 'plan.json'], /^candor checkin: missing <data-file>\. Usage: /],
    [
      ['team.csv', '--plan', 'plan.json', '--as-of', '2027-02-30'],
      /^candor checkin: --as-of must be a calendar date like 2027-01-08 \(got "2027-02-30"\)\.? /,
    ],
    [['team.csv', '--plan', 'nothing.json'], /^candor checkin: cannot read "nothing\.json": no such file\.\n$/],
    [['team.csv', '--plan', 'broken.json'], /^candor checkin: "broken\.json" is not JSON: give the file that `candor plan … --json` prints\.\n$/],
    [
      ['team.csv', '--plan', 'other.json'],
      /^candor checkin: "other\.json" is not a plan as `candor plan … --json` prints it \(snapshot does not fit\)\.\n$/,
    ],
    [['team.csv', '--plan', 'stranger.json'], /^candor checkin: no rep called "Zoe Stranger" \(the plan's rep\) in "team\.csv"\.\n$/],
  ])('refuses bad input in one sentence, exit 2, nothing on stdout: %j', async (args, message) => {
    const plan = JSON.parse(await planJson('Dev Patel')) as { snapshot: { repName: string } };
    const stranger = JSON.stringify({ ...plan, snapshot: { ...plan.snapshot, repName: 'Zoe Stranger' } });
    const files = {
      'team.csv': SAMPLE,
      'plan.json': await planJson('Dev Patel'),
      'broken.json': '{"snapshot": ',
      'other.json': '{"rows": []}',
      'stranger.json': stranger,
    };
    const { io, out, err } = memoryIo(files);
    expect(await runCheckin(args, io, NOW)).toBe(2);
    expect(err()).toMatch(message);
    expect(err().trim().split('\n')).toHaveLength(1);
    expect(out()).toBe('');
  });
});
