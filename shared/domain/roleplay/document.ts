// Role-play documents as plain document models (rendered to Word by shared/export/docx):
// the script for each party and the filled score sheet of a session.
//
// The rep's copy is the briefing: scenario, what the rep knows, the objective, who the buyer is
// and the rubric. It carries no observer prompt, no "watch" note, none of the buyer's lines and
// nothing of what the buyer wants or how they behave (that is what the rep is there to find
// out), so the role-play keeps its surprises. The observer's copy has everything, and a column
// to score each criterion by hand.
import { cell, list, nameRuns, note, para, prose, table } from '../document/blocks';
import { documentDate, DocumentInputError } from '../document/format';
import type { Block, DocSection, DocumentModel, Inline } from '../document/types';
import { sanitizeFileName } from '@shared/lib/filename';
import type { RoleplayScript, RoleplaySession } from '@shared/schemas';
import { DIFFICULTY_LABELS, SKILL_LABELS, STAGE_NAMES } from './labels';
import { leadsTo, sessionPath } from './paths';
import { buyerLine, formatElapsed, sessionResult } from './session';

export type ScriptAudience = 'rep' | 'observer';

const text = (t: string): Inline[] => [{ text: t }];

function aboutBlock(script: RoleplayScript): Block {
  return {
    kind: 'details',
    rows: [
      { label: 'Skill', value: text(SKILL_LABELS[script.skill]) },
      { label: 'Funnel stage', value: text(STAGE_NAMES[script.stage]) },
      { label: 'Difficulty', value: text(DIFFICULTY_LABELS[script.difficulty]) },
      { label: 'Length', value: text(`${script.minutes} minutes`) },
      { label: 'Pass mark', value: text(`${script.rubric.passMark} average of 5`) },
    ],
  };
}

/** The rubric: scored (the score sheet), with an empty column to score by hand (the observer), or the anchors alone (the rep). */
function rubricBlocks(script: RoleplayScript, scores: RoleplaySession['scores'] | 'by-hand' | null): Block[] {
  const criteria = script.rubric.criteria;
  if (scores && scores !== 'by-hand') {
    const rows = criteria.map((c): Inline[][] => [
      cell(c.name),
      text(scores[c.id] === undefined ? '—' : String(scores[c.id])),
      [{ text: `1: ${c.anchors['1']}` }, { break: true }, { text: `3: ${c.anchors['3']}` }, { break: true }, { text: `5: ${c.anchors['5']}` }],
    ]);
    return table(['Criterion', 'Score', 'What a 1, a 3 and a 5 look like'], rows, [2.4, 1.2, 5.8], 'This script has no criteria.', [
      'start',
      'end',
      'start',
    ]);
  }
  const anchors = (c: (typeof criteria)[number]) => [cell(c.name), cell(c.anchors['1']), cell(c.anchors['3']), cell(c.anchors['5'])];
  if (scores === 'by-hand')
    return table(
      ['Criterion', '1', '3', '5', 'Score (1–5)'],
      criteria.map((c) => [...anchors(c), text('')]),
      [2, 2.3, 2.3, 2.3, 1.1],
      'This script has no criteria.',
    );
  return table(['Criterion', '1', '3', '5'], criteria.map(anchors), [2, 2.6, 2.6, 2.6], 'This script has no criteria.');
}

/** Who the buyer is: what the rep may know before the session. */
function buyerBlock(script: RoleplayScript): Block[] {
  const p = script.persona;
  return [
    {
      kind: 'details',
      rows: [
        { label: 'Name', value: nameRuns(p.name) },
        { label: 'Role', value: cell(p.role) },
        ...(p.company ? [{ label: 'Company', value: cell(p.company) }] : []),
      ],
    },
  ];
}

/** What the buyer wants and how they behave: for the observer, who plays the buyer; the rep finds it out. */
function buyerBriefBlock(script: RoleplayScript): Block[] {
  const p = script.persona;
  return [
    para([{ text: 'Temperament: ', bold: true }, ...cell(p.temperament)]),
    para([{ text: 'What the buyer wants (the rep is to find out)', bold: true }]),
    ...list(p.goals, false, 'No goals were written.'),
  ];
}

function linesBlocks(script: RoleplayScript): Block[] {
  return script.steps.flatMap((s, i): Block[] => [
    { kind: 'heading', level: 2, text: text(`Step ${i + 1}`) },
    para([{ text: 'Buyer: ', bold: true }, ...cell(`“${s.buyer}”`)]),
    para([{ text: 'The rep aims to: ', bold: true }, ...cell(s.repAim)]),
    ...(s.coachNote ? [para([{ text: 'Watch: ', bold: true }, ...cell(s.coachNote)], 'note')] : []),
    ...(leadsTo(script, s.next) ? [para([{ text: leadsTo(script, s.next)!, italic: true }])] : []),
    ...(s.branches.length
      ? [
          {
            kind: 'list',
            ordered: false,
            items: s.branches.map((b): Inline[] => {
              const leads = leadsTo(script, b.next);
              return [{ text: `${b.when}: `, italic: true }, ...cell(`“${b.buyer}”`), ...(leads ? [{ text: ` ${leads}`, italic: true }] : [])];
            }),
          } satisfies Block,
        ]
      : []),
  ]);
}

