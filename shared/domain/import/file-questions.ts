// What the analysis asks before an import: a column for each required field no header matched,
// and, for the number and date columns of the proposed mapping, the format when it is ambiguous
// (1,234) or mixed (1,234.56 beside 1.234,56). The detected formats go with the questions.
import type { ColumnFormat } from './engine';
import { DATE_FIELDS, NUMERIC_FIELDS } from './engine';
import type { CanonicalField, MappingProposal } from './mapping';
import { FIELD_LABELS } from './mapping';
import type { Cell, DateOrder, NumberFormat } from './values';
import { detectDateOrder, detectDateOrders, detectNumberFormat, numberFormatVote } from './values';

export type ImportQuestion = {
  /** Stable id, e.g. `number-format:Amount`. */
  id: string;
  type: 'number-format' | 'date-order' | 'missing-field';
  column: string | null;
  field: CanonicalField | null;
  message: string;
  examples: string[];
  choices: string[];
  /** What the import uses if the question stays unanswered. */
  proposed: string | null;
};

type Column = { header: string; field: CanonicalField; values: string[] };

/** The non-blank text values of one column of the sampled rows. */
export function columnValues(headers: readonly string[], rows: readonly { cells: Cell[] }[], header: string): string[] {
  const i = headers.indexOf(header);
  return rows.map((r) => r.cells[i]).filter((c): c is string => typeof c === 'string' && c.trim() !== '');
}

function missingFieldQuestion(f: CanonicalField, headers: readonly string[]): ImportQuestion {
  return {
    id: `missing-field:${f}`,
    type: 'missing-field',
    column: null,
    field: f,
    message: `Which column holds the ${FIELD_LABELS[f].toLowerCase()}?`,
    examples: [],
    choices: [...headers],
    proposed: null,
  };
}

/** The number format of a column, and the question when it is mixed or could be read two ways. */
function numberFormatOf({ header, field, values }: Column): { format: ColumnFormat; question: ImportQuestion | null } {
  const d = detectNumberFormat(values);
  const format: ColumnFormat = { number: d.format, ...(d.conflicting ? { mixedNumbers: true } : {}) };
  const ask = (message: string, examples: string[]): ImportQuestion => ({
    id: `number-format:${header}`,
    type: 'number-format',
    column: header,
    field,
    message,
    examples,
    choices: ['us', 'eu'] satisfies NumberFormat[],
    proposed: d.format,
  });
  if (d.conflicting) {
    const us = values.filter((v) => numberFormatVote(v) === 'us');
    const eu = values.filter((v) => numberFormatVote(v) === 'eu');
    const message = `“${header}” mixes two number formats: “${us[0] ?? ''}” is written the US/UK way and “${eu[0] ?? ''}” the European way. Which one does this column use? Values written the other way will be listed as row errors, not read.`;
    return { format, question: ask(message, [...us.slice(0, 3), ...eu.slice(0, 3)]) };
  }
  if (!d.ambiguous) return { format, question: null };
  const example = values.find((v) => /\d[.,]\d{3}(\D|$)/.test(v)) ?? values[0] ?? '';
  const message = `In “${header}”, is “${example}” a thousands-separated whole number (US/UK: 1,234 = one thousand two hundred thirty-four) or a decimal (European: 1,234 = one point two three four)?`;
  return { format, question: ask(message, values.filter((v) => /[.,]/.test(v)).slice(0, 5)) };
}

function dateOrderQuestion({ header, field, values }: Column, proposed: DateOrder): ImportQuestion {
  const dated = (v: string) => /^\d{1,2}[/-]\d{1,2}[/-]/.test(v);
  return {
    id: `date-order:${header}`,
    type: 'date-order',
    column: header,
    field,
    message: `In “${header}”, is “${values.find(dated) ?? values[0] ?? ''}” month/day/year (US) or day/month/year?`,
    examples: values.filter(dated).slice(0, 5),
    choices: ['mdy', 'dmy'] satisfies DateOrder[],
    proposed,
  };
}

/** The questions for a proposed mapping over the sampled rows, and each mapped column's detected format. */
export function columnQuestions(
  proposal: MappingProposal,
  headers: readonly string[],
  rows: readonly { cells: Cell[] }[],
): { questions: ImportQuestion[]; columnFormats: Record<string, ColumnFormat> } {
  const questions = proposal.missing.map((f) => missingFieldQuestion(f, headers));
  const columnFormats: Record<string, ColumnFormat> = {};
  const numericFields: ReadonlySet<string> = NUMERIC_FIELDS;
  const dateFields: ReadonlySet<string> = DATE_FIELDS;
  const values = (header: string) => columnValues(headers, rows, header);
  const dateFieldsMapped = Object.entries(proposal.mapping).filter(([f]) => dateFields.has(f));
  const dateDecisions = detectDateOrders(dateFieldsMapped.map(([, h]) => ({ header: h, values: values(h) })));
  for (const [field, header] of Object.entries(proposal.mapping)) {
    const column: Column = { header, field: field as CanonicalField, values: values(header) };
    if (numericFields.has(field)) {
      const { format, question } = numberFormatOf(column);
      columnFormats[header] = { ...columnFormats[header], ...format };
      if (question) questions.push(question);
    }
    if (dateFields.has(field)) {
      const d = dateDecisions.get(header) ?? detectDateOrder(column.values);
      columnFormats[header] = { ...columnFormats[header], dateOrder: d.format };
      if (d.ambiguous) questions.push(dateOrderQuestion(column, d.format));
    }
  }
  return { questions, columnFormats };
}
