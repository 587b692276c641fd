// The sample team (resources/sample/team-metrics.csv): a deterministic AE team, 10 reps × 12
// months ending 2026-10, with clear effort, skill, mixed, ramp and obstacle cases (see
// resources/sample/README.md). Pure: resources/sample/generate.ts writes the file from it, and
// the app may offer the same team without reading a file.

/** mulberry32: a small seeded PRNG, so the file is identical on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];

/** A normal AE month at full tenure (defaults: 40 meetings held, 50% → 20 opps, 25% → 5 wins × 10,000). */
const BASE = { calls: 420, emails: 630, booked: 46, held: 41, conv: 0.51, win: 0.27, deal: 10_400, cycle: 36, coverage: 4.5, csat: 4.5 };

export type Profile = {
  name: string;
  start: string;
  quota: number;
  /** Activity multiplier per month (index into MONTHS). */
  act: (m: number) => number;
  conv?: number;
  win?: number;
  deal?: number;
  cycle?: number;
  /** First month index with data (new hires). */
  from?: number;
  /** Quota multiplier per month (ramp). */
  quotaShare?: (m: number) => number;
  complaints?: Record<number, number>;
  /** Month index → exact overrides (the obstacle month). */
  exact?: Record<number, Partial<Record<'calls' | 'emails' | 'booked' | 'held' | 'opps' | 'wins' | 'lost' | 'deal', number>>>;
};

const flat = (x: number) => () => x;
const RAMP = [0.25, 0.5, 0.75];

export const SAMPLE_PROFILES: Profile[] = [
  { name: 'Ana Ortiz', start: '2022-03-14', quota: 55_000, act: flat(1.08), conv: 0.52 },
  { name: 'Ben Carter', start: '2023-06-05', quota: 50_000, act: flat(1.0), complaints: { 10: 1 } },
  { name: 'Chloe Nguyen', start: '2021-09-01', quota: 50_000, act: flat(1.02), deal: 6_300 },
  { name: 'Dev Patel', start: '2024-01-08', quota: 45_000, act: flat(0.62) },
  {
    name: 'Elena Rossi',
    start: '2022-11-21',
    quota: 50_000,
    act: (m) => [1, 1, 1, 1, 1, 1.02, 1, 1, 0.88, 0.72, 0.6, 0.5][m] ?? 1,
  },
  { name: 'Farid Haddad', start: '2023-02-13', quota: 50_000, act: flat(1.0), win: 0.12, cycle: 44 },
  { name: 'Grace Kim', start: '2024-04-02', quota: 55_000, act: flat(1.05), conv: 0.28 },
  { name: 'Hugo Silva', start: '2023-09-18', quota: 50_000, act: flat(0.63), win: 0.14 },
  {
    name: 'Iris Novak',
    start: '2026-08-04',
    quota: 50_000,
    from: 9,
    act: (m) => (RAMP[m - 9] ?? 1) * 1.1,
    quotaShare: (m) => RAMP[m - 9] ?? 1,
    conv: 0.5,
    win: 0.26,
    deal: 10_000,
  },
  {
    name: 'Jonas Berg',
    start: '2022-05-09',
    quota: 50_000,
    act: flat(1.0),
    exact: { 11: { calls: 9, emails: 14, booked: 2, held: 2, opps: 1, wins: 1, lost: 1, deal: 9_800 } },
  },
];

const HEADER =
  'rep,role,start_date,period,quota,revenue,calls,emails,meetings_booked,meetings_held,opportunities_created,deals_won,deals_lost,avg_deal_size,cycle_days,pipeline,complaints,csat';

/** The sample sheet as CSV text (header + one row per rep and month). */
export function generateSampleCsv(): string {
  const lines = [HEADER];
  SAMPLE_PROFILES.forEach((p, ri) => {
    const r = rng(1000 + ri * 7919);
    const noise = (spread = 0.05) => 1 + (r() * 2 - 1) * spread;
    for (let m = p.from ?? 0; m < MONTHS.length; m++) {
      const act = p.act(m);
      const ex = p.exact?.[m] ?? {};
      const calls = ex.calls ?? Math.round(BASE.calls * act * noise());
      const emails = ex.emails ?? Math.round(BASE.emails * act * noise());
      const held = ex.held ?? Math.round(BASE.held * act * noise());
      const booked = ex.booked ?? Math.max(held, Math.round(BASE.booked * act * noise()));
      const opps = ex.opps ?? Math.round(held * (p.conv ?? BASE.conv) * noise(0.04));
      const winRate = p.win ?? BASE.win;
      const wins = ex.wins ?? Math.round(opps * winRate * noise(0.04));
      const lost = ex.lost ?? Math.round((wins * (1 - winRate)) / winRate);
      const deal = ex.deal ?? Math.round((p.deal ?? BASE.deal) * noise(0.04));
      const revenue = wins * deal;
      const quota = Math.round(p.quota * (p.quotaShare?.(m) ?? 1));
      const cycle = Math.round((p.cycle ?? BASE.cycle) * noise(0.06));
      const pipeline = Math.round((quota * BASE.coverage * noise(0.06)) / 100) * 100;
      const complaints = p.complaints?.[m] ?? 0;
      const csat = (BASE.csat * noise(0.04) - complaints * 0.8).toFixed(1);
      lines.push(
        [
          p.name,
          'AE',
          p.start,
          MONTHS[m],
          quota,
          revenue,
          calls,
          emails,
          booked,
          held,
          opps,
          wins,
          lost,
          wins > 0 ? Math.round(revenue / wins) : '',
          wins > 0 ? cycle : '',
          pipeline,
          complaints,
          csat,
        ].join(','),
      );
    }
  });
  return lines.join('\n') + '\n';
}
