import type { Assessment, FunnelTerm, RepDiagnosis, TermKey } from '@shared/domain/diagnosis';
import { medianName } from '@shared/domain/diagnosis';
import type { Formatter, ValueUnit } from '@shared/lib/format';
import type { Verdict, WeakStage } from '@shared/schemas';

// The rep page opens on one sentence naming the gap and the number behind it, then the three
// reasons that matter most. Built only from the diagnosis: every number is one it computed.

const VERDICT_WORDS: Record<Verdict, string> = {
  'on-track': 'on track',
  effort: 'an effort gap',
  skill: 'a skill gap',
  mixed: 'both an effort and a skill gap',
  'insufficient-data': 'not enough data to judge',
};

const STAGE_WORDS: Record<WeakStage, string> = {
  prospecting: 'turning activity into meetings',
  'meeting-to-opportunity': 'turning meetings into opportunities',
  'opportunity-to-win': 'winning the deals that close',
  'deal-size': 'deal size',
  'cycle-length': 'how long deals take to close',
};

const TERM_UNIT: Record<TermKey, ValueUnit> = { effort: 'count', meetingToOpportunity: 'rate', opportunityToWin: 'rate', dealSize: 'money' };

const STAGE_TERM: Partial<Record<WeakStage, TermKey>> = {
  'meeting-to-opportunity': 'meetingToOpportunity',
  'opportunity-to-win': 'opportunityToWin',
  'deal-size': 'dealSize',
};

const TARGET_SOURCE: Record<'override' | 'data' | 'role', string> = {
  override: 'the target you set for this rep',
  data: 'the quota in the file',
  role: 'the role’s expectation',
};

/** "Aug to Oct 2026", or "Oct 2026" for one period. */
export function spanOf(a: Assessment, fmt: Formatter): string {
  const first = a.periods[0];
  const last = a.periods[a.periods.length - 1];
  if (!first || !last) return 'the period';
  return fmt.periodRange(first, last);
}

/** What the rep did for one factor, in words: "held 76 meetings", "won 27% of the deals that closed". */
function didPhrase(t: FunnelTerm, a: Assessment, fmt: Formatter): string {
  const v = fmt.value(t.value, TERM_UNIT[t.key]);
  switch (t.key) {
    case 'effort':
      switch (a.decomposition.signal) {
        case 'meetingsHeld':
          return `held ${v} meetings`;
        case 'meetingsBooked':
          return `booked ${v} meetings`;
        case 'activities':
          return `made ${v} calls and emails`;
        case 'opportunitiesCreated':
          return `created ${v} opportunities`;
      }
      return `${v} ${t.label.toLowerCase()}`;
    case 'meetingToOpportunity':
      return `turned ${v} of meetings into opportunities`;
    case 'opportunityToWin':
      return `won ${v} of the deals that closed`;
    case 'dealSize':
      return `closed deals averaging ${v}`;
  }
}

/** "against 120 expected" or "against 101, the median of the role AE". */
function againstPhrase(t: { benchmark: number | null; benchmarkSource: string | null }, unit: ValueUnit, fmt: Formatter, median: string): string {
  const b = fmt.value(t.benchmark, unit);
  return t.benchmarkSource === 'expectation' ? `against ${b} expected` : `against ${b}, ${median}`;
}

/** "37% below" / "5% above" / "on par". */
function gapPhrase(ratio: number | null, fmt: Formatter): string {
  if (ratio === null) return '';
  const change = ratio - 1;
  if (Math.round(change * 100) === 0) return 'on par';
  return `${fmt.rate(Math.abs(change))} ${change < 0 ? 'below' : 'above'}`;
}

function factorClause(t: FunnelTerm, a: Assessment, fmt: Formatter): string {
  // A relative gap between two rates reads like percentage points; rates stand side by side instead.
  const gap = TERM_UNIT[t.key] === 'rate' ? '' : gapPhrase(t.ratio, fmt);
  return `${didPhrase(t, a, fmt)} ${againstPhrase(t, TERM_UNIT[t.key], fmt, medianName(a))}${gap ? ` (${gap})` : ''}`;
}

const termOf = (a: Assessment, key: TermKey) => a.decomposition.terms.find((t) => t.key === key && t.status === 'ok') ?? null;

