// The rep-facing action and development plan as a document model. It reads only the fields
// of PlanDocumentInput, one by one: the manager's conversation guide is a different input and
// cannot reach this document, even when a caller passes an object that also carries it.
import { afterSignatures, closingSections } from './closing';
import { cell, checkImage, labelledList, list, nameRuns, note, para, prose, table } from './blocks';
import { DocumentInputError, makeFormatter } from './format';
import { cleanLine, lineRun, textRuns } from './text';
import type { Block, DocSection, DocumentModel, FormatOptions, Inline, MetricUnit, PlanDocumentInput, SignatureBlock, SignerRole } from './types';

export const PLAN_TITLE = 'Action and development plan';

/** The section with the wins the manager wrote, after the facts; left out when none were written. */
export const WINS_SECTION = 'What is going well';

/** The plan's sections, in order (with the wins section after the facts when there are wins). */
export const PLAN_SECTIONS = [
  'Expectations',
  'Performance facts',
  'Focus areas',
  'Action items',
  'Milestones and check-ins',
  'Support provided',
  'Development plan',
  'Consequences',
  'Guidance already given',
  'At the end of the plan',
  'Acknowledgement',
] as const;

/** The possible outcomes when the plan states none of its own. */
export const STANDARD_OUTCOMES =
  'At the final review, one of three things happens: the expectations are met and the plan closes; the plan is extended with new dates, if progress is clear but not yet enough; or the company’s next formal step is taken.';

export const SIGNER_LABEL: Record<SignerRole, string> = { rep: 'Employee', manager: 'Manager', hr: 'HR representative' };
const SIGNER_ORDER: SignerRole[] = ['rep', 'manager', 'hr'];

export function buildPlanDocument(input: PlanDocumentInput, opts: FormatOptions): DocumentModel {
  const f = makeFormatter(opts);
  const date = f.date(input.date, 'Plan date');
  // Built in the document's order, so a date that cannot be shown is named as before.
  const details = detailsBlock(input, date);
  const expectationBlocks = expectationsOf(input, f);
  const facts = factsTable(input, f);
  const actions = actionsTable(input, f);
  const { milestones, checkIns } = datesOf(input, f);
  const supportBlocks = labelledList(
    input.support.map((x) => [x.kind, x.text]),
    'No support was recorded.',
  );
  const development = developmentOf(input);

  const sections: DocSection[] = [
    { heading: 'Expectations', blocks: expectationBlocks },
    {
      heading: 'Performance facts',
      blocks: cleanLine(input.factsNote ?? '') && input.facts.length ? [note(cleanLine(input.factsNote ?? '')), ...facts] : facts,
    },
    ...(input.wins?.trim() ? [{ heading: WINS_SECTION, blocks: prose(input.wins, '') }] : []),
    { heading: 'Focus areas', blocks: list(input.focusAreas, false, 'No focus areas were set.') },
    { heading: 'Action items', blocks: actions },
    { heading: 'Milestones and check-ins', blocks: [...milestones, para([{ text: 'Check-in dates', bold: true }]), ...checkIns] },
    { heading: 'Support provided', blocks: supportBlocks },
    { heading: 'Development plan', blocks: development.length === 0 ? [note('No development plan was set.')] : development },
    { heading: 'Consequences', blocks: prose(input.consequences, 'No consequences were written down.') },
    ...closingSections(input, STANDARD_OUTCOMES),
    {
      heading: 'Acknowledgement',
      blocks: [
        ...prose(input.acknowledgement, 'No acknowledgement statement was written down.'),
        signatureBlock(input, f.date),
        ...afterSignatures(input, f.date),
      ],
    },
  ];

  return {
    kind: 'plan',
    title: PLAN_TITLE,
    header: [lineRun(input.repName), { text: ` · ${PLAN_TITLE} · ${date}` }],
    locale: opts.locale,
    intro: [details],
    sections,
  };
}

type Formatter = ReturnType<typeof makeFormatter>;

function detailsBlock(input: PlanDocumentInput, date: string): Block {
  return {
    kind: 'details',
    rows: [
      { label: 'Company', value: nameRuns(input.company) },
      { label: 'Team', value: nameRuns(input.team) },
      { label: 'Employee', value: nameRuns(input.repName) },
      { label: 'Manager', value: nameRuns(input.managerName) },
      ...(input.hrName !== undefined && cleanLine(input.hrName) !== '' ? [{ label: 'HR representative', value: nameRuns(input.hrName) }] : []),
      { label: 'Date', value: [{ text: date }] },
      { label: 'Period reviewed', value: textRuns(input.periodLabel) },
    ],
  };
}

