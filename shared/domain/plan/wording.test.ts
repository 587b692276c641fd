// Every sentence a manager reads, from the diagnosis to the Word documents, writes periods as
// people say them and money in the manager's currency: checked over the sample team, a
// deals-only export shaped like the public CRM export, and random teams of every period kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_EXPECTATIONS, diagnoseTeam, fromRepPeriodRows, type DiagnoseTeamInput, type TeamDiagnosis } from '../diagnosis';
import { generateSampleCsv } from '../diagnosis/sample-team';
import { funnelMonth, rep as testRep } from '../diagnosis/testing';
import { trailingPeriods } from '../diagnosis/periods';
import { analyseFile, importFile, settingsFromAnalysis } from '../import';
import { conversationInputFromDiagnosis, draftConversation, loadConversationBanks } from '../conversation';
import { buildGuideDocument, buildPlanDocument, documentText } from '../document';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import type { Plan } from '@shared/schemas/plan';
import type { PeriodKind } from '@shared/schemas/common';
import type { TextFormat } from '@shared/lib/format';
import { sequentialIds } from '@shared/lib/ids';
import { prefillWithConversation } from './prefill';
import { snapshotFromDiagnosis } from './snapshot';
import { newDraftPlan } from './lifecycle';
import { toGuideInput, toPlanDocumentInput } from './document';

/** A period key or an ISO date as stored: never part of a sentence. */
const RAW_KEY = /\b\d{4}-(0[1-9]|1[0-2]|Q[1-4]|W\d{2})\b/u;
const SYMBOL = /[$€£¥]|\bUSD\b|\bEUR\b|\bGBP\b/u;

const FORMATS: Array<{ name: string; format: TextFormat | undefined; symbol: string | null }> = [
  { name: 'no setting', format: undefined, symbol: null },
  { name: 'US dollars', format: { locale: 'en-US', currency: 'USD' }, symbol: '$' },
  { name: 'euros in German', format: { locale: 'de-DE', currency: 'EUR' }, symbol: '€' },
  { name: 'pounds', format: { locale: 'en-GB', currency: 'GBP' }, symbol: '£' },
];

async function imported(csv: string, name: string): Promise<Pick<DiagnoseTeamInput, 'reps' | 'periods'>> {
  const bytes = new TextEncoder().encode(csv);
  const analysis = await analyseFile(bytes, name);
  if (!analysis.ok) throw new Error(analysis.error.message);
  const result = await importFile(bytes, name, settingsFromAnalysis(analysis.value, { periodKind: 'month', keepRecords: false, maxErrors: 10 }));
  if (!result.ok) throw new Error(result.error.message);
  return fromRepPeriodRows(result.value.periods);
}

/** Deal records only (agent, stage, engage and close dates, close value), as in the public CRM export. */
function dealsExport(): string {
  let seed = 11;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lines = ['opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value'];
  const agents: Array<[string, number, number, number]> = [
    ['Anna Quick', 30, 0.62, 2400],
    ['Boris Slow', 12, 0.6, 2500], // few deals created: effort
    ['Cara Small', 30, 0.6, 900], // small deals: skill (deal size)
    ['Dan Even', 28, 0.64, 2300],
    ['Eve Steady', 31, 0.6, 2600],
    ['Finn Loser', 29, 0.3, 2450], // few wins
  ];
  let id = 0;
  for (const [agent, perMonth, winRate, size] of agents)
    for (let m = 0; m < 9; m++) {
      const month = `2017-${String(m + 1).padStart(2, '0')}`;
      for (let i = 0; i < perMonth; i++) {
        id++;
        const engage = `${month}-${String(1 + Math.floor(rnd() * 27)).padStart(2, '0')}`;
        const r = rnd();
        const stage = m === 8 && r < 0.5 ? 'Engaging' : rnd() < winRate ? 'Won' : 'Lost';
        const closeMonth = Math.min(9, m + 1 + Math.floor(rnd() * 2));
        const close =
          stage === 'Engaging' ? '' : `2017-${String(closeMonth).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 27)).padStart(2, '0')}`;
        const value = stage === 'Won' ? String(Math.round(size * (0.6 + rnd() * 0.8))) : stage === 'Lost' ? '0' : '';
        lines.push(`D${id},${agent},GTX Basic,Acme,${stage},${engage},${close},${value}`);
      }
    }
  return lines.join('\n') + '\n';
}

function teamSentences(team: TeamDiagnosis): string[] {
  return [
    ...team.notes,
    ...team.reps.flatMap((r) => [
      ...r.window.evidence,
      ...r.current.evidence,
      r.window.rule.text,
      ...r.window.confidenceNotes,
      ...r.warnings.flatMap((w) => [w.title, w.detail]),
    ]),
  ];
}

const NOW = new Date('2026-11-20T09:00:00Z');

