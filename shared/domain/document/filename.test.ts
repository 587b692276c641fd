import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FILE_NAME_BYTES } from '@shared/lib/filename';
import { documentFileName } from './filename';

describe('documentFileName', () => {
  it('names the plan and the guide by date, rep and kind', () => {
    expect(documentFileName('2026-11-22', 'Jordan Reyes', 'plan')).toBe('2026-11-22 Jordan Reyes - Action Plan.docx');
    expect(documentFileName('2026-11-22', 'Jordan Reyes', 'guide')).toBe('2026-11-22 Jordan Reyes - Conversation Guide.docx');
  });
  it('makes awkward names safe', () => {
    expect(documentFileName('2026-11-22', 'AC/DC: "Bon" <Scott>', 'plan')).toBe('2026-11-22 AC-DC- -Bon- -Scott- - Action Plan.docx');
    expect(documentFileName('2026-11-22', 'Rana\u202Excod.exe', 'plan')).toBe('2026-11-22 Ranaxcod.exe - Action Plan.docx');
    expect(documentFileName('2026-11-22', 'مریم احمدی', 'plan')).toBe('2026-11-22 مریم احمدی - Action Plan.docx');
    expect(documentFileName('2026-11-22', '  ', 'guide')).toBe('2026-11-22 - Conversation Guide.docx');
  });
  it('cuts a very long name but never the date or the kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 300 }), fc.constantFrom('plan' as const, 'guide' as const), (name, kind) => {
        const out = documentFileName('2026-11-22', name, kind);
        expect(new TextEncoder().encode(out).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(out.startsWith('2026-11-22')).toBe(true);
        expect(out.endsWith(kind === 'plan' ? ' - Action Plan.docx' : ' - Conversation Guide.docx')).toBe(true);
      }),
    );
  });
  it('refuses a date that is not a date', () => {
    expect(() => documentFileName('22.11.2026', 'Jordan', 'plan')).toThrow(/not a calendar date/u);
  });
});
