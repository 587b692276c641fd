import { describe, expect, it } from 'vitest';
import { createStreamDecoder, decodeBytes, decodeWindows1252 } from './decode';
import { inspectZip, sniffFormat } from './sniff';

const bytes = (...xs: number[]) => new Uint8Array(xs);

describe('decodeBytes', () => {
  it('maps every Windows-1252 byte 0x80–0x9F with our own table (Node 20 gets 0x80 wrong)', () => {
    expect(decodeWindows1252(bytes(0x80, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f, 0xfc, 0xdf, 0xe9))).toBe('€’“”–—Ÿüßé');
  });
  it('falls back to Windows-1252 when the bytes are not UTF-8 at all', () => {
    const r = decodeBytes(bytes(0x52, 0x65, 0x70, 0x0a, 0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x20, 0x80));
    expect(r).toMatchObject({ ok: true, value: { encoding: 'windows-1252', text: 'Rep\nJürgen €' } });
  });
  it('keeps UTF-8 with U+FFFD and a warning when one byte is broken in a UTF-8 file', () => {
    const r = decodeBytes(new Uint8Array([...new TextEncoder().encode('Zoë,'), 0xc3, 0x41]));
    expect(r.ok && r.value.encoding).toBe('utf-8');
    expect(r.ok && r.value.text).toBe('Zoë,\ufffdA');
    expect(r.ok && r.value.warnings.length).toBe(1);
  });
  it('honours BOMs and strips them', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toMatchObject({ ok: true, value: { text: 'A', bom: true, encoding: 'utf-8' } });
    expect(decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00))).toMatchObject({ ok: true, value: { text: 'AB', encoding: 'utf-16le' } });
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x42))).toMatchObject({ ok: true, value: { text: 'AB', encoding: 'utf-16be' } });
  });
  it('detects BOM-less UTF-16 from NUL patterns', () => {
    const le = new Uint8Array([...'Rep,Calls\nAna,5\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeBytes(le)).toMatchObject({ ok: true, value: { encoding: 'utf-16le', text: 'Rep,Calls\nAna,5\n' } });
  });
  it('returns stable error codes for empty, BOM-only and binary input', () => {
    expect(decodeBytes(bytes())).toMatchObject({ ok: false, error: { code: 'file-empty' } });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf))).toMatchObject({ ok: false, error: { code: 'file-empty' } });
    expect(decodeBytes(bytes(0x41, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x42, 0x00, 0x07, 0x41))).toMatchObject({
      ok: false,
      error: { code: 'file-binary' },
    });
  });
  it('a stray NUL in a text file is not binary; runs of NULs or many of them are', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(decodeBytes(text(`Rep,Calls\nAn\u0000a,5\n${'Bo,6\n'.repeat(50)}`))).toMatchObject({ ok: true });
    expect(decodeBytes(text(`Rep,Calls\nAna,5\u0000\u0000\u0000\u0000\n${'Bo,6\n'.repeat(50)}`))).toMatchObject({
      ok: false,
      error: { code: 'file-binary' },
    });
    expect(decodeBytes(text(`Rep,Calls\n${'A\u0000,5\n'.repeat(9)}${'Bo,6\n'.repeat(500)}`))).toMatchObject({
      ok: false,
      error: { code: 'file-binary' },
    });
  });
  it('decodes a multi-byte character split across stream chunks', () => {
    const all = new TextEncoder().encode('Müller,€5\n');
    const dec = createStreamDecoder();
    const text = dec.decode(all.subarray(0, 2), false) + dec.decode(all.subarray(2, 8), false) + dec.decode(all.subarray(8), true);
    expect(text).toBe('Müller,€5\n');
    expect(dec.encoding).toBe('utf-8');
  });
});

describe('sniffFormat / inspectZip', () => {
  it('trusts content, not the extension', () => {
    expect(sniffFormat(new TextEncoder().encode('a,b\n1,2'), 'report.xlsx')).toEqual({ ok: true, value: 'csv' });
    expect(sniffFormat(bytes(0x50, 0x4b, 0x03, 0x04), 'data.csv')).toEqual({ ok: true, value: 'xlsx' });
    expect(sniffFormat(bytes(0x25, 0x50, 0x44, 0x46, 0x2d), 'x.csv')).toMatchObject({ ok: false, error: { code: 'file-unsupported' } });
  });
  it('calls a zip without a central directory truncated', () => {
    expect(inspectZip(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0))).toMatchObject({ ok: false, error: { code: 'xlsx-truncated' } });
  });
});
