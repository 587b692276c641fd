// The generated .docx files, read back from the zip: the text is where it belongs, every
// style and numbering reference is declared, page fields carry cached values, signatures are
// embedded, and no private guide text reaches the rep's plan.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildGuideDocument,
  buildPlanDocument,
  type ConversationGuideInput,
  type DocumentModel,
  type PlanDocumentInput,
} from '@shared/domain/document';
import { EN_GB, fullPlanInput, guideInput, planInput } from '@shared/domain/document/testing';
import { docxPartNames, readDocxParts, renderDocx, xmlText } from '@shared/export/docx';

// Any UTF-16 text, unpaired surrogates included (built from code units: fc.string's
// 'binary' unit is slow under vitest).
const codeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u0000', '\u001f', '\ufffe', '\uffff', '\u202e', '\n', ' ', '.'),
);
const anyText = (maxLength: number) => fc.array(codeUnit, { maxLength }).map((u) => u.join(''));

const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

async function planParts(input: PlanDocumentInput = planInput()) {
  const bytes = await renderDocx(buildPlanDocument(input, EN_GB));
  return { bytes, parts: readDocxParts(bytes) };
}

const all = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]!);

describe('plan .docx', () => {
  it('holds the plan text in word/document.xml, and the rep and date in the header', async () => {
    const { parts } = await planParts();
    const text = xmlText(parts['word/document.xml']!);
    for (const s of [
      'Action and development plan',
      'Northwind Traders',
      'Mid-market West',
      'August – October 2026',
      'Performance facts',
      '£41,250',
      '-£18,750',
      'not available',
      'Run a discovery call checklist on every new opportunity',
      '15 December 2026',
      'Discovery and qualification',
      'I have read this plan',
      'HR representative',
    ]) {
      expect(text).toContain(s);
    }
    const header = Object.entries(parts).find(([n]) => /^word\/header\d+\.xml$/u.test(n))![1];
    expect(xmlText(header)).toContain('Jordan Reyes · Action and development plan · 22 November 2026');
  });

  it('numbers pages in the footer with cached values (no bare PAGE fields)', async () => {
    const { parts } = await planParts();
    const footer = Object.entries(parts).find(([n]) => /^word\/footer\d+\.xml$/u.test(n))![1];
    expect(footer).toMatch(/<w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve">1<\/w:t><\/w:r><\/w:fldSimple>/u);
    expect(footer).toMatch(/<w:fldSimple w:instr="NUMPAGES"><w:r><w:t xml:space="preserve">[1-9]\d*<\/w:t><\/w:r><\/w:fldSimple>/u);
    expect(footer).not.toContain('w:fldChar');
    expect(xmlText(footer)).toMatch(/Page 1 of \d+/u);
  });

  it('uses declared styles and numbering only', async () => {
    const { parts } = await planParts(fullPlanInput());
    const doc = parts['word/document.xml']!;
    const styles = parts['word/styles.xml']!;
    const declared = new Set(all(styles, /w:styleId="([^"]+)"/gu));
    const used = new Set([...all(doc, /<w:pStyle w:val="([^"]+)"/gu), ...all(doc, /<w:tblStyle w:val="([^"]+)"/gu)]);
    expect([...used].sort()).toEqual(expect.arrayContaining(['Heading1', 'Heading2', 'ListBullet', 'Title', 'CandorTable']));
    for (const s of used) expect(declared, `style ${s}`).toContain(s);
    expect(styles).toMatch(/w:styleId="ListBullet"><w:name w:val="List Bullet"\/>/u);
    expect(styles).toMatch(/w:type="table" w:styleId="CandorTable">/u);
    // The document's language is the manager's locale (spelling and hyphenation in Word).
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>/u);
    const numIds = new Set(all(parts['word/numbering.xml']!, /<w:num w:numId="(\d+)"/gu));
    const usedNums = all(doc, /<w:numId w:val="([^"]+)"\/>/gu);
    expect(usedNums.length).toBeGreaterThan(0);
    for (const n of usedNums) expect(numIds, `numId ${n}`).toContain(n);
  });

  it('writes tables with a repeated header row and never an empty table', async () => {
    const { parts } = await planParts();
    const doc = parts['word/document.xml']!;
    const tables = doc.split('<w:tbl>').slice(1);
    expect(tables.length).toBe(4); // details, facts, actions, milestones
    for (const t of tables) expect(t).toContain('<w:tr>');
    expect(doc.match(/<w:tblHeader\/>/gu)?.length).toBeGreaterThanOrEqual(3);
    const empty = await planParts(planInput({ facts: [], actionItems: [], milestones: [] }));
    expect(empty.parts['word/document.xml']!.split('<w:tbl>')).toHaveLength(2); // only the details grid
  });

  it('keeps the acknowledgement statement and every signer together, and table rows whole', async () => {
    const { parts } = await planParts(fullPlanInput());
    const xml = parts['word/document.xml']!;
    // The signature block runs from the statement to the last signer's date line; the rep's comments follow it on their own.
    const block = xml.slice(xml.lastIndexOf('>Acknowledgement<'), xml.indexOf('Employee’s comments'));
    const paragraphs = block.slice(0, block.lastIndexOf('<w:p>')).match(/<w:p>.*?<\/w:p>|<w:p\/>/gsu)!;
    // From the statement to the HR date line: each paragraph keeps with the next, the last ends the chain.
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(paragraphs.slice(0, -1).filter((p) => !p.includes('<w:keepNext/>'))).toEqual([]);
    expect(paragraphs.at(-1)).not.toContain('<w:keepNext/>');
    expect(xmlText(paragraphs.at(-1)!)).toMatch(/^Date: /u);
    // A label in bold stays with what it labels.
    for (const label of ['Check-in dates', 'Activities', 'Resources']) {
      const p = xml.match(new RegExp(`<w:p>(?:(?!<w:p>).)*?>${label}</w:t>.*?</w:p>`, 'su'))![0];
      expect(p, label).toContain('<w:keepNext/>');
    }
    // Every table row is whole on its page; table text is in its own style, the details grid in body text.
    const rows = all(xml, /<w:tr>(.*?)<\/w:tr>/gsu);
    expect(rows.filter((r) => !r.includes('<w:cantSplit/>'))).toEqual([]);
    const details = xml.slice(0, xml.indexOf('</w:tbl>'));
    expect(details).not.toContain('CandorTableText');
    expect(xml.slice(xml.indexOf('>Performance facts<'))).toContain('<w:pStyle w:val="CandorTableText"/>');
  });

  it('embeds drawn signatures as PNG images and leaves ink lines when there are none', async () => {
    const signed = await planParts(fullPlanInput());
    const media = docxPartNames(signed.bytes).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    expect(media.every((n) => n.endsWith('.png'))).toBe(true);
    expect(signed.parts['word/document.xml']!.match(/<pic:pic /gu)).toHaveLength(2);
    expect(signed.parts['word/document.xml']).toContain('descr="Drawn signature of the employee"');
    const unsigned = await planParts();
    expect(docxPartNames(unsigned.bytes).filter((n) => n.startsWith('word/media/'))).toEqual([]);
    // One ink line per signer (plus one date line each), drawn as a bottom border.
    expect(unsigned.parts['word/document.xml']!.match(/<w:pBdr><w:bottom w:val="single" w:color="1F2933"/gu)).toHaveLength(6);
  });

  it('splits newlines into line breaks (never a raw newline inside w:t)', async () => {
    const { parts } = await planParts(planInput({ focusAreas: ['first\nsecond'], consequences: 'a\r\nb' }));
    const doc = parts['word/document.xml']!;
    for (const t of all(doc, /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)) expect(t).not.toMatch(/[\n\r]/u);
    expect(xmlText(doc)).toContain('first\nsecond');
  });

  it('marks right-to-left names as right-to-left runs', async () => {
    const { parts } = await planParts(planInput({ repName: 'مریم احمدی' }));
    expect(parts['word/document.xml']).toMatch(/<w:rPr><w:rtl\/><\/w:rPr><w:t xml:space="preserve">مریم احمدی<\/w:t>/u);
  });

  it('renders an overfull plan (50 action items, 60 facts) completely', async () => {
    const { parts } = await planParts(fullPlanInput(50, 60));
    const text = xmlText(parts['word/document.xml']!);
    expect(text).toContain('(50)');
    expect(text).toContain('Customer satisfaction (60)');
    expect(Number(/instr="NUMPAGES"><w:r><w:t xml:space="preserve">(\d+)/u.exec(Object.values(parts).join(''))![1])).toBeGreaterThan(3);
  });

  it('property: any text typed into the plan leaves every XML part legal', async () => {
    const nasty = anyText(40);
    await fc.assert(
      fc.asyncProperty(nasty, nasty, nasty, async (a, b, c) => {
        const { parts } = await planParts(
          planInput({
            repName: a,
            focusAreas: [b],
            consequences: c,
            actionItems: [{ action: b, measure: c, baseline: a, target: '', deadline: null, owner: a }],
          }),
        );
        for (const [name, xml] of Object.entries(parts)) expect(NOT_XML.test(xml), name).toBe(false);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

describe('document model blocks', () => {
  it('writes a page break, headings of every level and a details grid', async () => {
    const model: DocumentModel = {
      kind: 'plan',
      title: 'Blocks',
      header: [{ text: 'Header' }],
      locale: 'en-GB',
      intro: [{ kind: 'details', rows: [{ label: 'Who', value: [] }] }],
      sections: [
        {
          heading: 'One',
          blocks: [
            { kind: 'heading', level: 2, text: [{ text: 'Two' }] },
            { kind: 'heading', level: 3, text: [{ text: 'Three' }] },
            { kind: 'pageBreak' },
            { kind: 'paragraph', runs: [{ text: 'After the break' }] },
          ],
        },
      ],
    };
    const doc = readDocxParts(await renderDocx(model))['word/document.xml']!;
    expect(doc).toContain('<w:br w:type="page"/>');
    expect(doc.indexOf('<w:br w:type="page"/>')).toBeLessThan(doc.indexOf('After the break'));
    expect(doc).toMatch(/<w:pStyle w:val="Heading3"\/>.*Three/u);
    expect(xmlText(doc)).toContain('Who\nnot given');
  });
});

describe('the rep’s plan never carries the manager’s private guide', () => {
  // Every field of the guide gets its own sentinel; the planner holds both in one place.
  const guide: ConversationGuideInput = {
    repName: 'Jordan Reyes',
    managerName: 'Sam Patel',
    date: '2026-11-22',
    opening: 'SENTINEL-OPENING',
    talkingPoints: ['SENTINEL-POINT-1', 'SENTINEL-POINT-2'],
    questions: ['SENTINEL-QUESTION'],
    pushback: [{ objection: 'SENTINEL-OBJECTION', approach: 'SENTINEL-APPROACH' }],
    reminders: ['SENTINEL-REMINDER'],
    agenda: [{ item: 'SENTINEL-AGENDA', minutes: 7 }],
  };
  const sentinels = [
    'SENTINEL-OPENING',
    'SENTINEL-POINT-1',
    'SENTINEL-POINT-2',
    'SENTINEL-QUESTION',
    'SENTINEL-OBJECTION',
    'SENTINEL-APPROACH',
    'SENTINEL-REMINDER',
    'SENTINEL-AGENDA',
  ];

  it('the guide file itself carries every sentinel (so the search below can find them)', async () => {
    const parts = readDocxParts(await renderDocx(buildGuideDocument(guide, EN_GB)));
    const text = Object.values(parts).join('\n');
    for (const s of sentinels) expect(text).toContain(s);
  });

  it('no sentinel reaches any part of the plan file, even when the plan is built from an object holding both', async () => {
    // What a careless caller might pass: the plan and the guide in one object.
    const both = { ...guide, ...planInput() };
    const parts = readDocxParts(await renderDocx(buildPlanDocument(both, EN_GB)));
    expect(Object.keys(parts)).toContain('word/document.xml');
    const text = Object.values(parts).join('\n');
    for (const s of sentinels) expect(text, s).not.toContain(s);
    expect(text).not.toContain('SENTINEL');
  });
});

describe('guide .docx', () => {
  it('holds the guide text and says it is private in the header of every page', async () => {
    const parts = readDocxParts(await renderDocx(buildGuideDocument(guideInput(), EN_GB)));
    const text = xmlText(parts['word/document.xml']!);
    for (const s of [
      'Conversation guide',
      'Timing and agenda',
      'Planned time: 50 mins',
      'What is different about the deals you won?',
      'My territory is harder than the others',
      'Describe behaviour and numbers',
    ]) {
      expect(text).toContain(s);
    }
    const header = Object.entries(parts).find(([n]) => /^word\/header\d+\.xml$/u.test(n))![1];
    expect(xmlText(header)).toContain('Private: manager only');
    expect(parts['word/numbering.xml']).toContain('w:val="decimal"');
  });
});
