import { describe, expect, it } from 'vitest';
import { newSession } from '@shared/domain/roleplay';
import { shippedLibrary } from '../data/library';
import { keyCommand } from './keys';
import { initRunner, type RunnerState } from './runner';

const script = shippedLibrary().scripts.find((s) => s.id === 'objection-price')!;
const talking = initRunner(newSession(script, 'rep-1', 's-1', new Date('2026-12-01T09:00:00Z')));
const scoring: RunnerState = { ...talking, mode: 'scoring', criterion: 2 };

describe('runner keys', () => {
  it('a digit picks a buyer line while talking, and scores the criterion under the cursor (1 to 5 only) while scoring', () => {
    expect(keyCommand('3', talking, 0)).toEqual({ type: 'choose-line', index: 2 });
    expect(keyCommand('4', scoring, 0)).toEqual({ type: 'score', index: 2, score: 4, advance: true });
    expect(keyCommand('6', scoring, 0)).toBeNull();
    expect(keyCommand('0', talking, 0)).toBeNull();
  });

  it('j and k move through the conversation or the rubric, whichever is on screen; capitals count', () => {
    expect(keyCommand('J', talking, 0)).toEqual({ type: 'step', delta: 1 });
    expect(keyCommand('ArrowLeft', talking, 0)).toEqual({ type: 'step', delta: -1 });
    expect(keyCommand('k', scoring, 0)).toEqual({ type: 'criterion', index: 1 });
    expect(keyCommand('ArrowDown', scoring, 0)).toEqual({ type: 'criterion', index: 3 });
    expect(keyCommand('ArrowRight', scoring, 0)).toBeNull();
  });

  it('Space toggles the clock at the time given; S, C, N and F work in both parts', () => {
    expect(keyCommand(' ', scoring, 42_000)).toEqual({ type: 'toggle-timer', now: 42_000 });
    expect(keyCommand('S', talking, 0)).toEqual({ type: 'mode', mode: 'scoring' });
    expect(keyCommand('c', scoring, 0)).toEqual({ type: 'mode', mode: 'conversation' });
    expect(keyCommand('n', scoring, 0)).toEqual({ type: 'focus-notes' });
    expect(keyCommand('f', talking, 0)).toEqual({ type: 'finish-session' });
    expect(keyCommand('x', talking, 0)).toBeNull();
  });
});
