// The self-assessment as a Word form: the document model Candor sends (three form tables and a
// reference line), and the reading of a filled file's document XML back into an assessment.
// Reading is pure: the caller unzips the .docx and hands over word/document.xml.
import { err, ok, type Result } from '@shared/lib/result';
import type { WeakStage } from '@shared/schemas/diagnosis';
import { METRIC_KEYS, type MetricKey } from '@shared/schemas/metrics';
import type { DocumentModel, Inline } from '../document/types';
import { estimateFromTyped, estimateLabel, periodWords, SALE_STAGES, SALE_STAGE_NAMES } from './metrics';

export const FORM_MARK = 'candor-self-assessment';
export const FORM_VERSION = 1;
const TEXT_ROWS = { obstacles: 'What got in the way of your results?', support: 'What support do you want from your manager?' } as const;
const STAGE_REF = 'stage:';

export type FormSpec = { repId: string; repName: string; period: string; metrics: readonly MetricKey[]; locale: string };

/** "candor-self-assessment v1 | rep-ana | 2026-11 | calls,meetingsHeld": tells the reader which form this is. */
export const formReference = (s: Pick<FormSpec, 'repId' | 'period' | 'metrics'>): string =>
  `${FORM_MARK} v${FORM_VERSION} | ${s.repId} | ${s.period} | ${s.metrics.join(',')}`;

const row = (...cells: string[]): Inline[][] => cells.map((text) => (text === '' ? [] : [{ text }]));

/** The form to send: the rep fills the last column of each table in Word. */
export function selfAssessmentFormModel(s: FormSpec): DocumentModel {
  const when = periodWords(s.period, s.locale);
  return {
    kind: 'self-assessment-form',
    title: 'Your view of the period',
    subtitle: `${s.repName} · ${when}`,
    header: [{ text: `${s.repName} · self-assessment · ${when}` }],
    locale: s.locale,
    intro: [
      {
        kind: 'paragraph',
        runs: [
          {
            text: `Before we look at the numbers together, write down how you think ${when} went. Fill in the last column of each table only; leave the other columns and the rows as they are, save the file and send it back.`,
          },
        ],
      },
    ],
    sections: [
      {
        heading: `Your estimates for ${when}`,
        blocks: [
          {
            kind: 'paragraph',
            tone: 'note',
            runs: [{ text: 'Your best guess, without looking anything up. A rate as a percentage, such as 20%.' }],
          },
          {
            kind: 'table',
            header: ['Ref', 'What you did', 'Your estimate'],
            widths: [1.3, 3, 1.6],
            rows: s.metrics.map((k) => row(k, estimateLabel(k), '')),
          },
        ],
      },
      {
        heading: 'How you rate each stage of the sale',
        blocks: [
          { kind: 'paragraph', tone: 'note', runs: [{ text: '1 = needs a lot of work, 3 = fine, 5 = a real strength.' }] },
          {
            kind: 'table',
            header: ['Ref', 'Stage of the sale', 'Your rating (1 to 5)'],
            widths: [1.3, 3, 1.6],
            rows: SALE_STAGES.map((st) => row(`${STAGE_REF}${st}`, SALE_STAGE_NAMES[st], '')),
          },
        ],
      },
      {
        heading: 'In your own words',
        blocks: [
          {
            kind: 'table',
            header: ['Ref', 'Question', 'Your answer'],
            widths: [1.3, 2.2, 3.4],
            rows: (Object.keys(TEXT_ROWS) as (keyof typeof TEXT_ROWS)[]).map((k) => row(k, TEXT_ROWS[k], '')),
          },
          { kind: 'paragraph', tone: 'note', runs: [{ text: `Form reference (leave as it is): ${formReference(s)}` }] },
        ],
      },
    ],
  };
}

/** What a filled form holds, checked for shape and values; the caller stores it with an id and a date. */
export type FilledForm = {
  repId: string;
  period: string;
  estimates: Partial<Record<MetricKey, number>>;
  stageRatings: Partial<Record<WeakStage, number>>;
  obstacles: string;
  supportWanted: string;
};

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/gu, (_, e: string) => ENTITY[e]!);

/** The visible text of a piece of WordprocessingML: runs joined, one line per paragraph. */
function textOf(xml: string): string {
  const lines = xml
    .split(/<\/w:p>/u)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|tab)\/>/gu)]
        .map((m) => (m[2] ? (m[2] === 'tab' ? '\t' : '\n') : unescape(m[1] ?? '')))
        .join(''),
    );
  return lines.join('\n').trim();
}

