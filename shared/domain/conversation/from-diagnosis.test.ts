// The sample team, through the real import pipeline and diagnosis, into conversation drafts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { conversationInputSchema } from '@shared/schemas/conversation';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas/settings';
import type { TeamDiagnosis } from '../diagnosis/index';
import { DEFAULT_ROLE_EXPECTATIONS, diagnoseTeam, fromRepPeriodRows } from '../diagnosis/index';
import { analyseFile, importFile, settingsFromAnalysis } from '../import/index';
import { loadConversationBanks } from './banks';
import { coachWording } from './coach';
import { draftConversation } from './draft';
import { conversationInputFromDiagnosis } from './from-diagnosis';

const FILE = resolve(import.meta.dirname, '../../../resources/sample/team-metrics.csv');
let team: TeamDiagnosis;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(FILE));
  const analysis = await analyseFile(bytes, 'team-metrics.csv');
  if (!analysis.ok) throw new Error(analysis.error.message);
  const result = await importFile(
    bytes,
    'team-metrics.csv',
    settingsFromAnalysis(analysis.value, { periodKind: 'month', keepRecords: false, maxErrors: 10 }),
  );
  if (!result.ok) throw new Error(result.error.message);
  const { reps, periods } = fromRepPeriodRows(result.value.periods);
  team = diagnoseTeam({ reps, periods, expectations: [...DEFAULT_ROLE_EXPECTATIONS], settings: DEFAULT_DIAGNOSIS_SETTINGS, overrides: [] });
});

const rep = (name: string) => {
  const r = team.reps.find((x) => x.name === name);
  if (!r) throw new Error(`no ${name}`);
  return r;
};

