import { emptyMetricValues, TABLE_ROW_SCHEMAS, type BackupTables, type Rep, type RoleExpectation } from '@shared/schemas';
import planV3 from '../fixtures/seed/plan-v3.json';
import closing from '@resources/roleplay/closing-ask-for-commitment.json';
import { newSession } from '@shared/domain/roleplay/session';
import { roleplayScriptSchema } from '@shared/schemas/roleplay';

const customScript = roleplayScriptSchema.parse({ ...closing, id: 'rs-1', title: 'Closing: ask for the decision (our version)', origin: 'custom' });

const T = '2026-11-20T10:00:00.000Z';
const sha = 'ab'.repeat(32);

/** A rep with a name and nothing else known, created (and last updated) at `at`. */
export const plainRep = (id: string, name: string, at: string): Rep => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  role: 'AE',
  startDate: null,
  email: null,
  targetOverrides: null,
  createdByImportId: null,
  createdAt: at,
  updatedAt: at,
});

/**
 * One or more realistic rows in every table the app has, each checked against its schema,
 * so a backup, migration or restore test covers every kind of data a manager keeps.
 */
/** The AE expectation of the seeded store: targets for each metric and a three-month ramp. */
export const aeExpectation = (updatedAt: string): RoleExpectation => ({
  id: 'exp-ae',
  role: 'AE',
  label: 'Account executive',
  isDefault: false,
  targets: {
    calls: 200,
    emails: null,
    meetingsBooked: 12,
    meetingsHeld: 10,
    opportunitiesCreated: 6,
    quota: 50000,
    winRate: 0.25,
    avgDealSize: 8000,
    maxCycleDays: 60,
    pipelineCoverage: 3,
  },
  ramp: [0.25, 0.5, 0.75],
  updatedAt,
});

