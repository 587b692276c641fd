// The check-in summary for the rep as a document model: what was measured for each action item
// (baseline → now → target, the status and the manager's word on it), what carries on, the new
// action items and the next check-in. Built from its own input, like the plan and the guide.
import { cell, list, nameRuns, para, prose, table } from './blocks';
import { lineRun } from './text';
import { makeFormatter } from './format';
import type { Block, DocSection, DocumentModel, FormatOptions, Inline, IsoDate, MetricUnit } from './types';

export const CHECKIN_TITLE = 'Check-in summary';

export type CheckInSummaryInput = {
  repName: string;
  managerName: string;
  heldDate: IsoDate;
  /** "Oct 2026 (Aug – Oct 2026)": the facts the plan started from. */
  planFacts: string;
  /** When progress was measured and the newest period of data read (its label); null when it was recorded without data. */
  measured: { asOf: IsoDate; through: string | null; incomplete: boolean } | null;
  /** The pace rule in words. */
  rule: string;
  /** Said when the newest period was still incomplete. */
  incompleteNote: string | null;
  notes: string;
  items: {
    action: string;
    metric: string;
    unit: MetricUnit | null;
    baseline: number | null;
    current: number | null;
    target: number | null;
    /** The status that counts, in words; with the computed one and the reason when the manager set another. */
    status: string;
    word: string;
  }[];
  newItems: { action: string; deadline: IsoDate | null; owner: string }[];
  /**
   * The role-play practice assigned from the plan as the check-in saw it, in words: the script,
   * the development item it serves, its facts ("pass mark 4 of 5; due …; 2 sessions …") and its
   * status ("Passed on …"). The section is left out when there is none.
   */
  practice: { script: string; item: string; facts: string; status: string }[];
  nextCheckIn: IsoDate | null;
};

function measuredText(m: CheckInSummaryInput['measured'], date: (d: IsoDate) => string): string {
  if (!m) return 'Not measured: recorded without data.';
  if (!m.through) return `Measured on ${date(m.asOf)}: no complete period of new data yet.`;
  return `Measured on ${date(m.asOf)} on the data up to ${m.through}${m.incomplete ? ' (a newer period was still incomplete and not read)' : ''}.`;
}

/** One line per assignment: the script in bold, the item it serves, its facts and where it stood. */
function practiceList(practice: CheckInSummaryInput['practice']): Block[] {
  const items = practice.map((p): Inline[] => [lineRun(p.script, { bold: true }), { text: ' ' }, lineRun(`(${p.item}): ${p.facts}. ${p.status}.`)]);
  return [{ kind: 'list', ordered: false, items }];
}

export function buildCheckInSummary(input: CheckInSummaryInput, opts: FormatOptions): DocumentModel {
  const f = makeFormatter(opts);
  const held = f.date(input.heldDate, 'Check-in date');
  const name = (n: string): Inline[] => (nameRuns(n).length > 0 ? nameRuns(n) : [{ text: 'not given' }]);
  const details: Block = {
    kind: 'details',
    rows: [
      { label: 'Employee', value: name(input.repName) },
      { label: 'Manager', value: name(input.managerName) },
      { label: 'Check-in held', value: [{ text: held }] },
      { label: 'Plan facts', value: cell(input.planFacts) },
      { label: 'Progress', value: cell(measuredText(input.measured, (d) => f.date(d, 'Measured on'))) },
    ],
  };
  const value = (n: number | null, unit: MetricUnit | null) => [{ text: f.value(n, unit ?? 'count') }];
  const rows = input.items.map((i): Inline[][] => [
    cell(i.action),
    cell(i.metric),
    value(i.baseline, i.unit),
    value(i.current, i.unit),
    value(i.target, i.unit),
    cell(i.status),
  ]);
  const progress: Block[] = [
    ...table(['Action', 'Measure', 'Start', 'Now', 'Target', 'Status'], rows, [4, 2.4, 1.4, 1.4, 1.4, 2.6], 'The plan has no action items.', [
      'start',
      'start',
      'end',
      'end',
      'end',
      'start',
    ]),
    para([{ text: 'How the status is set: ', bold: true }, ...cell(input.rule)], 'note'),
    ...(input.incompleteNote ? [para(cell(input.incompleteNote), 'note')] : []),
  ];
  const words = input.items.filter((i) => i.word.trim() !== '').map((i): [string, string] => [i.action, i.word]);
  const sections: DocSection[] = [
    { heading: 'Progress on the action items', blocks: progress },
    {
      heading: 'What we said about each',
      blocks:
        words.length === 0
          ? list([], false, 'Nothing was added.')
          : [{ kind: 'list', ordered: false, items: words.map(([a, w]) => [{ text: `${a}: `, bold: true }, ...cell(w)]) }],
    },
    ...(input.practice.length > 0 ? [{ heading: 'Role-play practice', blocks: practiceList(input.practice) }] : []),
    { heading: 'Notes', blocks: prose(input.notes, 'No notes were taken.') },
    {
      heading: 'New action items',
      blocks: table(
        ['Action', 'By', 'Owner'],
        input.newItems.map((n) => [cell(n.action), [{ text: n.deadline ? f.date(n.deadline, 'Deadline') : 'not set' }], cell(n.owner)]),
        [5, 2, 2],
        'No new action items were agreed.',
      ),
    },
    {
      heading: 'Next check-in',
      blocks: [
        para([{ text: input.nextCheckIn ? f.date(input.nextCheckIn, 'Next check-in') : 'None planned: this was the last check-in of the plan.' }]),
      ],
    },
  ];
  return {
    kind: 'checkin',
    title: CHECKIN_TITLE,
    header: [...name(input.repName), { text: ` · check-in ${held}` }],
    locale: opts.locale,
    intro: [details],
    sections,
  };
}
