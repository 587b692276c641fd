// The manager's private conversation guide as a document model: built from its own input,
// never from the plan's, and marked private on every page.
import { cell, list, nameRuns, prose, table } from './blocks';
import { makeFormatter, type Formatter } from './format';
import { cleanLine, lineRun } from './text';
import type { Block, ConversationGuideInput, DocSection, DocumentModel, FormatOptions, Inline } from './types';

export const GUIDE_TITLE = 'Conversation guide';
export const GUIDE_PRIVACY_NOTE = 'Private: the manager’s own preparation. Not part of the employee’s plan; do not hand it out.';

/** A name, or "not given" where there is none (as in the plan's details). */
const given = (name: string): Inline[] => {
  const runs = nameRuns(name);
  return runs.length > 0 ? runs : [{ text: 'not given' }];
};

/** A short facts box: each fact of the plan once, the rep's figure beside its benchmark. */
function factsBox(input: ConversationGuideInput, f: Formatter): DocSection[] {
  if (!input.facts) return [];
  const rows = input.facts.map((r): Inline[][] => [
    cell(r.metric),
    [{ text: f.value(r.actual, r.unit) }],
    [{ text: f.value(r.expectation, r.unit) }],
  ]);
  const heading = input.periodLabel ? `The facts, ${input.periodLabel}` : 'The facts';
  return [{ heading, blocks: table(['Metric', 'Rep', 'Benchmark'], rows, [4, 2, 2], 'No figures are part of this plan.', ['start', 'end', 'end']) }];
}

export function buildGuideDocument(input: ConversationGuideInput, opts: FormatOptions): DocumentModel {
  const f = makeFormatter(opts);
  const date = f.date(input.date, 'Conversation date');

  // One line, not a grid: the guide is a single sheet to hold during the conversation.
  const details: Block = {
    kind: 'paragraph',
    runs: [
      { text: 'Employee: ', bold: true },
      ...given(input.repName),
      { text: ' · Manager: ', bold: true },
      ...given(input.managerName),
      { text: ' · Date: ', bold: true },
      { text: date },
    ],
  };

  const agenda = input.agenda.map((a) => ({ item: cell(a.item), minutes: a.minutes })).filter((a) => a.item.length > 0 || a.minutes !== null);
  const timed = agenda.flatMap((a) => (a.minutes !== null && Number.isFinite(a.minutes) ? [a.minutes] : []));
  // No step timed: the agenda is a list of steps, without an empty Time column.
  const agendaRows = agenda.map((a, i): Inline[][] => [
    [{ text: String(i + 1) }],
    a.item,
    ...(timed.length > 0 ? [[{ text: f.minutes(a.minutes) }]] : []),
  ]);
  const when = [input.meeting?.time ?? '', input.meeting?.place ?? ''].map(cleanLine).filter((x) => x !== '');
  const timing: Block[] =
    when.length === 0 ? [] : [{ kind: 'paragraph', runs: [{ text: 'When and where: ', bold: true }, { text: when.join(', ') }] }];
  timing.push(
    ...(timed.length > 0
      ? table(['#', 'Step', 'Time'], agendaRows, [0.6, 6, 1.6], 'No agenda was planned.', ['start', 'start', 'end'])
      : table(['#', 'Step'], agendaRows, [0.6, 7.6], 'No agenda was planned.')),
  );
  if (timed.length > 0) {
    const total = f.minutes(timed.reduce((sum, m) => sum + m, 0));
    const partial = timed.length < agenda.length ? ` for the ${timed.length} timed step${timed.length === 1 ? '' : 's'} of ${agenda.length}` : '';
    timing.push({ kind: 'paragraph', runs: [{ text: `Planned time${partial}: `, bold: true }, { text: total }], tone: 'normal' });
  }

  const sections: DocSection[] = [
    ...factsBox(input, f),
    { heading: 'Timing and agenda', blocks: timing },
    { heading: 'Opening', blocks: prose(input.opening, 'No opening was written.') },
    ...(input.acknowledgements !== undefined
      ? [{ heading: 'What is going well', blocks: prose(input.acknowledgements, 'Nothing was written here yet.') }]
      : []),
    ...(input.diagnosis !== undefined
      ? [{ heading: 'Your reading of the gap', blocks: list(input.diagnosis, false, 'No diagnosis was written.') }]
      : []),
    { heading: 'Talking points', blocks: list(input.talkingPoints, true, 'No talking points were written.') },
    { heading: 'Questions to ask', blocks: list(input.questions, true, 'No questions were written.') },
    {
      heading: 'Pushback and how to respond',
      blocks: table(
        ['If you hear', 'Respond by'],
        input.pushback.map((p) => [cell(p.objection), cell(p.approach)]).filter(([o, a]) => o!.length > 0 || a!.length > 0),
        [2, 3],
        'No pushback was anticipated.',
      ),
    },
    ...(input.ownPart !== undefined && input.ownPart.length > 0
      ? [{ heading: 'Your part to fix first', blocks: list(input.ownPart, false, 'Nothing was noted.') }]
      : []),
    ...(input.meetingNote?.trim() ? [{ heading: 'Meeting note', blocks: prose(input.meetingNote, '') }] : []),
    { heading: 'Keeping emotional distance', blocks: list(input.reminders, false, 'No reminders were written.') },
  ];

  return {
    kind: 'guide',
    title: GUIDE_TITLE,
    subtitle: GUIDE_PRIVACY_NOTE,
    header: [lineRun(input.repName), { text: ` · ${GUIDE_TITLE} · ${date}` }],
    headerNote: 'Private: manager only',
    locale: opts.locale,
    intro: [details],
    sections,
  };
}
