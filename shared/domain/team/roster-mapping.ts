// Is this file a roster (one row per rep: manager, team, office, role, start date…) and which
// column is which? Headers are read by their words with the import's own reading
// (`headerConcepts`), so "sales_agent", "Full Name" and "Opportunity Owner" all name the rep, as
// they do for a metric file. A file whose other columns name stages, amounts, periods or metrics
// is a metric file, never a roster.
import { headerConcepts, proposeMapping } from '../import/mapping';

export type RosterField = 'rep' | 'manager' | 'team' | 'office' | 'role' | 'startDate' | 'email' | 'leftDate' | 'active';

export const ROSTER_FIELDS: readonly RosterField[] = ['rep', 'manager', 'team', 'office', 'role', 'startDate', 'email', 'leftDate', 'active'];

export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  rep: 'Rep',
  manager: 'Manager',
  team: 'Team',
  office: 'Office or region',
  role: 'Role',
  startDate: 'Start date',
  email: 'Email',
  leftDate: 'Left on',
  active: 'Still active (yes/no)',
};

/** Roster field → the header it is read from. */
export type RosterMapping = Partial<Record<RosterField, string>>;

/** Words that add nothing to what a column holds ("Sales Team" is the team). */
const FILLER = new Set(['sales', 'current', 'of', 'the', 'primary', 'assigned', 'is', 'c']);

/** Concept sets per field, most telling first (concept names as `headerConcepts` gives them). */
const ROSTER_WORDS: Record<RosterField, string[][]> = {
  rep: [['REP'], ['REP', 'NAME'], ['NAME'], ['full', 'NAME'], ['employee'], ['employee', 'NAME'], ['user', 'NAME'], ['member'], ['person']],
  manager: [
    ['manager'],
    ['manager', 'NAME'],
    ['REP', 'manager'],
    ['line', 'manager'],
    ['report', 'to'],
    ['supervisor'],
    ['team', 'lead'],
    ['team', 'leader'],
  ],
  team: [['team'], ['team', 'NAME'], ['department'], ['squad'], ['pod'], ['group']],
  office: [['office'], ['regional', 'office'], ['region'], ['location'], ['division'], ['territory'], ['site'], ['branch'], ['city']],
  role: [['ROLE'], ['REP', 'ROLE', 'NAME'], ['REP', 'ROLE'], ['ROLE', 'NAME'], ['job', 'ROLE'], ['position']],
  startDate: [['STARTED'], ['STARTED', 'DATE'], ['HIRED'], ['HIRED', 'DATE'], ['joined'], ['joined', 'DATE'], ['join', 'DATE']],
  email: [['EMAIL'], ['EMAIL', 'address'], ['work', 'EMAIL']],
  leftDate: [
    ['left'],
    ['left', 'DATE'],
    ['end', 'DATE'],
    ['leaving', 'DATE'],
    ['termination', 'DATE'],
    ['exit', 'DATE'],
    ['departure', 'DATE'],
    ['leave', 'DATE'],
  ],
  active: [['active'], ['status'], ['employment', 'status'], ['enabled']],
};

/** 0–1: how well a header's words name a field (1: exactly the first alternative). */
function fieldScore(concepts: ReadonlySet<string>, alternatives: readonly string[][]): number {
  let best = 0;
  for (const [i, alt] of alternatives.entries()) {
    if (!alt.every((c) => concepts.has(c))) continue;
    const rest = [...concepts].filter((c) => !alt.includes(c));
    if (rest.every((c) => FILLER.has(c))) best = Math.max(best, 1 - i * 0.02 - rest.length * 0.01);
  }
  return best;
}

/** The roster mapping the headers suggest: each header serves one field, best match first. */
export function proposeRosterMapping(headers: readonly string[]): RosterMapping {
  const candidates: { field: RosterField; header: string; score: number }[] = [];
  for (const header of headers) {
    const concepts = headerConcepts(header);
    for (const field of ROSTER_FIELDS) {
      const score = fieldScore(concepts, ROSTER_WORDS[field]);
      if (score > 0) candidates.push({ field, header, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const mapping: RosterMapping = {};
  const used = new Set<string>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.header)) continue;
    mapping[c.field] = c.header;
    used.add(c.header);
  }
  return mapping;
}

/** What the columns the roster does not use would be in a metric file (stage, period, calls…), if anything. */
function metricColumns(headers: readonly string[], mapping: RosterMapping): string[] {
  const used = new Set(Object.values(mapping));
  const rest = headers.filter((h) => !used.has(h));
  if (rest.length === 0) return [];
  const found = new Set<string>();
  for (const kind of ['deals', 'activities', 'period-sheet'] as const) {
    const p = proposeMapping(rest, kind);
    for (const [field, header] of Object.entries(p.mapping)) {
      if (field === 'rep' || field === 'role' || field === 'startDate') continue;
      if ((p.confidence[field as keyof typeof p.confidence] ?? 0) >= 0.7) found.add(header);
    }
  }
  return [...found];
}

export type RosterDetection = { roster: true; mapping: RosterMapping } | { roster: false; mapping: RosterMapping; why: string };

/**
 * Whether the headers are a roster's: a rep column, at least one column saying where the rep sits
 * or who they are (manager, team, office, email, leaving date, active), and no column a metric file
 * would hold (stage, amount, period, calls…).
 */
export function detectRoster(headers: readonly string[]): RosterDetection {
  const mapping = proposeRosterMapping(headers);
  if (mapping.rep === undefined) return { roster: false, mapping, why: 'no column names the rep' };
  const placing = (['manager', 'team', 'office', 'email', 'leftDate', 'active'] as const).filter((f) => mapping[f] !== undefined);
  if (placing.length === 0) return { roster: false, mapping, why: 'no column gives a manager, team, office, email or leaving date' };
  const metrics = metricColumns(headers, mapping);
  if (metrics.length > 0) return { roster: false, mapping, why: `it has columns a metric file holds (${metrics.slice(0, 3).join(', ')})` };
  return { roster: true, mapping };
}