/** The conversation draft, the prefilled plan and both Word documents for every rep: all their text. */
function planSentences(team: TeamDiagnosis, format: TextFormat | undefined): { draft: string[]; plan: string[]; documents: string[] } {
  const banks = loadConversationBanks();
  const draft: string[] = [];
  const plan: string[] = [];
  const documents: string[] = [];
  for (const r of team.reps) {
    const d = draftConversation(conversationInputFromDiagnosis(r, format?.locale ? { locale: format.locale } : {}), banks, format);
    draft.push(
      d.opening,
      d.consequences,
      ...d.talkingPoints.map((t) => t.text),
      ...d.questions.map((q) => q.text),
      ...d.pushback.map((p) => p.approach),
      ...d.support.map((s) => s.text),
      ...d.reminders,
      ...d.systemChecks.map((c) => c.text),
    );
    const snapshot = snapshotFromDiagnosis(r, 'month', NOW);
    const ids = sequentialIds(r.repId);
    const content = prefillWithConversation({ snapshot, managerName: 'Sam Lee', start: '2026-11-23', ids, format }, (input) =>
      draftConversation(input, banks, format),
    );
    plan.push(
      content.opening,
      content.consequences,
      ...content.actionItems.map((a) => a.action),
      ...content.talkingPoints.map((t) => t.text),
      ...content.questions.map((q) => q.text),
      ...content.pushback.map((p) => p.approach),
      ...content.support.map((s) => s.text),
      ...content.milestones.map((m) => m.text),
      ...content.expectations.map((e) => e.note),
      ...content.diagnosis.systemFixes.map((x) => `${x.sign} ${x.ownPart}`),
    );
    const p: Plan = newDraftPlan({ id: `plan-${r.repId}`, repId: r.repId, snapshot, content, now: NOW });
    const opts = { locale: format?.locale ?? 'en-US', currency: format?.currency ?? null };
    documents.push(
      documentText(buildPlanDocument(toPlanDocumentInput(p, { date: '2026-11-23', locale: opts.locale }), opts)),
      documentText(buildGuideDocument(toGuideInput(p, { date: '2026-11-23' }), opts)),
    );
  }
  return { draft, plan, documents };
}

function expectReadable(texts: readonly string[], symbol: string | null): void {
  const raw = texts.filter((t) => RAW_KEY.test(t));
  expect(raw).toEqual([]);
  if (symbol === null) expect(texts.filter((t) => SYMBOL.test(t))).toEqual([]);
}

describe.each([
  { input: 'the sample team', load: () => imported(generateSampleCsv(), 'team-metrics.csv'), expectations: [...DEFAULT_ROLE_EXPECTATIONS] },
  { input: 'a deals-only CRM export', load: () => imported(dealsExport(), 'sales_pipeline.csv'), expectations: [] },
])('every sentence about $input', { timeout: 60_000 }, ({ load, expectations }) => {
  it.each(FORMATS)('reads like a person wrote it: $name', async ({ format, symbol }) => {
    const { reps, periods } = await load();
    const team = diagnoseTeam({ reps, periods, expectations, settings: DEFAULT_DIAGNOSIS_SETTINGS, overrides: [], ...(format ? { format } : {}) });
    expect(team.reps.length).toBeGreaterThanOrEqual(6);
    const diagnosis = teamSentences(team);
    const { draft, plan, documents } = planSentences(team, format);
    for (const texts of [diagnosis, draft, plan, documents]) expectReadable(texts, symbol);

    // The window is named as people say it, once per rep.
    for (const r of team.reps) expect(r.window.evidence[0]).toMatch(/^Over [A-Z][a-zä.]+ to [A-Z][a-zä.]+ \d{4} \(\d+ of \d+ months with data/u);
    // Money carries the currency where one is set: every won-revenue and deal-size sentence.
    const money = diagnosis.filter((t) => /^(Won revenue|Average deal size|Deal size)[^:]*: \S*\d/u.test(t));
    expect(money.length).toBeGreaterThanOrEqual(team.reps.length);
    for (const t of money) if (symbol) expect(t).toContain(symbol);
    const revenuePoints = [...draft, ...plan].filter((t) => /^Won revenue in /u.test(t));
    expect(plan.filter((t) => /^Won revenue in /u.test(t)).length).toBeGreaterThan(0);
    expect(revenuePoints.length).toBeGreaterThan(0);
    for (const t of revenuePoints) if (symbol) expect(t).toContain(symbol);
    // Counts are whole numbers (en-US digits): no "35.5 opportunities" in the diagnosis.
    if (!format || format.locale === 'en-US')
      for (const t of diagnosis.filter((x) => /^(Opportunities created|Meetings held|Deals won):/u.test(x))) expect(t).not.toMatch(/\d\.\d/u);
  });
});

const KINDS: PeriodKind[] = ['month', 'quarter', 'week'];
const END: Record<PeriodKind, string> = { month: '2026-10', quarter: '2026-Q3', week: '2026-W42' };

describe('random teams of every period kind (property)', () => {
  it('no diagnosis sentence carries a period key, whatever the data and the format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.array(fc.tuple(fc.double({ min: 0.2, max: 1.6, noNaN: true }), fc.double({ min: 0.3, max: 1.5, noNaN: true }), fc.boolean()), {
          minLength: 3,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...FORMATS),
        (kind, people, count, { format, symbol }) => {
          const periodsOf = trailingPeriods(END[kind], count);
          const reps = people.map((_, i) => testRep(`r${i}`));
          const periods = people.flatMap(([a, w, drop], i) =>
            periodsOf.map((period, j) => ({
              repId: `r${i}`,
              period,
              periodKind: kind,
              values: funnelMonth(drop && j >= count - 3 ? a * 0.5 : a, 1, w, 1, { complaints: drop && j === count - 1 ? 1 : 0 }),
            })),
          );
          const team = diagnoseTeam({
            reps,
            periods,
            expectations: [...DEFAULT_ROLE_EXPECTATIONS],
            settings: DEFAULT_DIAGNOSIS_SETTINGS,
            overrides: [],
            ...(format ? { format } : {}),
          });
          expectReadable(teamSentences(team), symbol);
        },
      ),
      { numRuns: 40 },
    );
  });
});
