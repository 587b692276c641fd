// What a file really is, from its bytes (never from its extension), and the zip-bomb guard:
// the XLSX zip central directory is read here, before anything is inflated.
import type { Result } from '@shared/lib/result';
import { err, ok } from '@shared/lib/result';

export type FileFormat = 'csv' | 'xlsx';

/** Caps for XLSX before inflating. Declared sizes come from the zip central directory. */
export type ZipLimits = {
  /** Sum of declared uncompressed sizes. Default 200 MiB. */
  maxTotalUncompressed: number;
  /** Largest uncompressed/compressed ratio allowed for an entry bigger than 1 MiB. Default 100 (Apache POI's 0.01). */
  maxRatio: number;
  maxEntries: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalUncompressed: 200 * 1024 * 1024, maxRatio: 100, maxEntries: 10_000 };

export type ZipEntryInfo = {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  encrypted: boolean;
  /** Where the part's local header starts (checked against the directory). */
  localOffset: number;
};

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 2 ** 32;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04] as const;
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06] as const;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

function containsUtf16(bytes: Uint8Array, word: string, limit: number): boolean {
  const n = Math.min(bytes.length, limit);
  const first = word.charCodeAt(0);
  outer: for (let i = 0; i + word.length * 2 <= n; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < word.length; k++) {
      if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Decides the format from the content. Errors: `xlsx-encrypted` (an OLE/CFB container holding
 * an EncryptionInfo stream: a password-protected workbook), `xls-unsupported` (other CFB: the
 * legacy .xls format), `file-unsupported` (PDF, images, other zips…).
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): Result<FileFormat> {
  if (startsWith(bytes, CFB)) {
    if (containsUtf16(bytes, 'EncryptionInfo', 4 << 20) || containsUtf16(bytes, 'EncryptedPackage', 4 << 20)) {
      return err(
        'xlsx-encrypted',
        'This workbook is password-protected. Open it in Excel, remove the password (File → Info → Protect Workbook), save, and import again.',
      );
    }
    return err('xls-unsupported', 'This is an old-style Excel file (.xls). Save it as .xlsx or CSV in Excel and import that.');
  }
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return ok('xlsx');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return err('file-unsupported', 'This is a PDF, not a spreadsheet. Export the report as CSV or Excel instead.');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return err('file-unsupported', 'This is an image, not a spreadsheet.');
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName) && bytes.length > 0) {
    // A "CSV renamed to .xlsx": the content decides; the caller reports the mismatch as a warning.
    return ok('csv');
  }
  return ok('csv');
}

type DirectoryEntry = {
  name: string;
  flags: number;
  method: number;
  nameLen: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
};

/**
 * Where the central directory and the entry's own local header disagree, in words; null when
 * they agree. A lying directory would make the unzipper read past a part or stop inside it.
 */
function directoryLie(bytes: Uint8Array, e: DirectoryEntry): string | null {
  const at = e.localOffset;
  const n = (b: number) => `${b.toLocaleString('en')} byte${b === 1 ? '' : 's'}`;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return `“${e.name}” is not where the directory says it is`;
  if (u16(bytes, at + 8) !== e.method || u16(bytes, at + 26) !== e.nameLen)
    return `“${e.name}” is described one way in the directory and another in its own header`;
  if (e.method === 0 && e.compressedSize !== e.uncompressedSize)
    return `“${e.name}” is stored unpacked, yet listed as ${n(e.compressedSize)} in the file and ${n(e.uncompressedSize)} unpacked`;
  if ((e.flags & 8) === 0) {
    const packed = u32(bytes, at + 18);
    const unpacked = u32(bytes, at + 22);
    if (packed === 0xffffffff || unpacked === 0xffffffff) return null; // zip64: the sizes are in the extra field
    if (packed !== e.compressedSize) return `“${e.name}” takes ${n(e.compressedSize)} by the directory but ${n(packed)} by its own header`;
    if (unpacked !== e.uncompressedSize)
      return `“${e.name}” unpacks to ${n(e.uncompressedSize)} by the directory but ${n(unpacked)} by its own header`;
  }
  return null;
}

const truncated = () => err('xlsx-truncated', 'The Excel file is incomplete or damaged (its zip directory is missing). Download or save it again.');

type Directory = { count: number; cdSize: number; cdOffset: number };

/** The end-of-central-directory record (22 bytes + a comment of up to 65,535, searched from the end), zip64 included. */
function findDirectory(bytes: Uint8Array): Directory | null {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const dir = { count: u16(bytes, eocd + 10), cdSize: u32(bytes, eocd + 12), cdOffset: u32(bytes, eocd + 16) };
  if (dir.count !== 0xffff && dir.cdOffset !== 0xffffffff && dir.cdSize !== 0xffffffff) return dir;
  // Zip64: the locator sits just before the EOCD.
  const loc = eocd - 20;
  if (loc < 0 || u32(bytes, loc) !== 0x07064b50) return null;
  const z64 = u64(bytes, loc + 8);
  if (z64 + 56 > bytes.length || u32(bytes, z64) !== 0x06064b50) return null;
  return { count: u64(bytes, z64 + 32), cdSize: u64(bytes, z64 + 40), cdOffset: u64(bytes, z64 + 48) };
}

