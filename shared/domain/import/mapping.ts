// Header → canonical field detection, import kind, stage outcomes, and header signatures.
import type { ColumnMapping, ImportKind, StageOutcome } from '../../schemas/imports';
import type { MetricKey } from '../../schemas/metrics';
import { METRIC_LABELS, SHEET_METRIC_KEYS } from '../../schemas/metrics';
import { cleanName } from './values';

/** Canonical fields a ColumnMapping may use (keys of ColumnMapping). */
export type CanonicalField =
  'rep' | 'role' | 'startDate' | 'period' | MetricKey | 'dealId' | 'stage' | 'amount' | 'createdDate' | 'closeDate' | 'activityType' | 'activityDate';

export const FIELDS_BY_KIND: Record<ImportKind, readonly CanonicalField[]> = {
  'period-sheet': ['rep', 'role', 'startDate', 'period', ...SHEET_METRIC_KEYS],
  deals: ['rep', 'dealId', 'stage', 'amount', 'createdDate', 'closeDate'],
  activities: ['rep', 'activityType', 'activityDate'],
};

/** Fields without which an import of that kind cannot run. */
export const REQUIRED_FIELDS: Record<ImportKind, readonly CanonicalField[]> = {
  'period-sheet': ['rep', 'period'],
  deals: ['rep', 'stage'],
  activities: ['rep', 'activityType', 'activityDate'],
};

export const FIELD_LABELS: Record<CanonicalField, string> = {
  rep: 'Rep (owner)',
  role: 'Role',
  startDate: 'Start date',
  period: 'Period',
  ...METRIC_LABELS,
  dealId: 'Deal ID',
  stage: 'Stage',
  amount: 'Amount',
  createdDate: 'Created date',
  closeDate: 'Close date',
  activityType: 'Activity type',
  activityDate: 'Activity date',
};

/** Lower-case letters and digits only: “Opportunity Owner” → “opportunityowner”. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Exact synonyms (normalised). Per kind, because “Date” means different things. */
const SYNONYMS: Record<ImportKind, Partial<Record<CanonicalField, string[]>>> = {
  deals: {
    rep: [
      'opportunityowner',
      'dealowner',
      'owner',
      'salesagent',
      'salesrep',
      'rep',
      'repname',
      'accountexecutive',
      'ae',
      'ownername',
      'opportunityownername',
      'owneralias',
      'fullname',
      'assignedto',
      'salesperson',
      'seller',
      'user',
      'agent',
      'hubspotowner',
      'ownerfullname',
    ],
    dealId: ['opportunityid', 'dealid', 'id', 'recordid', 'opportunityname', 'dealname', 'opportunitynumber', 'name'],
    stage: ['stage', 'dealstage', 'opportunitystage', 'stagename', 'status', 'dealstatus', 'pipelinestage', 'outcome'],
    amount: [
      'amount',
      'closevalue',
      'dealamount',
      'value',
      'dealvalue',
      'amountconverted',
      'totalamount',
      'revenue',
      'opportunityamount',
      'expectedrevenue',
      'acv',
      'tcv',
      'arr',
      'mrr',
      'closedvalue',
      'price',
      'betrag',
      'montant',
    ],
    createdDate: [
      'createddate',
      'createdate',
      'engagedate',
      'datecreated',
      'opportunitycreateddate',
      'creationdate',
      'created',
      'createdon',
      'opendate',
      'startdate',
    ],
    closeDate: ['closedate', 'closeddate', 'dateclosed', 'expectedclosedate', 'closingdate', 'closedon', 'wondate'],
  },
  activities: {
    rep: [
      'assigned',
      'assignedto',
      'activityassignedto',
      'owner',
      'activityowner',
      'taskowner',
      'salesagent',
      'rep',
      'user',
      'createdby',
      'hubspotowner',
      'salesrep',
      'agent',
      'ownername',
      'assignedtofullname',
      'fullname',
    ],
    activityType: ['activitytype', 'tasksubtype', 'type', 'engagementtype', 'subtype', 'tasktype', 'eventsubtype', 'activity', 'channel', 'kind'],
    activityDate: [
      'date',
      'activitydate',
      'duedate',
      'createddate',
      'completeddate',
      'timestamp',
      'engagementdate',
      'createdate',
      'activitytimestamp',
      'startdate',
      'eventdate',
    ],
  },
  'period-sheet': {
    rep: [
      'rep',
      'repname',
      'salesrep',
      'name',
      'salesagent',
      'owner',
      'seller',
      'employee',
      'employeename',
      'agent',
      'salesperson',
      'ae',
      'fullname',
      'user',
    ],
    role: ['role', 'title', 'jobtitle', 'position', 'segment'],
    startDate: ['startdate', 'hiredate', 'hired', 'started', 'tenurestart', 'joindate'],
    period: ['period', 'month', 'week', 'quarter', 'date', 'periodstart', 'reportingperiod', 'monthyear'],
    quota: ['quota', 'target', 'revenuetarget', 'salestarget', 'quotaamount', 'goal'],
    revenueWon: [
      'revenue',
      'bookings',
      'revenuewon',
      'wonrevenue',
      'closedrevenue',
      'sales',
      'closedwonamount',
      'wonamount',
      'booked',
      'closedwon',
      'attainment',
    ],
    calls: ['calls', 'callsmade', 'dials', 'numcalls', 'callcount', 'phonecalls', 'outboundcalls'],
    emails: ['emails', 'emailssent', 'numemails', 'emailcount'],
    meetingsBooked: ['meetingsbooked', 'meetingsset', 'meetingsscheduled', 'appointmentsset', 'bookedmeetings', 'demosbooked'],
    meetingsHeld: ['meetingsheld', 'meetings', 'meetingscompleted', 'demos', 'demosheld', 'appointmentsheld', 'meetingsattended'],
    opportunitiesCreated: [
      'opportunitiescreated',
      'oppscreated',
      'opportunities',
      'newopportunities',
      'newopps',
      'opps',
      'dealscreated',
      'sqos',
      'sqls',
    ],
    dealsWon: ['dealswon', 'won', 'wins', 'closedwondeals', 'wondeals', 'numwon'],
    dealsLost: ['dealslost', 'lost', 'losses', 'closedlostdeals', 'lostdeals', 'numlost'],
    winRate: ['winrate', 'winpct', 'winpercent', 'closerate', 'winratio', 'winrates'],
    avgDealSize: ['avgdealsize', 'averagedealsize', 'dealsize', 'avgdeal', 'averagedeal', 'aov', 'asp', 'averagesellingprice'],
    cycleDaysMedian: [
      'cycledays',
      'salescycle',
      'salescycledays',
      'cyclelength',
      'dealcycle',
      'daystoclose',
      'cycledaysmedian',
      'mediancycledays',
      'avgcycledays',
      'cycletime',
    ],
    pipeline: ['pipeline', 'openpipeline', 'pipelinevalue', 'pipelineamount'],
    complaints: ['complaints', 'customercomplaints', 'escalations'],
    csat: ['csat', 'satisfaction', 'customersatisfaction', 'csatscore', 'nps'],
  },
};

