import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText } from '../document';
import { readDocxParts, renderDocx, xmlText } from '@shared/export/docx';
import type { RoleplayScript, RoleplaySession } from '@shared/schemas';
import { buildScoreSheetDocument, buildScriptDocument, scoreSheetFileName, scriptDocumentFileName } from './document';
import { loadLibrary, newSession } from './index';

const DIR = join(import.meta.dirname, '../../../resources/roleplay');
const { scripts } = loadLibrary(readdirSync(DIR).map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') })));

/** Everything that is for the observer only. */
function observerOnly(s: RoleplayScript): string[] {
  return [
    ...s.observerPrompts,
    ...s.steps.map((x) => x.coachNote).filter(Boolean),
    ...s.steps.flatMap((x) => [x.buyer, ...x.branches.map((b) => b.buyer)]),
    // What the buyer wants and how they behave is what the rep is there to find out.
    ...s.persona.goals,
    s.persona.temperament,
  ];
}
// Document text is soft-wrapped and cleaned; compare on a long-enough prefix of each sentence.
const probe = (t: string) => t.slice(0, 30);

function finished(script: RoleplayScript, scores: number[]): RoleplaySession {
  const s = newSession(script, 'rep-1', 's-1', new Date('2026-12-01T09:00:00Z'));
  return {
    ...s,
    status: 'completed',
    completedAt: '2026-12-01T09:12:00.000Z',
    elapsedSeconds: 605,
    notes: 'Asked for the decision with two dates.',
    steps: s.steps.map((x, i) => (i === 1 ? { ...x, branchId: script.steps[1]!.branches[0]?.id ?? null, note: 'Found the real concern.' } : x)),
    scores: Object.fromEntries(script.rubric.criteria.map((c, i) => [c.id, scores[i] ?? 3])),
  };
}

describe('role-play script documents', () => {
  it.each(scripts.map((s) => [s.id, s] as const))('%s: the rep’s copy has the briefing and the rubric, and nothing for the observer', (_, script) => {
    const rep = documentText(buildScriptDocument(script, 'rep'));
    for (const c of script.rubric.criteria) for (const t of [c.name, c.anchors['1'], c.anchors['5']]) expect(rep).toContain(probe(t));
    expect(rep).toContain(probe(script.repObjective));
    for (const t of observerOnly(script)) expect(rep, t).not.toContain(probe(t));
    const observer = documentText(buildScriptDocument(script, 'observer'));
    for (const t of observerOnly(script)) expect(observer, t).toContain(probe(t));
  });

  it('in the Word file too: the rep’s copy carries no observer prompt anywhere in the package', async () => {
    const script = scripts.find((s) => s.id === 'objection-competitor')!;
    const sentinel = 'SENTINEL-OBSERVER-ONLY';
    const marked: RoleplayScript = {
      ...script,
      observerPrompts: [`${sentinel} prompt`],
      steps: script.steps.map((s) => ({
        ...s,
        coachNote: `${sentinel} note`,
        branches: s.branches.map((b) => ({ ...b, buyer: `${sentinel} line` })),
      })),
    };
    const repParts = readDocxParts(await renderDocx(buildScriptDocument(marked, 'rep')));
    expect(xmlText(repParts['word/document.xml']!)).toContain('How the session is scored');
    for (const [name, xml] of Object.entries(repParts)) expect(xml, name).not.toContain(sentinel);
    const observerXml = xmlText(readDocxParts(await renderDocx(buildScriptDocument(marked, 'observer')))['word/document.xml']!);
    expect(observerXml).toContain(`${sentinel} prompt`);
    expect(observerXml).toContain(`${sentinel} line`);
  });
});

/** The paragraph and the table after a heading, in document.xml. */
function afterHeading(xml: string, heading: string): { paragraph: string; next: string } {
  const at = xml.indexOf(`>${heading}</w:t>`);
  const start = xml.lastIndexOf('<w:p>', at) >= 0 ? xml.lastIndexOf('<w:p>', at) : xml.lastIndexOf('<w:p ', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return { paragraph: xml.slice(start, end), next: xml.slice(end, xml.indexOf('</w:tbl>', end)) };
}

describe('the rubric table in the Word copies', () => {
  const script = scripts.find((s) => s.id === 'objection-price')!;

  it.each(['rep', 'observer'] as const)(
    '%s’s copy: the table follows its heading on the same page, rows never split, the header row repeats',
    async (audience) => {
      const xml = readDocxParts(await renderDocx(buildScriptDocument(script, audience)))['word/document.xml']!;
      const { paragraph, next } = afterHeading(xml, 'How the session is scored');
      expect(paragraph).toContain('<w:keepNext/>');
      expect(next.startsWith('<w:tbl>')).toBe(true);
      const rows = next.split('<w:tr>').slice(1);
      expect(rows).toHaveLength(script.rubric.criteria.length + 1);
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    },
  );

  it('the observer’s copy has an empty column to score each criterion by hand; the rep’s copy does not', () => {
    const observer = buildScriptDocument(script, 'observer');
    const table = observer.sections.find((s) => s.heading === 'How the session is scored')!.blocks[0]!;
    expect(table.kind === 'table' && table.header).toEqual(['Criterion', '1', '3', '5', 'Score (1–5)']);
    expect(table.kind === 'table' && table.rows.map((r) => r[4])).toEqual(script.rubric.criteria.map(() => [{ text: '' }]));
    const rep = buildScriptDocument(script, 'rep').sections.find((s) => s.heading === 'How the session is scored')!.blocks[0]!;
    expect(rep.kind === 'table' && rep.header).toEqual(['Criterion', '1', '3', '5']);
  });
});

describe('where each line leads, in the observer’s copy', () => {
  it('a line that ends the talk or takes its own path says so; the rep’s copy says nothing of it', () => {
    const timing = scripts.find((s) => s.id === 'objection-timing')!;
    const observer = documentText(buildScriptDocument(timing, 'observer'));
    expect(observer).toContain('“Great, speak then.” The conversation ends here.');
    expect(observer).toContain('“I don’t respond well to that kind of pressure.” Leads to step 4.');
    // The main line at step 3 skips the pressure detour.
    expect(observer).toMatch(/Step 3[\s\S]*Leads to step 5\.[\s\S]*Step 4/);
    expect(documentText(buildScriptDocument(timing, 'rep'))).not.toContain('Leads to step');
  });
});

describe('role-play score sheet', () => {
  const script = scripts.find((s) => s.id === 'closing-ask-for-commitment')!;

  it('holds every score, the result against the pass mark and the notes', async () => {
    const model = buildScoreSheetDocument(finished(script, [4, 3, 4, 4]), 'Farid Haddad');
    const text = documentText(model);
    expect(text).toContain('Result: 3.8 of 5 against a pass mark of 3.5: passed');
    expect(text).toContain('Time on the clock: 10:05 (planned 10 min)');
    expect(text).toContain('Date: December 1, 2026');
    expect(text).toContain('Confirming the fit | 4 |');
    expect(text).toContain('Surfacing the last concern | 3 |');
    expect(text).toContain('Found the real concern.');
    expect(text).toContain('Asked for the decision with two dates.');
    for (const p of script.observerPrompts) expect(text).not.toContain(probe(p));
    const xml = xmlText(readDocxParts(await renderDocx(model))['word/document.xml']!);
    expect(xml).toContain('Role-play score sheet');
    expect(xml).toContain('3.8 of 5 against a pass mark of 3.5');
  });

  it('the step record follows the path the conversation took, with the line used at each step', () => {
    const timing = scripts.find((s) => s.id === 'objection-timing')!;
    const session = finished(timing, [4, 4, 4, 4]);
    session.steps = session.steps.map((x) =>
      x.stepId === 'cost' ? { ...x, branchId: 'pressure', note: 'Used the Friday deadline.' } : { ...x, branchId: null, note: '' },
    );
    const text = documentText(buildScoreSheetDocument(session, 'Farid Haddad'));
    const record = text.slice(text.indexOf('Step by step'));
    const at = (id: string) => timing.steps.findIndex((s) => s.id === id) + 1;
    for (const id of ['delay', 'reason', 'cost', 'cooled', 'plan', 'commit']) expect(record).toContain(`Step ${at(id)}: `);
    expect(record).toContain('I don’t respond well to that kind of pressure.');
    expect(record).toContain('(The rep uses a fake deadline or expiring offer)');
    expect(record).toContain('Used the Friday deadline.');
    // Ended at the first step: only that step is in the record.
    session.steps = session.steps.map((x) => (x.stepId === 'delay' ? { ...x, branchId: 'accept' } : { ...x, branchId: null, note: '' }));
    const short = documentText(buildScoreSheetDocument(session, 'Farid Haddad'));
    expect(short.slice(short.indexOf('Step by step'))).not.toContain('Step 2: ');
  });

  it('below the pass mark says so; an unfinished session has no score sheet', () => {
    expect(documentText(buildScoreSheetDocument(finished(script, [2, 3, 3, 3]), 'Farid Haddad'))).toContain(
      '2.8 of 5 against a pass mark of 3.5: below the pass mark',
    );
    const open = newSession(script, 'rep-1', 's-2', new Date('2026-12-01T09:00:00Z'));
    expect(() => buildScoreSheetDocument(open, 'Farid Haddad')).toThrow(/Finish the session/);
    expect(() => buildScoreSheetDocument({ ...finished(script, [4, 4, 4, 4]), scores: {} }, 'Farid Haddad')).toThrow(/score every criterion/);
  });

  it('file names are safe and say what they are', () => {
    expect(scoreSheetFileName(finished(script, []), 'Farid / Haddad')).toBe('2026-12-01 Farid - Haddad - Role-play score sheet.docx');
    expect(scriptDocumentFileName(script, 'rep')).toBe('Closing - ask for the decision - Rep copy.docx');
  });
});