function expectationsOf(input: PlanDocumentInput, f: Formatter): Block[] {
  const expectationText = (e: PlanDocumentInput['expectations'][number]) => {
    const value = e.value === null ? '' : typeof e.value === 'number' ? f.value(e.value, e.unit ?? 'count') : e.value;
    const note = cleanLine(e.note ?? '');
    return value !== '' && note !== '' ? `${value} (${note})` : value || note;
  };
  return labelledList(
    input.expectations.map((e) => [e.label, expectationText(e)]),
    'No expectations were written down for this plan.',
  );
}

function factsTable(input: PlanDocumentInput, f: Formatter): Block[] {
  return table(
    ['Metric', 'Expectation', 'Actual', 'Gap'],
    input.facts.map((r) => [
      cell(r.metric),
      [{ text: f.value(r.expectation, r.unit) }],
      [{ text: f.value(r.actual, r.unit) }],
      [{ text: f.gap(r.gap, r.unit) }],
    ]),
    [4, 2, 2, 2],
    'No performance figures are part of this plan.',
    ['start', 'end', 'end', 'end'],
  );
}

function actionsTable(input: PlanDocumentInput, f: Formatter): Block[] {
  const actionValue = (v: string | number | null, unit: MetricUnit = 'count'): Inline[] => {
    if (v === null) return [{ text: 'not set' }];
    return typeof v === 'number' ? [{ text: f.value(v, unit) }] : cell(v);
  };
  return table(
    ['#', 'Action', 'Measure', 'Baseline', 'Target', 'Deadline', 'Owner'],
    input.actionItems.map((a, i) => [
      [{ text: String(i + 1) }],
      cell(a.action),
      cell(a.measure),
      actionValue(a.baseline, a.unit),
      actionValue(a.target, a.unit),
      a.deadline === null ? [{ text: 'not set' }] : [{ text: f.date(a.deadline, `Deadline of action ${i + 1}`) }],
      cell(a.owner),
    ]),
    [0.5, 3.4, 2.7, 2.1, 2.1, 2.4, 2.8],
    'No action items were agreed.',
  );
}

function datesOf(input: PlanDocumentInput, f: Formatter): { milestones: Block[]; checkIns: Block[] } {
  const milestones = table(
    ['Date', 'Milestone'],
    input.milestones.map((m, i) => [[{ text: m.date === null ? 'date to be set' : f.date(m.date, `Date of milestone ${i + 1}`) }], cell(m.text)]),
    [1, 3],
    'No milestones were set.',
  );
  const checkIns = list(
    input.checkIns.map((d, i) => f.date(d, `Check-in ${i + 1}`)),
    false,
    'No check-in dates were set.',
  );
  return { milestones, checkIns };
}

function developmentOf(input: PlanDocumentInput): Block[] {
  return input.development.flatMap((d, i): Block[] => [
    { kind: 'heading', level: 2, text: cleanLine(d.skill) === '' ? [{ text: `Skill ${i + 1}` }] : [lineRun(d.skill)] },
    ...(cleanLine(d.timeline) === '' ? [] : [para([{ text: 'Timeline: ', bold: true }, ...textRuns(d.timeline)])]),
    para([{ text: 'Activities', bold: true }]),
    ...list(d.activities, false, 'No activities listed.'),
    para([{ text: 'Resources', bold: true }]),
    ...list(d.resources, false, 'No resources listed.'),
  ]);
}

function signatureBlock(input: PlanDocumentInput, formatDate: (d: string, field?: string) => string): SignatureBlock {
  // The employee and the manager always sign (and HR when named): a role the input leaves
  // out still gets its lines for ink, with the name from the plan.
  const given = new Map(input.signatures.map((s) => [s.role, s]));
  if (given.size !== input.signatures.length) throw new DocumentInputError('Each role signs once: the plan lists a signer twice.');
  const hasHr = given.has('hr') || (input.hrName !== undefined && cleanLine(input.hrName) !== '');
  const fallbackName: Record<SignerRole, string> = { rep: input.repName, manager: input.managerName, hr: input.hrName ?? '' };
  const roles = SIGNER_ORDER.filter((r) => r !== 'hr' || hasHr);
  const signers = roles.map((role) => given.get(role) ?? { role, name: fallbackName[role], date: null });
  return {
    kind: 'signatures',
    signers: signers.map((s) => {
      const label = SIGNER_LABEL[s.role];
      const out: SignatureBlock['signers'][number] = {
        label,
        name: nameRuns(s.name),
        date: s.date === null ? null : formatDate(s.date, `Signature date of the ${label.toLowerCase()}`),
      };
      if (s.image) out.image = checkImage(s.image, `the ${label.toLowerCase()}`);
      return out;
    }),
  };
}
