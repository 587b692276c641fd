import { create, type StateCreator } from 'zustand';

// UI and session state only. Domain data lives in Dexie and is read with useLiveQuery.

export type Toast = { id: number; tone: 'success' | 'error' | 'info'; text: string };

export type ToastSlice = {
  toasts: Toast[];
  notify: (tone: Toast['tone'], text: string) => void;
  dismiss: (id: number) => void;
};

export type RepFormSlice = {
  /** null = closed; 'new' = adding; otherwise the id of the rep being edited. */
  repForm: null | 'new' | { id: string };
  openRepForm: (target: 'new' | { id: string }) => void;
  closeRepForm: () => void;
};

export type AppState = ToastSlice & RepFormSlice;

let toastSeq = 0;

const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set) => ({
  toasts: [],
  notify: (tone, text) => {
    const id = ++toastSeq;
    // One confirmation at a time (a newer one replaces it); errors stay until dismissed, up to three.
    set((s) => ({ toasts: [...s.toasts.filter((t) => t.tone === 'error').slice(tone === 'error' ? -2 : -3), { id, tone, text }] }));
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
});

const createRepFormSlice: StateCreator<AppState, [], [], RepFormSlice> = (set) => ({
  repForm: null,
  openRepForm: (target) => set({ repForm: target }),
  closeRepForm: () => set({ repForm: null }),
});

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createToastSlice(...a),
    ...createRepFormSlice(...a),
  }));

export const useAppStore = createAppStore();
