// Headers by their words: a header is split into words (case, camelCase, separators, symbols),
// plurals are folded, and each word becomes a concept (won/closed/wins → WON). A field matches
// when one of its concept sets is all there and the other words only qualify a count ("number of", "total", "#").
// long-module: two data tables (word → concept, field → concept sets) read row by row, with the two small functions that use them
import type { ImportKind } from '@shared/schemas/imports';
import type { CanonicalField } from './canonical-fields';

/** Phrases read as one word before splitting into words (after lower-casing and spacing). */
const PHRASES: [RegExp, string][] = [
  [/\bclosed?\s*lost\b/g, ' lost '],
  [/\bclosed?\s*won\b/g, ' won '],
  [/\bclose\s*(rate|ratio|%|pct|percent(age)?)\b/g, ' won rate '],
  [/\bconversion\s*(rate|ratio|%)\b/g, ' won rate '],
  [/\baccount\s*executive\b/g, ' rep '],
  [/\bsales\s*(rep(resentative)?|person|people)\b/g, ' rep '],
  [/\bassigned\s*to\b/g, ' rep '],
  [/\bfull\s*name\b/g, ' name '],
  [/\bdays?\s*to\s*(close|win)\b/g, ' cycle '],
  [/\btime\s*to\s*(close|win)\b/g, ' cycle '],
  [/\bsales\s*cycle\b/g, ' cycle '],
  [/\bhire\s*date\b|\bdate\s*(of\s*)?hire\b|\bjoin(ed)?\s*date\b/g, ' hired '],
  [/\bstart\s*date\b/g, ' started '],
  [/\bcreate\s*date\b/g, ' created date '],
  [/\bfollow\s*up\b/g, ' followup '],
];

/** Word → concept. Words not listed stand for themselves. */
const CONCEPTS: Record<string, string> = {
  won: 'WON',
  win: 'WON',
  closed: 'WON',
  booked: 'BOOKED',
  set: 'BOOKED',
  scheduled: 'BOOKED',
  schedule: 'BOOKED',
  lost: 'LOST',
  loss: 'LOST',
  deal: 'DEAL',
  opportunity: 'DEAL',
  opp: 'DEAL',
  oppty: 'DEAL',
  oppt: 'DEAL',
  call: 'CALL',
  dial: 'CALL',
  phone: 'CALL',
  email: 'EMAIL',
  mail: 'EMAIL',
  meeting: 'MEETING',
  appointment: 'MEETING',
  demo: 'MEETING',
  appt: 'MEETING',
  held: 'HELD',
  completed: 'HELD',
  attended: 'HELD',
  done: 'HELD',
  revenue: 'REVENUE',
  booking: 'REVENUE',
  arr: 'REVENUE',
  acv: 'REVENUE',
  rep: 'REP',
  representative: 'REP',
  owner: 'REP',
  agent: 'REP',
  ae: 'REP',
  seller: 'REP',
  salesperson: 'REP',
  employee: 'REP',
  user: 'REP',
  bdr: 'REP',
  sdr: 'REP',
  name: 'NAME',
  amount: 'AMOUNT',
  value: 'AMOUNT',
  $: 'AMOUNT',
  usd: 'AMOUNT',
  eur: 'AMOUNT',
  gbp: 'AMOUNT',
  rate: 'RATE',
  ratio: 'RATE',
  '%': 'RATE',
  pct: 'RATE',
  percent: 'RATE',
  percentage: 'RATE',
  quota: 'QUOTA',
  target: 'QUOTA',
  goal: 'QUOTA',
  plan: 'QUOTA',
  avg: 'AVG',
  average: 'AVG',
  mean: 'AVG',
  size: 'SIZE',
  cycle: 'CYCLE',
  day: 'DAY',
  created: 'CREATED',
  create: 'CREATED',
  new: 'CREATED',
  opened: 'CREATED',
  generated: 'CREATED',
  sourced: 'CREATED',
  added: 'CREATED',
  close: 'CLOSE',
  closing: 'CLOSE',
  date: 'DATE',
  on: 'DATE',
  time: 'DATE',
  timestamp: 'DATE',
  period: 'PERIOD',
  month: 'PERIOD',
  week: 'PERIOD',
  quarter: 'PERIOD',
  stage: 'STAGE',
  status: 'STAGE',
  phase: 'STAGE',
  pipeline: 'PIPELINE',
  open: 'OPEN',
  complaint: 'COMPLAINT',
  escalation: 'COMPLAINT',
  csat: 'CSAT',
  satisfaction: 'CSAT',
  nps: 'CSAT',
  role: 'ROLE',
  title: 'ROLE',
  position: 'ROLE',
  type: 'TYPE',
  subtype: 'TYPE',
  kind: 'TYPE',
  category: 'TYPE',
  id: 'ID',
  number: 'NUM',
  num: 'NUM',
  no: 'NUM',
  nbr: 'NUM',
  '#': 'NUM',
  count: 'NUM',
  qty: 'NUM',
  total: 'NUM',
  hired: 'HIRED',
  started: 'STARTED',
  start: 'STARTED',
  activity: 'ACTIVITY',
  task: 'ACTIVITY',
  engagement: 'ACTIVITY',
  event: 'ACTIVITY',
  assigned: 'REP',
  due: 'DUE',
};
/** Plural person words are counts of people (“Employees”), never a rep's name. */
const HEADCOUNT_WORDS = new Set(['employees', 'reps', 'agents', 'owners', 'users', 'sellers', 'people', 'staff', 'headcount', 'representatives']);
/** Words that only qualify a count or a column: they may accompany any field's concepts. */
const QUALIFIERS = new Set([
  'NUM',
  'of',
  'the',
  'a',
  'per',
  'in',
  'by',
  'for',
  'made',
  'sent',
  'logged',
  'outbound',
  'inbound',
  'this',
  'sales',
  'all',
  'my',
  'team',
  'mtd',
  'monthly',
  'weekly',
  'actual',
  'actuals',
  'usd',
  'AMOUNT_SYMBOL',
]);

