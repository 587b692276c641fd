// The recognition note: a few sentences for a team meeting or a message, about what the rep did
// and what it produced, with the real numbers and period, checked by the wording coach.
import type { WordingResult } from '@shared/schemas/conversation';
import { coachWording } from '../conversation/coach';
import type { WinEntry } from './found';

export type RecognitionNote = { text: string; wording: WordingResult; missingBehaviour: boolean };

const sentence = (s: string) => {
  const t = s.trim().replace(/\s+/gu, ' ');
  return t === '' ? '' : /[.!?]$/u.test(t) ? t : `${t}.`;
};
const lowerFirst = (s: string) => (s && !/^[A-Z]{2}|^[A-Z][a-z]*[A-Z]/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/**
 * "A shout-out for Ana Ruiz, who qualified every deal on budget before the demo. The result: Win
 * rate reached 29% over Nov 2026 against a target of 27%. Thank you, Ana." — the behaviour first,
 * then the result as the log states it. Without a behaviour the note says only the result, and
 * says so (missingBehaviour) so the manager can add what the rep did.
 */
export function recognitionNote(win: Pick<WinEntry, 'behaviour' | 'result'>, repName: string): RecognitionNote {
  const first = repName.trim().split(/\s+/u)[0] ?? repName;
  const behaviour = sentence(win.behaviour).replace(/\.$/u, '');
  const result = sentence(win.result);
  const text = behaviour
    ? `A shout-out for ${repName}, who ${lowerFirst(behaviour)}. The result: ${result} Thank you, ${first}.`
    : `A shout-out for ${repName}: ${result} Thank you, ${first}.`;
  return { text, wording: coachWording(text), missingBehaviour: !behaviour };
}
