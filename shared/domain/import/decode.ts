// Bytes → text. Decoder order: BOM → BOM-less UTF-16 heuristic → strict UTF-8 → Windows-1252,
// with a caller override. Windows-1252 is decoded with our own table for 0x80–0x9F because
// Node 20's TextDecoder('windows-1252') maps 0x80, 0x93, 0x9F… wrongly (nodejs/node #60888).
import type { Result } from '@shared/lib/result';
import { err, ok } from '@shared/lib/result';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
  /** true when the file started with a byte-order mark (removed from `text`). */
  bom: boolean;
  warnings: string[];
};

/** Windows-1252 0x80–0x9F. 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined: kept as the C1 code point. */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const CP1252_TABLE: string[] = Array.from({ length: 256 }, (_, b) => String.fromCharCode(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b));

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const STEP = 8192;
  for (let start = 0; start < bytes.length; start += STEP) {
    const end = Math.min(bytes.length, start + STEP);
    let s = '';
    for (let i = start; i < end; i++) s += CP1252_TABLE[bytes[i] ?? 0] ?? '';
    parts.push(s);
  }
  return parts.join('');
}

function hasBom(bytes: Uint8Array, ...sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** BOM-less UTF-16 guess: many NULs at even (BE) or odd (LE) offsets in the first 4 KiB. */
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.6 && evenNul / pairs < 0.1) return 'utf-16le';
  if (evenNul / pairs > 0.6 && oddNul / pairs < 0.1) return 'utf-16be';
  return null;
}

/** Counts valid multi-byte UTF-8 sequences in a sample: evidence that a file is UTF-8 at heart. */
function countUtf8Sequences(bytes: Uint8Array, limit: number): number {
  let count = 0;
  const n = Math.min(bytes.length, limit);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) continue;
    let good = true;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) good = false;
    }
    if (good) {
      count++;
      i += len - 1;
    }
  }
  return count;
}

/**
 * Binary sniff on the decoded text: runs of NULs, more than a few NULs, or many C0 control
 * characters mean this is not a table of text. (UTF-16 has been decoded already, so its NULs
 * are gone.) A stray NUL or two in a text file is not binary: the cells that hold one are
 * cleaned, with a note on the row, and nothing else of the file is lost.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  if (n === 0) return false;
  let bad = 0;
  let nuls = 0;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      nuls++;
      run++;
      if (run >= 4 || nuls > 8) return true;
    } else run = 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) bad++;
  }
  return bad / n > 0.01;
}

export type DecodeOptions = { encoding?: TextEncodingName };

/**
 * Decodes a whole file. Errors: `file-empty`, `file-binary`.
 * Invalid UTF-8 in a file that is otherwise clearly UTF-8 → U+FFFD and a warning; invalid
 * UTF-8 with no valid multi-byte sequences → Windows-1252 (what Excel "CSV" writes).
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Result<DecodedText> {
  if (bytes.length === 0) return err('file-empty', 'The file is empty (0 bytes).');
  const warnings: string[] = [];
  let encoding: TextEncodingName;
  let bom = false;
  let body = bytes;
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) {
    encoding = 'utf-8';
    bom = true;
    body = bytes.subarray(3);
  } else if (hasBom(bytes, 0xff, 0xfe)) {
    encoding = 'utf-16le';
    bom = true;
    body = bytes.subarray(2);
  } else if (hasBom(bytes, 0xfe, 0xff)) {
    encoding = 'utf-16be';
    bom = true;
    body = bytes.subarray(2);
  } else {
    encoding = guessBomlessUtf16(bytes) ?? 'utf-8';
  }
  if (options.encoding) {
    if (options.encoding !== encoding && bom) warnings.push(`The file's byte-order mark says ${encoding}; decoded as ${options.encoding} as asked.`);
    encoding = options.encoding;
  }

  let text: string;
  if (encoding === 'windows-1252') {
    text = decodeWindows1252(body);
  } else if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      if (!options.encoding && countUtf8Sequences(body, 1 << 20) === 0) {
        encoding = 'windows-1252';
        text = decodeWindows1252(body);
      } else {
        text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
        warnings.push('The file has bytes that are not valid UTF-8; they were replaced with “�”. Check names with accents.');
      }
    }
  } else {
    if (body.length % 2 === 1) warnings.push('The UTF-16 file has an odd number of bytes; the last byte was dropped.');
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return err('file-empty', bom ? 'The file contains only a byte-order mark and no data.' : 'The file contains no data.');
  }
  if (looksBinary(text)) return err('file-binary', 'This does not look like a CSV or Excel file: it contains binary data.');
  return ok({ text, encoding, bom, warnings });
}

/**
 * Streaming decoder for chunked input (Web Worker, CLI, benchmark). The encoding is chosen
 * from the first chunk (≥ 4 KiB is best); UTF-8 that turns invalid later is decoded with
 * U+FFFD from there on, with a warning.
 */
export type StreamDecoder = {
  decode(chunk: Uint8Array, last: boolean): string;
  readonly encoding: TextEncodingName | null;
  readonly warnings: string[];
};

export function createStreamDecoder(options: DecodeOptions = {}): StreamDecoder {
  let encoding: TextEncodingName | null = null;
  let decoder: TextDecoder | null = null;
  let strict = true;
  let first = true;
  const warnings: string[] = [];
  return {
    get encoding() {
      return encoding;
    },
    warnings,
    decode(chunk: Uint8Array, last: boolean): string {
      let body = chunk;
      if (first) {
        first = false;
        if (hasBom(chunk, 0xef, 0xbb, 0xbf)) {
          encoding = 'utf-8';
          body = chunk.subarray(3);
        } else if (hasBom(chunk, 0xff, 0xfe)) {
          encoding = 'utf-16le';
          body = chunk.subarray(2);
        } else if (hasBom(chunk, 0xfe, 0xff)) {
          encoding = 'utf-16be';
          body = chunk.subarray(2);
        } else {
          encoding = guessBomlessUtf16(chunk) ?? 'utf-8';
          if (encoding === 'utf-8') {
            try {
              new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: !last });
            } catch {
              if (countUtf8Sequences(chunk, 1 << 20) === 0) encoding = 'windows-1252';
            }
          }
        }
        if (options.encoding) encoding = options.encoding;
        if (encoding !== 'windows-1252') decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
      }
      if (encoding === 'windows-1252') return decodeWindows1252(body);
      if (!decoder) return '';
      try {
        return decoder.decode(body, { stream: !last });
      } catch {
        if (strict) {
          strict = false;
          warnings.push('The file has bytes that are not valid UTF-8; they were replaced with “�”.');
        }
        decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        return decoder.decode(body, { stream: !last });
      }
    },
  };
}
