// Formula cells are read as the value Excel saved with them (nothing is recalculated). That value
// may be stale when the formula reads another file ([1]Sheet!A1, an external link), another
// program (DDE) or the clock and chance (NOW, TODAY, RAND…): such cells are found here, per
// sheet, so the import can say so instead of storing them without a word.
import type { ZipEntryInfo } from './sniff';

/** The parts of DecompressionStream used here (browsers, Web Workers and Node 20 have it). */
type Inflater = {
  writable: { getWriter(): { write(b: Uint8Array): Promise<void>; close(): Promise<void> } };
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } };
};
const Decompression = (globalThis as { DecompressionStream?: new (format: 'deflate-raw') => Inflater }).DecompressionStream;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);

/** A part's text: stored parts as they are, deflated ones inflated; null when it cannot be read. */
async function partText(bytes: Uint8Array, entry: ZipEntryInfo): Promise<string | null> {
  const at = entry.localOffset;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const body = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return new TextDecoder('utf-8').decode(body);
  if (entry.method !== 8 || !Decompression) return null;
  try {
    const stream = new Decompression('deflate-raw');
    const writer = stream.writable.getWriter();
    const written = writer.write(body).then(() => writer.close());
    const reader = stream.readable.getReader();
    const decoder = new TextDecoder('utf-8');
    let text = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += decoder.decode(r.value, { stream: true });
    await written;
    return text + decoder.decode();
  } catch {
    return null;
  }
}

const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Worksheet part path (xl/worksheets/sheet1.xml) → the sheet's name, from the workbook and its relationships. */
function sheetNames(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const part = targets.get(attr(tag, 'r:id') ?? '');
    const name = attr(tag, 'name');
    if (part && name !== null) names.set(part.toLowerCase(), unescape(name));
  }
  return names;
}

type Finding = { ref: string; formula: string; kind: 'external' | 'dde' | 'volatile' };
const VOLATILE_RE = /\b(NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY|OFFSET|INDIRECT|INFO|CELL)\s*\(/i;

function classify(formula: string): Finding['kind'] | null {
  if (/\w\|['"]?[^!]*!/.test(formula)) return 'dde';
  if (/\[\d+\]/.test(formula) || /'?[A-Za-z]:\\|'?https?:\/\//.test(formula)) return 'external';
  if (VOLATILE_RE.test(formula)) return 'volatile';
  return null;
}

function findFormulas(sheetXml: string): Finding[] {
  const found: Finding[] = [];
  for (const m of sheetXml.matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)) {
    const formula = unescape(m[1] ?? '');
    const kind = classify(formula);
    if (!kind) continue;
    const cell = sheetXml.lastIndexOf('<c ', m.index);
    found.push({ ref: cell >= 0 ? (attr(sheetXml.slice(cell, sheetXml.indexOf('>', cell) + 1), 'r') ?? '?') : '?', formula, kind });
  }
  return found;
}

const KIND_WORDS: Record<Finding['kind'], string> = {
  external: 'links to other files',
  dde: 'links to other programs (DDE)',
  volatile: 'functions that change at every recalculation (NOW, TODAY, RAND…)',
};

/** The notice for one sheet's findings, or null when there are none. */
function notice(sheet: string, found: Finding[]): string | null {
  const first = found[0];
  if (!first) return null;
  const kinds = [...new Set(found.map((f) => f.kind))].map((k) => KIND_WORDS[k]).join(', ');
  const cells = found.length === 1 ? '1 cell holds a formula' : `${found.length.toLocaleString('en')} cells hold formulas`;
  const example = first.formula.length > 60 ? `${first.formula.slice(0, 59)}…` : first.formula;
  return `Sheet “${sheet}”: ${cells} with ${kinds} (for example ${first.ref}: =${example}). Candor reads the value Excel last saved, which may be out of date: open the file in Excel, let it recalculate, save, and import again if these cells matter.`;
}

/** Per sheet name, a notice about formulas whose saved values may be stale; plus one for the workbook's external-link parts. */
export async function staleFormulaNotices(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
): Promise<{ bySheet: Map<string, string>; workbook: string[] }> {
  const bySheet = new Map<string, string>();
  const workbook: string[] = [];
  const links = entries.filter((e) => /^xl\/externalLinks\/externalLink\d+\.xml$/i.test(e.name)).length;
  if (links > 0)
    workbook.push(
      `The workbook links to ${links === 1 ? 'another file or program' : `${links} other files or programs`} (external links): values computed from ${links === 1 ? 'it' : 'them'} are as Excel last saved them.`,
    );
  const part = (name: string) => entries.find((e) => e.name.toLowerCase() === name);
  const wbPart = part('xl/workbook.xml');
  const relsPart = part('xl/_rels/workbook.xml.rels');
  const names = sheetNames((wbPart && (await partText(bytes, wbPart))) ?? '', (relsPart && (await partText(bytes, relsPart))) ?? '');
  for (const e of entries) {
    const sheet = names.get(e.name.toLowerCase());
    if (sheet === undefined) continue;
    const xml = await partText(bytes, e);
    const text = xml === null ? null : notice(sheet, findFormulas(xml));
    if (text) bySheet.set(sheet, text);
  }
  return { bySheet, workbook };
}
