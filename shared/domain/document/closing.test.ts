import { describe, expect, it } from 'vitest';
import { EN_GB, planInput } from './testing';
import { buildPlanDocument, STANDARD_OUTCOMES } from './plan';
import { plainText } from './text';
import type { Block, DocumentModel } from './types';

const texts = (m: DocumentModel, heading: string): string[] =>
  (m.sections.find((s) => s.heading === heading)?.blocks ?? []).flatMap((b: Block) =>
    b.kind === 'paragraph'
      ? [plainText(b.runs)]
      : b.kind === 'heading'
        ? [plainText(b.text)]
        : b.kind === 'signatures'
          ? b.signers.map((s) => `[${s.label}]`)
          : [],
  );

describe('the plan’s closing, as HR expects it', () => {
  it('states the guidance already given and the possible outcomes the manager wrote', () => {
    const m = buildPlanDocument(
      planInput({ priorGuidance: 'On 3 Sep we agreed on 40 calls a week.', outcomes: 'Met: the plan closes. Not met: a written warning.' }),
      EN_GB,
    );
    expect(texts(m, 'Guidance already given')).toEqual(['On 3 Sep we agreed on 40 calls a week.']);
    expect(texts(m, 'At the end of the plan')).toEqual(['Met: the plan closes. Not met: a written warning.']);
  });

  it('without outcomes written, the standard three (met, extended, the next formal step); without guidance, says none was recorded', () => {
    const m = buildPlanDocument(planInput({ priorGuidance: '', outcomes: '' }), EN_GB);
    expect(texts(m, 'At the end of the plan')).toEqual([STANDARD_OUTCOMES]);
    expect(STANDARD_OUTCOMES).toMatch(/met.+extended.+next formal step/);
    expect(texts(m, 'Guidance already given')).toEqual(['No earlier guidance on these points was recorded.']);
  });

  it('after the signatures: the rep’s comments, then the witnessed refusal with its date', () => {
    const m = buildPlanDocument(
      planInput({ repComments: 'I disagree with the lead numbers.', declined: { witness: 'Jo Park', date: '2026-12-03' } }),
      EN_GB,
    );
    const ack = texts(m, 'Acknowledgement');
    const sig = ack.findIndex((t) => t.startsWith('['));
    expect(ack.slice(sig + 1).filter((t) => !t.startsWith('['))).toEqual([
      'Employee’s comments',
      'I disagree with the lead numbers.',
      'Declined to sign. Witnessed by Jo Park on 3 December 2026.',
    ]);
  });

  it('nothing written yet: room for comments and a refusal line to fill in by hand', () => {
    const ack = texts(buildPlanDocument(planInput({ repComments: '', declined: null }), EN_GB), 'Acknowledgement');
    expect(ack).toContain('The employee may write a response here or attach one.');
    expect(ack.at(-1)).toMatch(/^If the employee declines to sign: witnessed by _+ on _+\.$/);
  });
});