/** The script for one party: the rep's briefing, or the observer's full copy. */
export function buildScriptDocument(script: RoleplayScript, audience: ScriptAudience, locale = 'en-US'): DocumentModel {
  const sections: DocSection[] = [
    { heading: 'Scenario', blocks: prose(script.scenario, 'No scenario was written.') },
    { heading: 'What the rep knows going in', blocks: prose(script.context, 'Nothing was written.') },
    { heading: 'The rep’s objective', blocks: prose(script.repObjective, 'No objective was written.') },
    { heading: 'The buyer', blocks: buyerBlock(script) },
    {
      // The table comes straight after its heading (which keeps with it): no paragraph between them to part them across pages.
      heading: 'How the session is scored',
      blocks: [
        ...rubricBlocks(script, audience === 'observer' ? 'by-hand' : null),
        note(
          audience === 'observer'
            ? 'The rep saw these criteria before the session: nothing is scored on a hidden rule. Scores 2 and 4 sit between their neighbours; write each score in the last column.'
            : 'These criteria are shared before the session: nothing is scored on a hidden rule. Scores 2 and 4 sit between their neighbours.',
        ),
      ],
    },
  ];
  if (audience === 'observer') {
    sections.push(
      { heading: 'Playing the buyer', blocks: buyerBriefBlock(script) },
      { heading: 'For the observer', blocks: list(script.observerPrompts, false, 'No prompts were written.') },
      { heading: 'The buyer’s lines, step by step', blocks: linesBlocks(script) },
    );
  }
  return {
    kind: audience === 'rep' ? 'roleplay-rep' : 'roleplay-observer',
    title: script.title,
    subtitle:
      audience === 'rep'
        ? 'Role-play briefing: the rep’s copy'
        : 'Role-play script: the observer’s copy, with the buyer’s lines and coaching prompts',
    header: text(`Role-play · ${SKILL_LABELS[script.skill]}`),
    ...(audience === 'observer' ? { headerNote: 'Observer’s copy: not for the rep before the session.' } : {}),
    locale,
    intro: [aboutBlock(script)],
    sections,
  };
}

/** The filled score sheet of a finished session. */
export function buildScoreSheetDocument(session: RoleplaySession, repName: string, locale = 'en-US'): DocumentModel {
  const r = sessionResult(session);
  if (session.status !== 'completed' || r.passed === null || r.average === null)
    throw new DocumentInputError('Finish the session and score every criterion before exporting its score sheet.');
  const script = session.script;
  // The steps the conversation went through, each with the line the buyer used and the coach's note.
  const stepNotes = sessionPath(script, session.steps).map((index): Inline[] => {
    const step = script.steps[index]!;
    const chosen = session.steps.find((x) => x.stepId === step.id);
    const branchId = chosen?.branchId ?? null;
    const when = branchId === null ? null : step.branches.find((b) => b.id === branchId)?.when;
    const line: Inline[] = [{ text: `Step ${index + 1}: `, bold: true }, ...cell(`“${buyerLine(step, branchId)}”`)];
    if (when) line.push({ text: ` (${when})`, italic: true });
    return chosen?.note ? [...line, { break: true }, ...cell(chosen.note)] : line;
  });
  return {
    kind: 'roleplay-score-sheet',
    title: 'Role-play score sheet',
    subtitle: script.title,
    header: [...nameRuns(repName), { text: ` · ${documentDate(session.date, locale)}` }],
    locale,
    intro: [
      {
        kind: 'details',
        rows: [
          { label: 'Rep', value: nameRuns(repName) },
          { label: 'Script', value: cell(script.title) },
          { label: 'Skill', value: text(SKILL_LABELS[script.skill]) },
          { label: 'Date', value: text(documentDate(session.date, locale)) },
          { label: 'Time on the clock', value: text(`${formatElapsed(session.elapsedSeconds)} (planned ${script.minutes} min)`) },
          {
            label: 'Result',
            value: [
              { text: `${r.average} of 5 against a pass mark of ${r.passMark}: ` },
              { text: r.passed ? 'passed' : 'below the pass mark', bold: true },
            ],
          },
        ],
      },
    ],
    sections: [
      { heading: 'Scores', blocks: rubricBlocks(script, session.scores) },
      { heading: 'Notes', blocks: prose(session.notes, 'No session notes were written.') },
      {
        heading: 'Step by step',
        blocks: [{ kind: 'list', ordered: false, items: stepNotes }],
      },
    ],
  };
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function scriptDocumentFileName(script: RoleplayScript, audience: ScriptAudience): string {
  return sanitizeFileName(`${script.title.replace(/\s*:\s*/g, ' - ')} - ${audience === 'rep' ? 'Rep copy' : 'Observer copy'}.docx`);
}

export function scoreSheetFileName(session: RoleplaySession, repName: string): string {
  return sanitizeFileName(`${session.date} ${repName} - Role-play score sheet.docx`);
}
