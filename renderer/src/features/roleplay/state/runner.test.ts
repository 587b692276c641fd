import { describe, expect, it } from 'vitest';
import { newSession } from '@shared/domain/roleplay';
import { shippedLibrary } from '../data/library';
import { initRunner, runnerReducer, type RunnerAction, type RunnerState } from './runner';

const script = shippedLibrary().scripts.find((s) => s.id === 'objection-price')!;
const start = () => initRunner(newSession(script, 'rep-1', 's-1', new Date('2026-12-01T09:00:00Z')));
const run = (s: RunnerState, ...actions: RunnerAction[]) => actions.reduce(runnerReducer, s);

describe('runner state', () => {
  it('the clock counts only while running, and a resumed session starts paused at the saved time', () => {
    let s = run(start(), { type: 'toggle-timer', now: 1_000 }, { type: 'tick', now: 4_500 });
    expect(s.session.elapsedSeconds).toBe(3);
    s = run(s, { type: 'toggle-timer', now: 6_000 }, { type: 'tick', now: 60_000 });
    expect(s.session.elapsedSeconds).toBe(5);
    s = run(s, { type: 'toggle-timer', now: 100_000 }, { type: 'tick', now: 102_000 });
    expect(s.session.elapsedSeconds).toBe(7);
    const resumed = initRunner(s.session);
    expect(resumed.timer).toEqual({ accumulatedMs: 7_000, runningSince: null });
    expect(run(resumed, { type: 'tick', now: 999_999 }).session.elapsedSeconds).toBe(7);
  });

  it('steps stay in range; a branch index past the last branch changes nothing', () => {
    let s = run(start(), { type: 'step', delta: -1 });
    expect(s.session.currentStep).toBe(0);
    for (let i = 0; i < 10; i++) s = run(s, { type: 'step', delta: 1 });
    expect(s.session.currentStep).toBe(script.steps.length - 1);
    s = run(start(), { type: 'choose-line', index: 1 });
    expect(s.session.steps[0]?.branchId).toBe(script.steps[0]?.branches[0]?.id);
    expect(run(s, { type: 'choose-line', index: 9 })).toBe(s);
    expect(run(s, { type: 'choose-line', index: 0 }).session.steps[0]?.branchId).toBeNull();
  });

  it('finishing needs every score; a finished session no longer changes', () => {
    let s = run(start(), { type: 'score', index: 0, score: 4, advance: true });
    expect(run(s, { type: 'finish', now: 5_000 })).toBe(s);
    for (let i = 1; i < script.rubric.criteria.length; i++) s = run(s, { type: 'score', index: i, score: 3, advance: true });
    const done = run(s, { type: 'toggle-timer', now: 0 }, { type: 'finish', now: 9_000 });
    expect(done.session.status).toBe('completed');
    expect(done.session.elapsedSeconds).toBe(9);
    expect(done.timer.runningSince).toBeNull();
    expect(run(done, { type: 'score', index: 0, score: 1, advance: false }, { type: 'notes', text: 'late' })).toBe(done);
  });

  it('Next follows the line chosen: a branch takes its own path, rejoins, and Previous retraces it; a closing line ends in scoring', () => {
    const timing = shippedLibrary().scripts.find((x) => x.id === 'objection-timing')!;
    const ids = (st: RunnerState) => timing.steps[st.session.currentStep]!.id;
    let s = initRunner(newSession(timing, 'rep-1', 's-2', new Date('2026-12-01T09:00:00Z')));
    s = run(s, { type: 'step', delta: 1 }, { type: 'step', delta: 1 });
    expect(ids(s)).toBe('cost');
    expect(ids(run(s, { type: 'step', delta: 1 }))).toBe('plan');
    s = run(s, { type: 'choose-line', index: 1 }, { type: 'step', delta: 1 });
    expect(ids(s)).toBe('cooled');
    s = run(s, { type: 'step', delta: 1 });
    expect(ids(s)).toBe('plan');
    expect(ids(run(s, { type: 'step', delta: -1 }))).toBe('cooled');
    const ended = run(initRunner(newSession(timing, 'rep-1', 's-3', new Date())), { type: 'choose-line', index: 1 }, { type: 'step', delta: 1 });
    expect(ended.mode).toBe('scoring');
    expect(ids(ended)).toBe('delay');
  });
});
