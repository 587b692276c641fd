// Each factor of the funnel from the window's counts, before it is judged: its value, or why
// there is none (missing, zero, not computable), and the events behind a rate with their interval.
import type { Interval } from './stats';
import { wilsonInterval } from './stats';
import { SIGNAL_LABELS, SIGNAL_UNITS } from './vocabulary';
import type { EffortSignal, TermKey, TermStatus } from './types';

/** What each factor is judged against: its expectation, else the peers' quartiles and median. */
export type FactorBench = {
  expectation: number | null;
  teamQ1: number | null;
  teamMedian: number | null;
  teamQ3: number | null;
  teamSize: number;
};

export type FunnelInput = {
  signal: EffortSignal;
  scope: 'revenue' | 'opportunities';
  effort: number | null;
  opportunities: number | null;
  wins: number | null;
  revenue: number | null;
  /** Won and lost deals closed in the window, when both are known: the win rate is won ÷ closed. */
  closed?: { won: number; lost: number } | null;
  /** Benchmarks per factor; opportunityToWin is a win rate on the same basis as the value. */
  bench: Record<TermKey, FactorBench>;
  /** Team figures for closing pace (closed ÷ created); needed when `closed` is given. */
  paceBench?: FactorBench;
  gapThreshold: number;
};

export type Raw = {
  value: number | null;
  status: TermStatus;
  note: string | null;
  events: { successes: number; trials: number } | null;
  interval: Interval | null;
};

export const MISSING: Raw = { value: null, status: 'missing', note: null, events: null, interval: null };

/** The effort term: the activity signal itself. */
export function rawEffort({ signal, effort: E }: FunnelInput): Raw {
  if (E === null) return { ...MISSING, note: `${SIGNAL_LABELS[signal]} missing.` };
  return {
    value: E,
    status: E === 0 ? 'zero' : 'ok',
    note: E === 0 ? `No ${SIGNAL_UNITS[signal]} in the period.` : null,
    events: null,
    interval: null,
  };
}

/** Effort → opportunity: opportunities created per unit of activity, where that is a rate. */
export function rawConversion({ signal, effort: E, opportunities: O }: FunnelInput): Raw {
  const unit = SIGNAL_UNITS[signal];
  if (signal === 'opportunitiesCreated')
    return { value: null, status: 'not-computable', note: 'No meetings, calls or emails in the data.', events: null, interval: null };
  if (E === null || O === null) return { ...MISSING, note: E === null ? `${SIGNAL_LABELS[signal]} missing.` : 'Opportunities created missing.' };
  if (E === 0) return { value: null, status: 'not-computable', note: `No ${unit}, so no conversion to opportunities.`, events: null, interval: null };
  if (O > E)
    return {
      value: null,
      status: 'not-computable',
      note: `${O} opportunities from ${E} ${unit}: some opportunities come from elsewhere, so this is not a conversion rate.`,
      events: null,
      interval: null,
    };
  return {
    value: O / E,
    status: O === 0 ? 'zero' : 'ok',
    note: O === 0 ? `No opportunities from ${E} ${unit}.` : null,
    events: { successes: O, trials: E },
    interval: signal === 'activities' ? null : wilsonInterval(O, E),
  };
}

/** Opportunity → win and deal size (revenue scope only). */
export function rawWinAndSize(input: FunnelInput): { opportunityToWin: Raw; dealSize: Raw } {
  if (input.scope === 'opportunities') {
    const note = 'This role is measured on opportunities created.';
    return {
      opportunityToWin: { value: null, status: 'out-of-scope', note, events: null, interval: null },
      dealSize: { value: null, status: 'out-of-scope', note, events: null, interval: null },
    };
  }
  return { opportunityToWin: rawWinRate(input), dealSize: rawDealSize(input) };
}

export function rawWinRate({ opportunities: O, wins: W, closed }: FunnelInput): Raw {
  const c = closed ?? null;
  if (c !== null) {
    const C = c.won + c.lost;
    if (C === 0) return { value: null, status: 'not-computable', note: 'No deals closed, so no win rate.', events: null, interval: null };
    return {
      value: c.won / C,
      status: c.won === 0 ? 'zero' : 'ok',
      note: c.won === 0 ? `No wins: 0 of ${C} closed deals.` : null,
      events: { successes: c.won, trials: C },
      interval: wilsonInterval(c.won, C),
    };
  }
  if (O === null || W === null) return { ...MISSING, note: O === null ? 'Opportunities created missing.' : 'Deals won missing.' };
  if (O === 0)
    return { value: null, status: 'not-computable', note: 'No opportunities created, so no win rate on them.', events: null, interval: null };
  if (W > O)
    return {
      value: null,
      status: 'not-computable',
      note: `${W} wins from ${O} opportunities created: the wins include deals created earlier, so this is not a rate. Add lost deals to the data to get a win rate.`,
      events: null,
      interval: null,
    };
  return {
    value: W / O,
    status: W === 0 ? 'zero' : 'ok',
    note: W === 0 ? `No wins: 0 of ${O} opportunities.` : null,
    events: { successes: W, trials: O },
    interval: wilsonInterval(W, O),
  };
}

export function rawDealSize({ wins: W, revenue: R }: FunnelInput): Raw {
  if (W === null || R === null) return { ...MISSING, note: W === null ? 'Deals won missing.' : 'Won revenue missing.' };
  if (W === 0) return { value: null, status: 'not-computable', note: 'No wins, so no average deal size.', events: null, interval: null };
  return {
    value: R / W,
    status: R === 0 ? 'zero' : 'ok',
    note: R === 0 ? 'Won deals carry no revenue.' : null,
    events: { successes: W, trials: W },
    interval: null,
  };
}

/** A term against its benchmark: ratio, log ratio and whether it is in gap. */