function weakestSkillTerm(a: Assessment, stage: WeakStage | null): FunnelTerm | null {
  const named = stage ? STAGE_TERM[stage] : undefined;
  if (named) return termOf(a, named);
  const skill = a.decomposition.terms.filter((t) => t.side === 'skill' && t.status === 'ok' && t.ratio !== null);
  return skill.sort((x, y) => (x.ratio ?? 1) - (y.ratio ?? 1))[0] ?? null;
}

function resultClause(a: Assessment, fmt: Formatter): string | null {
  const r = a.result;
  const unit: ValueUnit = r.metric === 'revenue' ? 'money' : 'count';
  const what = r.metric === 'revenue' ? 'won' : 'opportunities created';
  if (r.attainment !== null && r.target !== null) {
    const source = r.targetSource ? `, ${TARGET_SOURCE[r.targetSource]}` : '';
    return `${fmt.rate(r.attainment)} of target (${fmt.value(r.value, unit)} ${what} against ${fmt.value(r.target, unit)}${source})`;
  }
  if (r.value !== null && r.teamMedian !== null)
    return `${fmt.value(r.value, unit)} ${what} against ${fmt.value(r.teamMedian, unit)}, ${medianName(a)}`;
  return null;
}

/** One sentence: who, the gap, and the number that matters. */
export function verdictSentence(d: RepDiagnosis, fmt: Formatter): string {
  const a = d.window;
  const span = spanOf(a, fmt);
  const effort = termOf(a, 'effort');
  const verdict = d.override ? d.override.verdict : a.verdict;
  const stage = d.override ? d.override.weakStage : a.weakStage;
  const skillTerms = a.decomposition.terms.filter((t) => t.side === 'skill' && t.status === 'ok');
  const skillOnPar = skillTerms.length > 0 && skillTerms.every((t) => t.inGap === false);
  const result = resultClause(a, fmt);
  switch (verdict) {
    case 'effort': {
      if (!effort) return `${d.name} has ${VERDICT_WORDS.effort} in ${span}: too little activity for the target.`;
      const tail = skillOnPar ? '; conversion after that is on par' : '';
      return `In ${span}, ${d.name} ${factorClause(effort, a, fmt)}${tail}: ${VERDICT_WORDS.effort}.`;
    }
    case 'skill': {
      const weak = weakestSkillTerm(a, stage);
      const activity = effort && effort.inGap === false ? `activity is on par (${didPhrase(effort, a, fmt)}), but ` : '';
      const where = stage ? ` in ${STAGE_WORDS[stage]}` : '';
      if (!weak) return `In ${span}, ${activity}${d.name} has ${VERDICT_WORDS.skill}${where}.`;
      return `In ${span}, ${activity}${d.name} ${factorClause(weak, a, fmt)}: ${VERDICT_WORDS.skill}${where}.`;
    }
    case 'mixed': {
      const weak = weakestSkillTerm(a, stage);
      const parts = [effort ? factorClause(effort, a, fmt) : null, weak ? factorClause(weak, a, fmt) : null].filter(Boolean);
      if (!parts.length) return `In ${span}, ${d.name} has ${VERDICT_WORDS.mixed}.`;
      return `In ${span}, ${d.name} ${parts.join(' and ')}: ${VERDICT_WORDS.mixed}.`;
    }
    case 'on-track':
      return result ? `${d.name} is on track in ${span}: ${result}.` : `${d.name} is on track in ${span}.`;
    case 'insufficient-data':
      return `There is not enough data to judge ${d.name} for ${span}. ${a.rule.text}`;
  }
}

/** Up to three reasons, most important first: the result, then the factors furthest from their benchmark. */
export function topReasons(d: RepDiagnosis, fmt: Formatter): string[] {
  const a = d.window;
  const out: string[] = [];
  const result = resultClause(a, fmt);
  if (result) out.push(`Result: ${result}.`);
  const factors = a.decomposition.terms
    .filter((t) => t.status === 'ok' && t.ratio !== null && Math.round((t.ratio - 1) * 100) !== 0)
    .sort((x, y) => Number(y.inGap === true) - Number(x.inGap === true) || Math.abs(Math.log(y.ratio ?? 1)) - Math.abs(Math.log(x.ratio ?? 1)));
  for (const t of factors) {
    if (out.length >= 3) break;
    const clause = factorClause(t, a, fmt);
    out.push(`${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`);
  }
  for (const w of d.warnings) {
    if (out.length >= 3) break;
    out.push(`${w.title}.`);
  }
  return out;
}