/** Every table row as its cells' text (tables are not nested in the form). */
function tableRows(documentXml: string): string[][] {
  const rows: string[][] = [];
  for (const tr of documentXml.match(/<w:tr[\s>][\s\S]*?<\/w:tr>/gu) ?? []) {
    rows.push((tr.match(/<w:tc[\s>][\s\S]*?<\/w:tc>/gu) ?? []).map(textOf));
  }
  return rows;
}

const NOT_THE_FORM = 'This file is not a Candor self-assessment form: send the rep a new one from this page and import the file they return.';
const changed = (what: string) => `The form was changed out of shape (${what}): nothing was imported. Send the rep a new form.`;

/** Reads a filled form's document XML; a file that is not the form, or was reshaped, gets one sentence. */
export function readFilledForm(documentXml: string): Result<FilledForm> {
  const refMatch = /candor-self-assessment v(\d+) \| ([^|<]+?) \| ([^|<]+?) \| ([A-Za-z,]*)/u.exec(textOf(documentXml).replace(/\s+/gu, ' '));
  if (!refMatch) return err('not-form', NOT_THE_FORM);
  if (Number(refMatch[1]) !== FORM_VERSION) return err('not-form', 'This form comes from a newer Candor: update Candor, then import it again.');
  const [, , repId, period, metricList] = refMatch as unknown as [string, string, string, string, string];
  const metrics = metricList ? metricList.split(',') : [];
  if (metrics.some((m) => !(METRIC_KEYS as readonly string[]).includes(m))) return err('changed', changed('its reference line was edited'));
  const byRef = new Map<string, string[]>();
  for (const cells of tableRows(documentXml)) {
    const ref = cells[0]?.trim() ?? '';
    if (ref === '' || ref === 'Ref') continue;
    if (byRef.has(ref) || cells.length < 3) return err('changed', changed(`the row “${ref}” was repeated or split`));
    byRef.set(ref, cells);
  }
  const expected = [...metrics, ...SALE_STAGES.map((s) => `${STAGE_REF}${s}`), ...Object.keys(TEXT_ROWS)];
  const missing = expected.find((r) => !byRef.has(r));
  if (missing) return err('changed', changed(`the row for ${labelOfRef(missing)} is missing`));
  const extra = [...byRef.keys()].find((r) => !expected.includes(r));
  if (extra) return err('changed', changed(`a row “${extra}” was added`));

  const answer = (ref: string) => byRef.get(ref)!.at(-1)!.trim();
  const estimates: FilledForm['estimates'] = {};
  for (const k of metrics as MetricKey[]) {
    const typed = answer(k);
    if (typed === '') continue;
    const value = estimateFromTyped(k, typed);
    if (value === null || value < 0)
      return err(
        'value',
        `The estimate for ${estimateLabel(k)}, “${typed}”, is not a number: write it in figures, such as 42, then import the form again.`,
      );
    estimates[k] = value;
  }
  const stageRatings: FilledForm['stageRatings'] = {};
  for (const st of SALE_STAGES) {
    const typed = answer(`${STAGE_REF}${st}`);
    if (typed === '') continue;
    if (!/^[1-5]$/u.test(typed)) return err('value', `The rating for “${SALE_STAGE_NAMES[st]}” is “${typed}”: give a whole number from 1 to 5.`);
    stageRatings[st] = Number(typed);
  }
  const obstacles = answer('obstacles');
  const supportWanted = answer('support');
  if (Object.keys(estimates).length === 0 && Object.keys(stageRatings).length === 0 && !obstacles && !supportWanted)
    return err('empty', 'The form came back empty: nothing was imported.');
  return ok({ repId: repId.trim(), period: period.trim(), estimates, stageRatings, obstacles, supportWanted });
}

function labelOfRef(ref: string): string {
  if (ref.startsWith(STAGE_REF)) return `“${SALE_STAGE_NAMES[ref.slice(STAGE_REF.length) as WeakStage] ?? ref}”`;
  if (ref in TEXT_ROWS) return `“${TEXT_ROWS[ref as keyof typeof TEXT_ROWS]}”`;
  return `“${estimateLabel(ref as MetricKey)}”`;
}