describe('conversationInputFromDiagnosis (sample team)', { timeout: 30_000 }, () => {
  it('carries the verdict, stage, window label and every metric with a unit; valid against the schema', () => {
    const input = conversationInputFromDiagnosis(rep('Farid Haddad'));
    expect(conversationInputSchema.parse(input)).toEqual(input);
    expect(input).toMatchObject({ repName: 'Farid Haddad', verdict: 'skill', weakStage: 'opportunity-to-win', periodLabel: 'Aug to Oct 2026' });
    const win = input.metrics.find((m) => m.key === 'closedWinRate');
    expect(win?.unit).toBe('rate');
    expect(input.metrics.find((m) => m.key === 'closingPace')?.unit).toBe('ratio');
    expect(input.metrics.find((m) => m.key === 'revenue')?.unit).toBe('money');
    expect(input.metrics.find((m) => m.key === 'pipelineCoverage')?.unit).toBe('ratio');
    expect(input.metrics.find((m) => m.key === 'cycleDaysMedian')?.unit).toBe('days');
    for (const m of input.metrics) if (m.benchmark === null) expect(m.benchmarkSource).toBeNull();
  });

  it('a skill-gap rep and an effort-gap rep get different, fitting drafts', () => {
    const banks = loadConversationBanks();
    const skillIn = conversationInputFromDiagnosis(rep('Farid Haddad'), { periodLabel: 'August to October' });
    const effortIn = conversationInputFromDiagnosis(rep('Dev Patel'), { periodLabel: 'August to October' });
    const skill = draftConversation(skillIn, banks);
    const effort = draftConversation(effortIn, banks);
    const firstPoint = (d: typeof skill) => d.talkingPoints.find((t) => t.kind !== 'acknowledge');
    expect(firstPoint(skill)?.metricKey).toBe('closedWinRate');
    expect(firstPoint(effort)?.kind).toBe('activity');
    expect(skill.focus.developmentPlan).toBe(true);
    expect(effort.focus.actionPlan).toBe(true);
    expect(effort.activityFloors.length).toBeGreaterThan(0);
    for (const f of effort.activityFloors) expect(effortIn.metrics.find((m) => m.key === f.metricKey)?.benchmark).toBe(f.floor);
    expect(skill.questions.map((q) => q.id)).toContain('skill-closing-lost-deal');
    expect(effort.questions.map((q) => q.id)).toContain('effort-time-week');
    // The numbers are this rep's: each talking point quotes its metric's formatted value.
    for (const tp of [...skill.talkingPoints, ...effort.talkingPoints]) expect(tp.text).toMatch(/\d/);
    for (const t of [...skill.talkingPoints, ...effort.talkingPoints]) expect(coachWording(t.text).flags).toEqual([]);
  });

  it('effort: meetings, outreach and opportunities, then the result; never the quota or a count of losses', () => {
    const d = draftConversation(conversationInputFromDiagnosis(rep('Dev Patel')), loadConversationBanks());
    expect(d.talkingPoints.map((t) => [t.kind, t.metricKey])).toEqual([
      ['acknowledge', 'cycleDaysMedian'],
      ['activity', 'meetingsHeld'],
      ['activity', 'calls'],
      ['activity', 'opportunitiesCreated'],
      ['result', 'dealsWon'],
    ]);
    // Won revenue is short, but by less than the 20% gap threshold: not talked about as a gap.
    const revenue = conversationInputFromDiagnosis(rep('Dev Patel')).metrics.find((x) => x.key === 'revenue');
    expect((revenue?.value ?? 0) / (revenue?.benchmark ?? 1)).toBeGreaterThan(0.8);
    expect(d.talkingPoints[1]?.text).toBe(
      'Meetings held in Aug to Oct 2026: 76, against the AE target of 120 (37% below). Fewer meetings means fewer new opportunities, and that is where the shortfall in results starts.',
    );
    for (const r of team.reps) {
      const keys = draftConversation(conversationInputFromDiagnosis(r), loadConversationBanks()).talkingPoints.map((t) => t.metricKey);
      expect(keys).not.toContain('quota');
      expect(keys).not.toContain('effectiveQuota');
      expect(keys).not.toContain('dealsLost');
      // Closing pace is timing shown for context, never something to talk a rep through.
      expect(keys).not.toContain('closingPace');
    }
  });

  it('mixed: the weak stage and the activity, with the result', () => {
    const d = draftConversation(conversationInputFromDiagnosis(rep('Hugo Silva')), loadConversationBanks());
    const kinds = d.talkingPoints.map((t) => t.kind);
    expect(kinds).toContain('activity');
    expect(kinds).toContain('behaviour');
    expect(d.talkingPoints.some((t) => t.metricKey === 'revenue')).toBe(true);
  });

  it('every rep of the sample team gets a complete draft', () => {
    const banks = loadConversationBanks();
    for (const r of team.reps) {
      const d = draftConversation(conversationInputFromDiagnosis(r), banks);
      expect(d.opening).not.toBe('');
      expect(d.pushback.length).toBeGreaterThanOrEqual(5);
      expect(d.questions.length).toBeGreaterThanOrEqual(4);
      expect(d.support.length).toBeGreaterThan(0);
      if (r.verdict !== 'insufficient-data') expect(d.talkingPoints.length).toBeGreaterThan(0);
    }
  });

  it('carries the check-the-system signs into the draft', () => {
    const flagged = team.reps.filter((r) => r.checkSystemFirst);
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) {
      const input = conversationInputFromDiagnosis(r);
      expect(input.systemSigns.length).toBeGreaterThan(0);
      const d = draftConversation(input, loadConversationBanks());
      expect(d.systemChecks.map((c) => c.sign)).toEqual(input.systemSigns);
      // Every sign the engine raises has its own text in the bank.
      for (const c of d.systemChecks) expect(c.area).not.toBe('other');
    }
  });

  it('uses the single period on request, and keeps focus areas to three', () => {
    const input = conversationInputFromDiagnosis(rep('Dev Patel'), { assessment: 'current', focusAreas: ['a', 'b', 'c', 'd'], obstacles: ['leave'] });
    expect(input.periodLabel).toBe('Oct 2026');
    expect(input.focusAreas).toEqual(['a', 'b', 'c']);
    expect(input.obstacles).toEqual(['leave']);
  });
});