function singular(w: string): string {
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us') || w === 'sales' || w === 'days') return w === 'days' ? 'day' : w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes')) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** The concepts of a header's words, e.g. “# of Closed Deals” → {NUM, of, WON, DEAL}. */
export function headerConcepts(header: string): Set<string> {
  let t = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/([$%#€£])/g, ' $1 ')
    .replace(/[^a-z0-9$%#€£]+/g, ' ');
  t = ` ${t} `;
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  const out = new Set<string>();
  for (const raw of t.split(' ')) {
    if (raw === '') continue;
    if (HEADCOUNT_WORDS.has(raw)) {
      out.add('HEADCOUNT');
      continue;
    }
    const w = raw === '€' || raw === '£' ? '$' : singular(raw);
    out.add(CONCEPTS[w] ?? w);
  }
  return out;
}

/** Concept sets per kind and field; the first listed is the most telling. */
export const WORD_FIELDS: Record<ImportKind, Partial<Record<CanonicalField, string[][]>>> = {
  deals: {
    rep: [['REP'], ['REP', 'NAME'], ['DEAL', 'REP'], ['DEAL', 'REP', 'NAME']],
    dealId: [['DEAL', 'ID'], ['ID'], ['DEAL', 'NUM'], ['DEAL', 'NAME'], ['DEAL']],
    stage: [['STAGE'], ['DEAL', 'STAGE'], ['STAGE', 'NAME'], ['DEAL', 'STAGE', 'NAME'], ['outcome'], ['result']],
    amount: [['AMOUNT'], ['DEAL', 'AMOUNT'], ['REVENUE'], ['DEAL', 'REVENUE'], ['WON', 'AMOUNT'], ['price'], ['DEAL', 'SIZE']],
    createdDate: [['CREATED'], ['CREATED', 'DATE'], ['DEAL', 'CREATED', 'DATE'], ['DEAL', 'CREATED'], ['OPEN', 'DATE'], ['engage', 'DATE']],
    closeDate: [
      ['CLOSE', 'DATE'],
      ['WON', 'DATE'],
      ['DEAL', 'WON', 'DATE'],
      ['CLOSE'],
      ['DEAL', 'CLOSE', 'DATE'],
      ['expected', 'CLOSE', 'DATE'],
      ['LOST', 'DATE'],
      ['WON'],
    ],
  },
  activities: {
    rep: [['REP'], ['REP', 'NAME'], ['ACTIVITY', 'REP'], ['ACTIVITY', 'REP', 'NAME'], ['CREATED', 'by']],
    activityType: [['TYPE'], ['ACTIVITY', 'TYPE'], ['ACTIVITY'], ['channel']],
    activityDate: [['DATE'], ['ACTIVITY', 'DATE'], ['DUE', 'DATE'], ['HELD', 'DATE'], ['CREATED', 'DATE'], ['ACTIVITY', 'CREATED', 'DATE']],
  },
  'period-sheet': {
    rep: [['REP'], ['REP', 'NAME'], ['NAME']],
    role: [['ROLE'], ['job', 'ROLE'], ['segment']],
    startDate: [['HIRED'], ['HIRED', 'DATE'], ['STARTED'], ['STARTED', 'DATE']],
    period: [['PERIOD'], ['DATE'], ['PERIOD', 'year'], ['PERIOD', 'STARTED'], ['reporting', 'PERIOD'], ['PERIOD', 'DATE']],
    quota: [['QUOTA'], ['REVENUE', 'QUOTA'], ['QUOTA', 'AMOUNT'], ['WON', 'QUOTA']],
    revenueWon: [
      ['REVENUE'],
      ['WON', 'AMOUNT'],
      ['WON', 'REVENUE'],
      ['WON', 'DEAL', 'AMOUNT'],
      ['WON', 'DEAL', 'REVENUE'],
      ['sale'],
      ['sales'],
      ['REVENUE', 'AMOUNT'],
      ['BOOKED', 'REVENUE'],
      ['BOOKED'],
    ],
    calls: [['CALL']],
    emails: [['EMAIL']],
    meetingsBooked: [['MEETING', 'BOOKED']],
    meetingsHeld: [['MEETING'], ['MEETING', 'HELD']],
    opportunitiesCreated: [['DEAL', 'CREATED'], ['DEAL'], ['DEAL', 'STARTED'], ['sqo'], ['sql'], ['pipeline', 'CREATED']],
    dealsWon: [['WON'], ['DEAL', 'WON']],
    dealsLost: [['LOST'], ['DEAL', 'LOST']],
    winRate: [
      ['WON', 'RATE'],
      ['WON', 'DEAL', 'RATE'],
      ['DEAL', 'WON', 'RATE'],
    ],
    avgDealSize: [
      ['AVG', 'DEAL', 'SIZE'],
      ['DEAL', 'SIZE'],
      ['AVG', 'DEAL'],
      ['AVG', 'DEAL', 'AMOUNT'],
      ['AVG', 'WON', 'DEAL', 'AMOUNT'],
      ['AVG', 'WON', 'DEAL'],
      ['AVG', 'WON', 'AMOUNT'],
      ['AVG', 'REVENUE'],
    ],
    cycleDaysMedian: [
      ['CYCLE'],
      ['CYCLE', 'DAY'],
      ['median', 'CYCLE'],
      ['AVG', 'CYCLE'],
      ['median', 'CYCLE', 'DAY'],
      ['AVG', 'CYCLE', 'DAY'],
      ['DAY', 'CLOSE'],
    ],
    pipeline: [['PIPELINE'], ['OPEN', 'PIPELINE'], ['PIPELINE', 'AMOUNT'], ['OPEN', 'PIPELINE', 'AMOUNT'], ['OPEN', 'DEAL', 'AMOUNT']],
    complaints: [['COMPLAINT'], ['customer', 'COMPLAINT']],
    csat: [['CSAT'], ['customer', 'CSAT'], ['CSAT', 'score'], ['customer', 'CSAT', 'score']],
  },
};

/** 0–0.95: how well a header's words name a field (0: not at all). */
export function wordScore(concepts: ReadonlySet<string>, alternatives: readonly string[][]): number {
  let best = 0;
  for (const [i, alt] of alternatives.entries()) {
    if (!alt.every((c) => concepts.has(c))) continue;
    const rest = [...concepts].filter((c) => !alt.includes(c));
    if (rest.every((c) => QUALIFIERS.has(c) || c === 'DAY' || c === 'RATE' || c === 'AMOUNT')) {
      // “Calls (%)” is not a count of calls, nor “Deals ($)” a count of deals.
      if (rest.includes('RATE') && !alt.includes('RATE')) continue;
      if (rest.includes('AMOUNT') && alt.every((c) => c !== 'AMOUNT' && c !== 'REVENUE' && c !== 'QUOTA' && c !== 'PIPELINE')) continue;
      best = Math.max(best, 0.95 - Math.min(i, 10) * 0.01 - rest.length * 0.005);
    }
  }
  return best;
}