export function seedRows(): BackupTables {
  const rows: BackupTables = {
    reps: [
      {
        id: 'rep-ana',
        name: 'Ana Ruiz',
        nameKey: 'ana ruiz',
        role: 'AE',
        startDate: '2025-01-06',
        email: 'ana@example.com',
        targetOverrides: { quota: 40000 },
        createdByImportId: null,
        createdAt: '2026-01-02T09:00:00.000Z',
        updatedAt: T,
      },
      {
        id: 'rep-moses',
        name: 'Moses Frase',
        nameKey: 'moses frase',
        role: 'AE',
        startDate: null,
        email: null,
        targetOverrides: null,
        createdByImportId: 'imp-1',
        createdAt: '2026-02-01T09:00:00.000Z',
        updatedAt: '2026-02-01T09:00:00.000Z',
      },
    ],
    metricPeriods: [
      {
        id: 'mp-1',
        repId: 'rep-moses',
        period: '2026-01',
        periodKind: 'month',
        importId: 'imp-1',
        values: { ...emptyMetricValues(), revenueWon: 12500.5, dealsWon: 3, dealsLost: 4, calls: null },
        createdAt: '2026-02-01T09:00:00.000Z',
      },
    ],
    imports: [
      {
        id: 'imp-1',
        fileName: 'sales_pipeline.csv',
        fileSha256: sha,
        fileSize: 632_000,
        sheetName: null,
        kind: 'deals',
        periodKind: 'month',
        mapping: { rep: 'sales_agent', stage: 'deal_stage' },
        stageMap: { Won: 'won', Lost: 'lost', Engaging: 'open' },
        rowsRead: 8800,
        rowsAccepted: 8790,
        rowsRejected: 10,
        periodsWritten: 1,
        repsCreated: 1,
        importedAt: '2026-02-01T09:00:00.000Z',
      },
    ],
    savedMappings: [
      {
        id: 'deal_stage|sales_agent',
        kind: 'deals',
        mapping: { rep: 'sales_agent' },
        stageMap: { Won: 'won' },
        updatedAt: '2026-02-01T09:00:00.000Z',
      },
    ],
    dealBatches: [
      {
        id: 'db-1',
        importId: 'imp-1',
        repId: 'rep-moses',
        records: [{ externalId: 'X1', outcome: 'won', stage: 'Won', amount: 1054, createdDate: '2016-10-20', closeDate: '2017-03-01' }],
      },
    ],
    activityBatches: [{ id: 'ab-1', importId: 'imp-1', repId: 'rep-moses', records: [{ type: 'call', date: '2026-01-05' }] }],
    expectations: [aeExpectation(T)],
    overrides: [
      {
        id: 'ov-1',
        repId: 'rep-ana',
        period: '2026-10',
        verdict: 'on-track',
        weakStage: null,
        reason: 'Territory moved in October; leads were reassigned.',
        obstacle: true,
        createdAt: T,
      },
    ],
    // A whole v3 plan (facts snapshot, prefilled content) as the planner stores it for a sample rep.
    plans: [{ ...planV3 }],
    planProgress: [{ planId: 'plan-1', step: 'action-plan', visited: ['facts', 'expectations', 'diagnosis', 'action-plan'], updatedAt: T }],
    checkIns: [
      {
        id: 'ci-1',
        planId: 'plan-1',
        repId: 'rep-ana',
        dueDate: '2026-12-04',
        heldDate: null,
        notes: '',
        itemStatuses: [{ itemId: 'ai-1', status: 'on-track' }],
        wins: [],
      },
      // A recorded check-in with everything it keeps: a move, the items with the computed and the
      // manager's status, a new item, and the facts it saw.
      {
        id: 'ci-2',
        planId: 'plan-1',
        repId: 'rep-ana',
        dueDate: '2026-12-21',
        heldDate: '2026-12-21',
        notes: 'Held by phone; pipeline review first.',
        itemStatuses: [],
        wins: [],
        slot: 1,
        moves: [{ from: '2026-12-18', to: '2026-12-21', reason: 'Rep on a customer visit', at: T }],
        items: [
          {
            itemId: 'ai-1',
            action: 'Book ten discovery meetings a week',
            metricKey: 'meetingsHeld',
            carried: false,
            baseline: 31,
            current: 38,
            target: 45,
            expected: 40,
            computed: 'at-risk',
            rule: 'Expected 40 by now at an even pace from 31 to 45; 38 is below by 2.',
            status: 'on-track',
            reason: 'Two meetings were moved into January by the customers.',
            word: 'Keep the Monday booking hour.',
          },
        ],
        newItems: [
          {
            id: 'ai-9',
            action: 'Shadow two demos with Ben',
            metricKey: null,
            baseline: null,
            target: null,
            deadline: '2027-01-15',
            owner: 'Ana Ortiz',
          },
        ],
        facts: {
          takenAt: T,
          asOf: '2026-12-21',
          latestPeriod: '2026-11',
          latestIncomplete: false,
          series: [
            {
              itemId: 'ai-1',
              points: [
                { period: '2026-10', value: 31 },
                { period: '2026-11', value: 38 },
              ],
            },
          ],
        },
        recordedAt: T,
        updatedAt: T,
      },
    ],
    // A coach's own copy of a library script, and a scored session run from it.
    roleplayScripts: [customScript],
    roleplaySessions: [
      {
        ...newSession(customScript, 'rep-ana', 'rps-1', new Date(T)),
        status: 'completed',
        elapsedSeconds: 840,
        scores: Object.fromEntries(customScript.rubric.criteria.map((c, i) => [c.id, i % 2 ? 3 : 4])),
        notes: 'Asked for the decision on the second try.',
        completedAt: T,
      },
    ],
    // Practice set from the plan's development item: the same script, a pass mark, a due date.
    roleplayAssignments: [
      {
        id: 'ra-1',
        repId: 'rep-ana',
        scriptId: 'rs-1',
        scriptTitle: 'Closing: ask for the decision (our version)',
        planId: 'plan-1',
        planItemId: 'dev-1',
        passMark: 3.5,
        dueDate: '2026-12-15',
        createdAt: T,
      },
    ],
    selfAssessments: [
      {
        id: 'sa-1',
        repId: 'rep-ana',
        date: '2026-11-19',
        activityRatings: { calls: 4 },
        skillRatings: { closing: 2 },
        comments: 'I rush the close.',
      },
    ],
    wins: [
      {
        id: 'win-1',
        repId: 'rep-ana',
        date: '2026-11-30',
        source: 'noted',
        result: 'Signed Harbor Freight for 18,000 in November 2026',
        behaviour: 'Brought the finance lead into the second meeting',
        metric: null,
        period: '2026-11',
        foundKey: null,
        refId: null,
        createdAt: T,
      },
    ],
    settings: [
      {
        id: 'app',
        diagnosis: {
          gapThreshold: 0.25,
          trailingWindow: 3,
          missedPeriodsN: 2,
          missedPeriodsM: 3,
          activityDropShare: 0.2,
          minEventsForConfidence: 10,
        },
        defaultPeriodKind: 'month',
        currency: 'EUR',
        managerName: 'Jo Ng',
        onboardedAt: '2026-01-01T00:00:00.000Z',
        updatedAt: T,
      },
    ],
    repChanges: [
      {
        id: 'rc-1',
        kind: 'roster',
        summary: 'Roster sales_teams.csv as of 1 Jan 2026: 1 rep added, 1 changed.',
        fileName: 'sales_teams.csv',
        asOf: '2026-01-01',
        at: T,
        createdRepIds: [],
        before: [{ table: 'reps', rows: [] }],
      },
    ],
    // A rep deleted on another laptop before this data was saved.
    tombstones: [{ id: 'reps/rep-left', table: 'reps', key: 'rep-left', deletedAt: T, deletedBy: 'other-laptop', deletedByName: 'Kim Lee' }],
  };
  for (const [name, list] of Object.entries(rows)) {
    for (const row of list) TABLE_ROW_SCHEMAS[name as keyof BackupTables].parse(row);
  }
  return rows;
}

