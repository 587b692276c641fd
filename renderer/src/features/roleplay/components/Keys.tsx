import type { RunnerState } from '../state/runner';

/** The keys of the runner, listed beside it. */
export function Keys({ mode }: { mode: RunnerState['mode'] }) {
  const rows: [string, string][] =
    mode === 'conversation'
      ? [
          ['Space', 'start or pause the timer'],
          ['→ or J', 'next step'],
          ['← or K', 'previous step'],
          ['1–9', 'the buyer’s line to use (1 = main line)'],
          ['N', 'write a note on this step'],
          ['S', 'go to scoring'],
          ['Esc', 'leave a text box'],
        ]
      : [
          ['Space', 'start or pause the timer'],
          ['1–5', 'score the highlighted criterion, then move on'],
          ['↓ or J', 'next criterion'],
          ['↑ or K', 'previous criterion'],
          ['N', 'write session notes'],
          ['C', 'back to the conversation'],
          ['F', 'finish and save the result'],
          ['Esc', 'leave a text box'],
        ];
  return (
    <aside className="card rp-keys" aria-label="Keyboard">
      <h2 className="card-title">Keys</h2>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
