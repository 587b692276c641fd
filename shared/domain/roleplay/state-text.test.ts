import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStateText, stateText } from './state-text';

describe('buyer-state marks as text', () => {
  it('reads what a coach types, in any of the usual separators', () => {
    expect(parseStateText('decision: undecided, pressure = felt;\nBudget Holder: New')).toEqual({
      ok: true,
      state: { decision: 'undecided', pressure: 'felt', 'budget-holder': 'new' },
    });
    expect(parseStateText('  ')).toEqual({ ok: true, state: {} });
  });

  it('refuses a mark without a value, odd characters and a name given twice, saying which', () => {
    expect(parseStateText('decision')).toEqual({ ok: false, message: '“decision” needs a name and a value, like “decision: undecided”' });
    expect(parseStateText('decision: un/decided')).toMatchObject({ ok: false, message: expect.stringContaining('letters, digits and dashes') });
    expect(parseStateText('decision: ')).toMatchObject({ ok: false });
    expect(parseStateText('call: over, call: open')).toEqual({ ok: false, message: '“call” is given twice' });
  });

  it('reads back what it writes, for any marks', () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
    fc.assert(
      fc.property(fc.dictionary(slug, slug, { maxKeys: 5 }), (state) => {
        expect(parseStateText(stateText(state))).toEqual({ ok: true, state });
      }),
    );
  });
});
