import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

const texts = (store: ReturnType<typeof createAppStore>) => store.getState().toasts.map((t) => `${t.tone}:${t.text}`);

describe('Messages shown to the user (toasts)', () => {
  it('shows one confirmation at a time: a newer one replaces the older', () => {
    const store = createAppStore();
    store.getState().notify('success', 'Plan saved.');
    store.getState().notify('success', 'Rep added.');
    expect(texts(store)).toEqual(['success:Rep added.']);
    store.getState().notify('info', 'Backup written.');
    expect(texts(store)).toEqual(['info:Backup written.']);
  });

  it('keeps errors until dismissed, beside the latest confirmation', () => {
    const store = createAppStore();
    store.getState().notify('error', 'The file could not be read.');
    store.getState().notify('success', 'Rep added.');
    store.getState().notify('success', 'Plan saved.');
    expect(texts(store)).toEqual(['error:The file could not be read.', 'success:Plan saved.']);
  });

  it('keeps at most three errors, the newest ones', () => {
    const store = createAppStore();
    for (const n of [1, 2, 3, 4]) store.getState().notify('error', `Error ${n}.`);
    expect(texts(store)).toEqual(['error:Error 2.', 'error:Error 3.', 'error:Error 4.']);
    // A confirmation after them does not push an error out.
    store.getState().notify('success', 'Saved.');
    expect(texts(store)).toEqual(['error:Error 2.', 'error:Error 3.', 'error:Error 4.', 'success:Saved.']);
  });

  it('dismiss removes exactly the message asked for', () => {
    const store = createAppStore();
    store.getState().notify('error', 'First.');
    store.getState().notify('error', 'Second.');
    const [first] = store.getState().toasts;
    store.getState().dismiss(first!.id);
    expect(texts(store)).toEqual(['error:Second.']);
    store.getState().dismiss(-1);
    expect(texts(store)).toEqual(['error:Second.']);
  });

  it('gives every message its own id, so two equal texts can be told apart', () => {
    const store = createAppStore();
    store.getState().notify('error', 'Same.');
    store.getState().notify('error', 'Same.');
    const ids = store.getState().toasts.map((t) => t.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('The rep form (add or edit)', () => {
  it('opens empty for a new rep, on a rep to edit, and closes', () => {
    const store = createAppStore();
    expect(store.getState().repForm).toBeNull();
    store.getState().openRepForm('new');
    expect(store.getState().repForm).toBe('new');
    store.getState().openRepForm({ id: 'rep-7' });
    expect(store.getState().repForm).toEqual({ id: 'rep-7' });
    store.getState().closeRepForm();
    expect(store.getState().repForm).toBeNull();
  });
});
