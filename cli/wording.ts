// candor wording <text-file> [--metrics <metrics.json>] [--json]
//
// Runs the wording coach (the same one the planner uses) on every line of a text file: one
// statement per line, blank lines skipped. --metrics takes a JSON array of ConversationMetric
// ({ key, label, value, benchmark, benchmarkSource, unit }) so suggestions cite real numbers.
import { z } from 'zod';
import { conversationMetricSchema } from '../shared/schemas/conversation';
import type { ConversationMetric, WordingResult } from '../shared/domain/conversation/index';
import { coachWording } from '../shared/domain/conversation/index';
import { JSON_SWITCH, readArgs } from './args';
import type { CliIo } from './io';

const USAGE = 'Usage: candor wording <text-file> [--metrics <metrics.json>] [--json]';

type Args = { file: string; metrics: string | null; json: boolean };

const OPTIONS = { ...JSON_SWITCH, metrics: { needs: 'a JSON file' } } as const;

function parseArgs(args: string[]): Args | string {
  const read = readArgs(args, OPTIONS);
  if (typeof read === 'string') return read;
  const [file, extra] = read.files;
  if (extra !== undefined) return `unexpected argument "${extra}"`;
  if (file === undefined) return 'missing <text-file>';
  return { file, metrics: read.values.metrics ?? null, json: read.values.json === true };
}

function readError(path: string, e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return `cannot read "${path}"${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a directory' : code === 'EACCES' ? ': permission denied' : code ? ` (${code})` : ''}.`;
}

/**
 * UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, not guessed. A NUL
 * character never occurs in text: a file with one is a binary file that happens to decode.
 */
function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes('\u0000') ? null : text;
}

export type WordingLine = {
  line: number;
  text: string;
  tone: WordingResult['tone'];
  meter: number;
  flags: { start: number; end: number; kind: string; why: string; suggestion: string }[];
};

/** One entry per non-blank line; `line` is the 1-based line number in the file. */
export function wordingLines(text: string, metrics: readonly ConversationMetric[]): WordingLine[] {
  const out: WordingLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const r = coachWording(raw, { metrics });
    out.push({
      line: i + 1,
      text: raw,
      tone: r.tone,
      meter: r.meter,
      flags: r.flags.map((f) => ({ start: f.start, end: f.end, kind: f.kind, why: f.why, suggestion: f.suggestion })),
    });
  });
  return out;
}

/** Control characters would garble the terminal: shown as spaces. */
const clean = (s: string) => Array.from(s, (ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join('');

function table(lines: WordingLine[]): string {
  const out: string[] = [];
  const width = Math.max(4, ...lines.map((l) => String(l.line).length));
  for (const l of lines) {
    out.push(`${String(l.line).padStart(width)}  ${l.tone.padEnd(9)} ${l.meter >= 0 ? '+' : ''}${l.meter.toFixed(2)}  ${clean(l.text)}`);
    for (const f of l.flags) {
      out.push(`${' '.repeat(width)}    ${f.kind.padEnd(10)} "${clean(l.text.slice(f.start, f.end))}" (${f.start}–${f.end}): ${f.why}`);
      out.push(`${' '.repeat(width)}    ${' '.repeat(10)} → ${f.suggestion}`);
    }
  }
  const count = (t: string) => lines.filter((l) => l.tone === t).length;
  out.push('');
  out.push(
    `${lines.length} statement${lines.length === 1 ? '' : 's'}: ${count('balanced')} balanced, ${count('too-hard')} too hard, ${count('too-soft')} too soft.`,
  );
  out.push('Meter: −1 too soft … 0 balanced … +1 too hard. Use --json for every flag as data.');
  return out.join('\n') + '\n';
}

export async function runWording(args: string[], io: CliIo): Promise<number> {
  const fail = (msg: string) => {
    io.stderr(`candor wording: ${msg}\n`);
    return 2;
  };
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}. ${USAGE}`);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(parsed.file);
  } catch (e) {
    return fail(readError(parsed.file, e));
  }
  const text = decodeText(bytes);
  if (text === null) return fail(`"${parsed.file}" is not UTF-8 or UTF-16 text.`);

  let metrics: ConversationMetric[] = [];
  if (parsed.metrics !== null) {
    let raw: Uint8Array;
    try {
      raw = await io.readFile(parsed.metrics);
    } catch (e) {
      return fail(readError(parsed.metrics, e));
    }
    let json: unknown;
    try {
      json = JSON.parse(decodeText(raw) ?? '');
    } catch {
      return fail(`"${parsed.metrics}" is not valid JSON.`);
    }
    const r = z.array(conversationMetricSchema).max(60).safeParse(json);
    if (!r.success) {
      const i = r.error.issues[0];
      return fail(`"${parsed.metrics}" is not a list of metrics: ${i ? `${i.path.join('.') || 'top level'}: ${i.message}` : 'invalid'}.`);
    }
    metrics = r.data;
  }

  const lines = wordingLines(text, metrics);
  if (parsed.json) io.stdout(JSON.stringify({ lines }, null, 2) + '\n');
  else io.stdout(table(lines));
  return 0;
}