/** Zip64 extra field (0x0001): the real 64-bit sizes where the directory says 0xffffffff. */
function applyZip64Extra(bytes: Uint8Array, e: DirectoryEntry, from: number, extraLen: number): void {
  const end = from + extraLen;
  for (let at = from; at + 4 <= end; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== 0x0001) continue;
    let q = at + 4;
    if (e.uncompressedSize === 0xffffffff) {
      e.uncompressedSize = u64(bytes, q);
      q += 8;
    }
    if (e.compressedSize === 0xffffffff) {
      e.compressedSize = u64(bytes, q);
      q += 8;
    }
    if (e.localOffset === 0xffffffff) e.localOffset = u64(bytes, q);
  }
}

/** One central-directory record at `p`, and how many bytes it takes. */
function readDirectoryEntry(bytes: Uint8Array, p: number): { entry: DirectoryEntry; size: number } {
  const nameLen = u16(bytes, p + 28);
  const extraLen = u16(bytes, p + 30);
  const commentLen = u16(bytes, p + 32);
  let name = '';
  for (let i = 0; i < nameLen; i++) name += String.fromCharCode(bytes[p + 46 + i] ?? 0);
  const entry: DirectoryEntry = {
    name,
    flags: u16(bytes, p + 8),
    method: u16(bytes, p + 10),
    nameLen,
    compressedSize: u32(bytes, p + 20),
    uncompressedSize: u32(bytes, p + 24),
    localOffset: u32(bytes, p + 42),
  };
  if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff)
    applyZip64Extra(bytes, entry, p + 46 + nameLen, extraLen);
  return { entry, size: 46 + nameLen + extraLen + commentLen };
}

/** Why one part refuses the file (encrypted, odd name, lying directory, too big in total, a bomb), or null. */
function entryRefusal(bytes: Uint8Array, e: DirectoryEntry, total: number, limits: ZipLimits): ReturnType<typeof err> | null {
  if ((e.flags & 1) === 1) return err('xlsx-encrypted', 'This Excel file is encrypted. Remove the password in Excel, save, and import again.');
  if (e.name.includes('..') || e.name.startsWith('/'))
    return err('xlsx-invalid', 'The Excel file contains suspicious part names (“../”). It was not opened.');
  if (e.localOffset + e.compressedSize > bytes.length) return truncated();
  const lie = directoryLie(bytes, e);
  if (lie)
    return err(
      'xlsx-invalid',
      `The Excel file's zip directory does not match what the file holds: ${lie}. The file is damaged or was altered; open it in Excel, save it again, and import that.`,
    );
  if (total > limits.maxTotalUncompressed) {
    return err(
      'xlsx-too-large',
      `The Excel file would expand to more than ${Math.round(limits.maxTotalUncompressed / 1048576)} MiB. Save the sheet you need as CSV and import that.`,
    );
  }
  const { uncompressedSize: unpacked, compressedSize: packed } = e;
  if (unpacked > 1 << 20 && unpacked > Math.max(1, packed) * limits.maxRatio) {
    return err(
      'xlsx-zip-bomb',
      `The Excel file looks like a zip bomb (“${e.name}” claims to expand ${Math.round(unpacked / Math.max(1, packed))}×). It was not opened.`,
    );
  }
  return null;
}

/**
 * Reads the zip central directory (no inflating) and applies the caps. Errors:
 * `xlsx-truncated`, `xlsx-invalid`, `xlsx-too-large`, `xlsx-zip-bomb`, `xlsx-encrypted`.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<ZipEntryInfo[]> {
  const dir = findDirectory(bytes);
  if (!dir || dir.cdOffset + dir.cdSize > bytes.length) return truncated();
  if (dir.count > limits.maxEntries)
    return err('xlsx-invalid', `The Excel file holds ${dir.count} parts, more than a workbook ever needs. It was not opened.`);
  const entries: ZipEntryInfo[] = [];
  let p = dir.cdOffset;
  let total = 0;
  for (let k = 0; k < dir.count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return truncated();
    const { entry: e, size } = readDirectoryEntry(bytes, p);
    total += e.uncompressedSize;
    const refusal = entryRefusal(bytes, e, total, limits);
    if (refusal) return refusal;
    entries.push({
      name: e.name,
      compressedSize: e.compressedSize,
      uncompressedSize: e.uncompressedSize,
      method: e.method,
      encrypted: false,
      localOffset: e.localOffset,
    });
    p += size;
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    return err('xlsx-invalid', 'This zip file is not an Excel workbook (no xl/workbook.xml inside).');
  }
  return ok(entries);
}
