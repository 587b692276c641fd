import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from '@renderer/ui/Field';
import { coach, type CoachFacts, type WordingFlag, type WordingResult } from './engine';

const TONE_LABEL: Record<WordingResult['tone'], string> = { 'too-soft': 'Too soft', balanced: 'Balanced', 'too-hard': 'Too hard' };

/** The tone meter: soft on the left, hard on the right, balanced in the middle. */
export function ToneMeter({ result }: { result: WordingResult }) {
  const pos = Math.round(((Math.max(-1, Math.min(1, result.meter)) + 1) / 2) * 100);
  return (
    <div className={`tone tone-${result.tone}`}>
      <span className="tone-label">Tone: {TONE_LABEL[result.tone]}</span>
      <span className="tone-track" aria-hidden="true">
        <span className="tone-dot" style={{ left: `${pos}%` }} />
      </span>
    </div>
  );
}

/** The text with each flagged span marked; the why is in the list below and in the title. */
function Marked({ text, flags }: { text: string; flags: WordingFlag[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  const sorted = [...flags].sort((a, b) => a.start - b.start);
  for (const f of sorted) {
    if (f.start < at) continue; // overlapping flag: the first one is shown
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={`${f.start}-${f.kind}`} className={`coach-mark coach-${f.severity}`} title={f.why}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return <p className="coach-preview">{parts}</p>;
}

export function CoachPanel({ text, facts }: { text: string; facts?: CoachFacts | undefined }) {
  const deferred = useDeferredValue(text);
  const result = useMemo(() => coach(deferred, facts), [deferred, facts]);
  if (!deferred.trim()) return null;
  return (
    <div className="coach" aria-live="polite">
      <ToneMeter result={result} />
      {result.flags.length > 0 ? (
        <>
          <Marked text={deferred} flags={result.flags} />
          <ul className="coach-flags">
            {result.flags.map((f) => (
              <li key={`${f.start}-${f.kind}`} className={`coach-flag coach-${f.severity}`}>
                <strong>“{deferred.slice(f.start, f.end)}”</strong> {f.why} <span className="coach-suggest">Try: {f.suggestion}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A free-text field the manager writes for the conversation, with the wording coach under it. */
export function CoachedText<V extends FieldValues>({
  control,
  name,
  label,
  hint,
  rows = 3,
  facts,
  disabled,
  error,
}: {
  control: Control<V>;
  name: FieldPath<V>;
  label: string;
  hint?: string;
  rows?: number;
  facts?: CoachFacts | undefined;
  disabled?: boolean;
  error?: string | undefined;
}) {
  const watched: unknown = useWatch({ control, name });
  const value = typeof watched === 'string' ? watched : '';
  return (
    <div className="coached">
      <Field label={label} hint={hint} error={error}>
        <textarea rows={rows} {...control.register(name)} {...(disabled ? { disabled: true } : {})} />
      </Field>
      <CoachPanel text={value} facts={facts} />
    </div>
  );
}
