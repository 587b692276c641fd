import type { ReactNode } from 'react';
import type { SessionResult } from '@shared/domain/roleplay';

/** The result against the pass mark; no verdict until every criterion is scored. */
export function ResultLine({ result }: { result: SessionResult }) {
  let text: ReactNode;
  if (result.average === null) text = `Nothing scored yet · pass mark ${result.passMark} average of 5`;
  else if (result.passed === null)
    text = `${result.scored} of ${result.total} criteria scored · average so far ${result.average} · pass mark ${result.passMark}`;
  else
    text = (
      <>
        Average <strong>{result.average}</strong> of 5 · pass mark {result.passMark} ·{' '}
        <strong className={result.passed ? 'rp-pass' : 'rp-fail'}>{result.passed ? 'Passed' : 'Below the pass mark'}</strong>
      </>
    );
  return (
    <p className="rp-result" aria-live="polite" aria-label="Result">
      {text}
    </p>
  );
}