// ---- headers by their words ----
// A header is split into words (case, camelCase, separators, symbols), plurals are folded, and
// each word becomes a concept (won/closed/wins → WON). A field matches when one of its concept
// sets is all there and the other words only qualify a count ("number of", "total", "#").

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
const WORD_FIELDS: Record<ImportKind, Partial<Record<CanonicalField, string[][]>>> = {
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
function wordScore(concepts: ReadonlySet<string>, alternatives: readonly string[][]): number {
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

/** Metrics that are counts of things (never negative, never money or a share). */
export const COUNT_FIELDS: ReadonlySet<CanonicalField> = new Set<MetricKey>([
  'calls',
  'emails',
  'meetingsBooked',
  'meetingsHeld',
  'opportunitiesCreated',
  'dealsWon',
  'dealsLost',
  'cycleDaysMedian',
  'complaints',
]);

/** Metrics that are amounts of money a rep cannot have less than nothing of. */
export const MONEY_FIELDS: ReadonlySet<CanonicalField> = new Set<MetricKey>(['quota', 'revenueWon', 'avgDealSize', 'pipeline']);

export type FieldProposal = { header: string; confidence: number };

export type MappingProposal = {
  kind: ImportKind;
  /** 0–1: how sure the kind detection is. */
  kindConfidence: number;
  mapping: ColumnMapping;
  confidence: Partial<Record<CanonicalField, number>>;
  /** Required fields for the kind that no header matched. */
  missing: CanonicalField[];
};

function scoreHeader(norm: string, synonyms: readonly string[]): number {
  let best = 0;
  for (const [i, syn] of synonyms.entries()) {
    const rank = 1 - Math.min(i, 10) * 0.01; // earlier synonyms win ties
    if (norm === syn) best = Math.max(best, rank);
    else if (syn.length >= 4 && norm.length > syn.length && (norm.startsWith(syn) || norm.endsWith(syn))) best = Math.max(best, 0.7 * rank);
    else if (syn.length >= 5 && norm.includes(syn)) best = Math.max(best, 0.55 * rank);
  }
  return best;
}

/** Greedy best-first assignment: each header serves one field. */
function proposeFor(kind: ImportKind, headers: readonly string[]): { mapping: ColumnMapping; confidence: Partial<Record<CanonicalField, number>> } {
  const norms = headers.map(normaliseHeader);
  const concepts = headers.map(headerConcepts);
  const candidates: { field: CanonicalField; header: string; score: number }[] = [];
  for (const field of FIELDS_BY_KIND[kind]) {
    const syns = SYNONYMS[kind][field] ?? [];
    const alts = WORD_FIELDS[kind][field] ?? [];
    norms.forEach((n, i) => {
      const words = concepts[i] as Set<string>;
      // A count of people is never the rep column, however its letters begin.
      if (field === 'rep' && words.has('HEADCOUNT')) return;
      // “Calls (%)” is a share, not a count; “Deals won ($)” is money, not a count.
      if (words.has('RATE') && field !== 'winRate' && field !== 'csat') return;
      if (words.has('AMOUNT') && COUNT_FIELDS.has(field)) return;
      const score = Math.max(scoreHeader(n, syns), wordScore(words, alts));
      const header = headers[i];
      if (score > 0 && header !== undefined) candidates.push({ field, header, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score);
  const mapping: ColumnMapping = {};
  const confidence: Partial<Record<CanonicalField, number>> = {};
  const usedHeaders = new Set<string>();
  for (const c of candidates) {
    if (Object.hasOwn(mapping, c.field) || usedHeaders.has(c.header)) continue;
    mapping[c.field] = c.header;
    confidence[c.field] = Math.round(c.score * 100) / 100;
    usedHeaders.add(c.header);
  }
  return { mapping, confidence };
}

/**
 * Proposes the import kind and the mapping from the headers alone. Values help later
 * (stage values, dates) but the headers of real exports are telling enough.
 */
export function proposeMapping(headers: readonly string[], forceKind?: ImportKind): MappingProposal {
  const kinds: ImportKind[] = forceKind ? [forceKind] : ['deals', 'activities', 'period-sheet'];
  let best: MappingProposal | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const kind of kinds) {
    const { mapping, confidence } = proposeFor(kind, headers);
    const missing = REQUIRED_FIELDS[kind].filter((f) => !Object.hasOwn(mapping, f));
    const conf = (f: CanonicalField) => confidence[f] ?? 0;
    let score: number;
    if (kind === 'deals') score = conf('stage') * 2 + conf('amount') + conf('closeDate') + conf('createdDate') * 0.5 + conf('rep') * 0.5;
    else if (kind === 'activities')
      score = conf('activityType') * 2 + conf('activityDate') + conf('rep') * 0.5 - (headers.some((h) => /stage|amount|close/i.test(h)) ? 1.5 : 0);
    else {
      const metricCount = FIELDS_BY_KIND['period-sheet'].filter(
        (f) => f !== 'rep' && f !== 'role' && f !== 'startDate' && f !== 'period' && conf(f) >= 0.7,
      ).length;
      score = conf('period') * 1.5 + metricCount * 0.8 + conf('rep') * 0.5;
    }
    score -= missing.length * 1.5;
    if (score > bestScore) {
      bestScore = score;
      best = { kind, kindConfidence: 0, mapping, confidence, missing };
    }
  }
  if (!best) return { kind: 'deals', kindConfidence: 0, mapping: {}, confidence: {}, missing: [...REQUIRED_FIELDS.deals] };
  best.kindConfidence = Math.max(0, Math.min(1, Math.round((bestScore / 4) * 100) / 100));
  return best;
}

/** Normalised, sorted headers: files from the same source share a signature. */
export function headerSignature(headers: readonly string[]): string {
  return [...new Set(headers.map(normaliseHeader).filter((h) => h !== ''))].sort().join('|');
}

/** Proposed outcome for a stage value: “Closed Won”, “Won”, “closedwon” → won; “Lost” → lost; else open. */
export function proposeStageOutcome(stage: string): StageOutcome {
  const n = normaliseHeader(stage);
  if (n === '') return 'open';
  if (/^(closed)?won|^won|closedwon|^gewonnen|^gagne|^win$|^signed|^booked$|^contractsigned/.test(n)) return 'won';
  if (/^(closed)?lost|closedlost|^lost|^verloren|^perdu|^dead|^disqualified|^closednotwon|^closedunqualified|^churned|^cancel/.test(n)) return 'lost';
  return 'open';
}

/** Stage map for the distinct stage values seen, keeping any the user already set. */
export function proposeStageMap(values: Iterable<string>, existing: Record<string, StageOutcome> = {}): Record<string, StageOutcome> {
  const out: Record<string, StageOutcome> = {};
  for (const v of values) {
    // The same reading of a stage value as the import's (controls and bidi removed, spacing folded).
    const key = cleanName(v, 200).name;
    if (key === '' || Object.hasOwn(out, key)) continue;
    out[key] = Object.hasOwn(existing, key) ? (existing[key] as StageOutcome) : proposeStageOutcome(key);
  }
  return out;
}

export type ActivityClass = 'call' | 'email' | 'meeting' | 'meetingBooked' | 'other';

export function classifyActivity(type: string): ActivityClass {
  const n = normaliseHeader(type);
  if (/call|phone|dial|logacall|voicemail/.test(n)) return 'call';
  if (/email|mail|inmail/.test(n)) return 'email';
  if (/meetingbooked|meetingset|meetingscheduled|booked|scheduled/.test(n)) return 'meetingBooked';
  if (/meeting|demo|event|appointment|visit/.test(n)) return 'meeting';
  return 'other';
}
