// A file-name sanitiser that yields a name every common file system accepts (Windows/NTFS,
// macOS/APFS, Linux/ext4, USB sticks with exFAT/FAT32) and that shows the reader what it
// really is: no invisible or direction-changing characters, no path separators or lookalikes.

/** Longest name produced, in UTF-8 bytes: below the 255-byte limit of ext4/APFS and the
 *  255-unit limit of NTFS, with room for the " (2)" a save dialog may add. */
export const MAX_FILE_NAME_BYTES = 200;

/** What a name that cleans down to nothing becomes. */
export const FALLBACK_FILE_NAME = 'document';

// C0 and C1 controls, DEL.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
// Direction marks, embeddings, overrides and isolates (the "invoice\u202Efdp.exe" trick),
// zero-width space, word joiner, BOM and other invisible format characters. ZWJ and ZWNJ
// stay: Persian, Indic scripts and emoji need them.
const INVISIBLE = /[\u061c\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;
// Unpaired UTF-16 surrogates cannot be encoded as a file name.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
// Characters Windows refuses (\ / : * ? " < > |) and characters drawn like a slash,
// backslash or colon that would make a name read like a path.
const FORBIDDEN =
  /[\\/:*?"<>|\u2044\u2215\u2216\u2236\u29f5\u29f8\u29f9\ufe68\ufe13\ufe55\uff0f\uff3c\uff1a\ua789\u02d0\u0589\u05c3\u2571\u2572\u3033\u30fb]/gu;
const SPACES = /\s+/gu;
const EDGE_START = /^[\s.]+/u;
const EDGE_END = /[\s.]+$/u;
// Device names Windows reserves whatever the extension ("CON.txt", "nul .docx").
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/u;

const encoder = new TextEncoder();
const byteLength = (s: string): number => encoder.encode(s).length;

function isReserved(name: string): boolean {
  const dot = name.indexOf('.');
  const stem = (dot === -1 ? name : name.slice(0, dot)).trimEnd();
  return RESERVED.test(stem);
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes without splitting a grapheme (an accented
 *  letter, an emoji sequence). */
function truncateBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = byteLength(segment);
    if (used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}

function clean(name: string): string {
  return name
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '-')
    .replace(SPACES, ' ')
    .replace(EDGE_START, '')
    .replace(EDGE_END, '');
}

/**
 * Turns any string into a file name that is safe on every OS: controls, invisible and bidi
 * characters removed, separators and their lookalikes replaced by "-", whitespace collapsed,
 * no leading dot (hidden files), no trailing dot or space (Windows drops them), reserved
 * Windows device names prefixed with "_", and at most {@link MAX_FILE_NAME_BYTES} UTF-8 bytes
 * (or `maxBytes`) with a short extension kept when the name is cut. Idempotent.
 */
export function sanitizeFileName(name: string, maxBytes = MAX_FILE_NAME_BYTES): string {
  let out = clean(name);
  if (isReserved(out)) out = `_${out}`;
  if (byteLength(out) > maxBytes) {
    const ext = EXTENSION.exec(out)?.[0] ?? '';
    const stem = out.slice(0, out.length - ext.length);
    out = truncateBytes(stem, maxBytes - ext.length).replace(EDGE_END, '') + ext;
  }
  return out === '' || out.startsWith('.') ? `${FALLBACK_FILE_NAME}${out}` : out;
}