/**
 * A plan as schema version 2 stored it (before the planner): what the v2 → v3 upgrade meets. No
 * Candor before v3 could write plans or role-play rows, so older databases are seeded with this
 * plan and no role-play rows.
 */
export const PLAN_V2_ROW: Record<string, unknown> = {
  id: 'plan-1',
  repId: 'rep-ana',
  status: 'active',
  step: 'action-plan',
  period: '2026-10',
  verdict: 'skill',
  weakStage: 'opportunity-to-win',
  facts: 'Win rate 12% against 25% expected over three months.',
  expectations: 'Win rate back to 20% by January.',
  talkingPoints: ['Discovery calls end without next steps.'],
  openQuestions: ['What stops deals after the demo?'],
  pushback: [{ id: 'pb-1', objection: 'My leads are worse.', response: 'Your lead source mix matches the team.' }],
  consequences: 'A formal review if nothing moves by March.',
  support: 'Weekly deal review with me.',
  actionItems: [
    {
      id: 'ai-1',
      text: 'Agree a next step on every demo',
      metric: 'winRate',
      target: 0.2,
      deadline: '2027-01-31',
      milestones: [],
      status: 'on-track',
    },
  ],
  developmentItems: [{ id: 'di-1', skill: 'Closing', support: 'role-play', text: 'Two role-plays a month', deadline: null, status: 'not-started' }],
  checkInCadenceDays: 14,
  managerName: 'Jo Ng',
  signatures: { managerDate: '2026-11-20', repDate: null },
  exports: [{ id: 'ex-1', kind: 'rep-plan', fileName: 'Plan – Ana Ruiz.docx', sha256: sha, exportedAt: T }],
  createdAt: '2026-11-18T10:00:00.000Z',
  updatedAt: T,
};
