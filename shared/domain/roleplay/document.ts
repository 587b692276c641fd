// Role-play documents as plain document models (rendered to Word by shared/export/docx):
// the script for each party and the filled score sheet of a session.
//
// The rep's copy is the briefing: scenario, what the rep knows, the objective, the buyer and
// the rubric. It carries no observer prompt, no "watch" note and none of the buyer's lines,
// so the role-play keeps its surprises. The observer's copy has everything.
import { cell, list, nameRuns, note, para, prose, table } from '../document/blocks';
import { DocumentInputError } from '../document/format';
import type { Block, DocSection, DocumentModel, Inline } from '../document/types';
import { sanitizeFileName } from '../../lib/filename';
import type { RoleplayScript, RoleplaySession } from '../../schemas';
import { DIFFICULTY_LABELS, SKILL_LABELS, STAGE_NAMES } from './labels';
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

function rubricBlocks(script: RoleplayScript, scores?: RoleplaySession['scores']): Block[] {
  const header = scores ? ['Criterion', 'Score', 'What a 1, a 3 and a 5 look like'] : ['Criterion', '1', '3', '5'];
  const rows = script.rubric.criteria.map((c): Inline[][] =>
    scores
      ? [
          cell(c.name),
          text(scores[c.id] === undefined ? '—' : String(scores[c.id])),
          [{ text: `1: ${c.anchors['1']}` }, { break: true }, { text: `3: ${c.anchors['3']}` }, { break: true }, { text: `5: ${c.anchors['5']}` }],
        ]
      : [cell(c.name), cell(c.anchors['1']), cell(c.anchors['3']), cell(c.anchors['5'])],
  );
  const widths = scores ? [2.4, 1.2, 5.8] : [2, 2.6, 2.6, 2.6];
  return table(header, rows, widths, 'This script has no criteria.', scores ? ['start', 'end', 'start'] : undefined);
}

function buyerBlock(script: RoleplayScript): Block[] {
  const p = script.persona;
  return [
    {
      kind: 'details',
      rows: [
        { label: 'Name', value: nameRuns(p.name) },
        { label: 'Role', value: cell(p.role) },
        ...(p.company ? [{ label: 'Company', value: cell(p.company) }] : []),
        { label: 'Temperament', value: cell(p.temperament) },
      ],
    },
    para([{ text: 'Goals', bold: true }]),
    ...list(p.goals, false, 'No goals were written.'),
  ];
}

function linesBlocks(script: RoleplayScript): Block[] {
  return script.steps.flatMap((s, i): Block[] => [
    { kind: 'heading', level: 2, text: text(`Step ${i + 1}`) },
    para([{ text: 'Buyer: ', bold: true }, ...cell(`“${s.buyer}”`)]),
    para([{ text: 'The rep aims to: ', bold: true }, ...cell(s.repAim)]),
    ...(s.coachNote ? [para([{ text: 'Watch: ', bold: true }, ...cell(s.coachNote)], 'note')] : []),
    ...(s.branches.length
      ? [
          {
            kind: 'list',
            ordered: false,
            items: s.branches.map((b): Inline[] => [{ text: `${b.when}: `, italic: true }, ...cell(`“${b.buyer}”`)]),
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
      heading: 'How the session is scored',
      blocks: [
        note('These criteria are shared before the session: nothing is scored on a hidden rule. Scores 2 and 4 sit between their neighbours.'),
        ...rubricBlocks(script),
      ],
    },
  ];
  if (audience === 'observer') {
    sections.push(
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
  const stepNotes = session.steps.flatMap((s, i): Inline[][] => {
    const step = script.steps.find((x) => x.id === s.stepId);
    if (!step || (!s.note && s.branchId === null)) return [];
    const line: Inline[] = [{ text: `Step ${i + 1}: `, bold: true }, ...cell(`“${buyerLine(step, s.branchId)}”`)];
    return [s.note ? [...line, { break: true } as const, ...cell(s.note)] : line];
  });
  return {
    kind: 'roleplay-score-sheet',
    title: 'Role-play score sheet',
    subtitle: script.title,
    header: [...nameRuns(repName), { text: ` · ${session.date}` }],
    locale,
    intro: [
      {
        kind: 'details',
        rows: [
          { label: 'Rep', value: nameRuns(repName) },
          { label: 'Script', value: cell(script.title) },
          { label: 'Skill', value: text(SKILL_LABELS[script.skill]) },
          { label: 'Date', value: text(session.date) },
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
        blocks: stepNotes.length ? [{ kind: 'list', ordered: false, items: stepNotes }] : [note('No step notes were written.')],
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
