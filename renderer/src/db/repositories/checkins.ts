// Check-in writes from the app: the shared use cases (shared/app/checkins.ts) over the Dexie store.
import {
  closePlan as closePlanOn,
  extendPlan as extendPlanOn,
  moveCheckIn as moveOn,
  recordCheckIn as recordOn,
  saveCheckInDraft as saveDraftOn,
} from '@shared/app/checkins';
import type { CandorDB } from '../db';
import { dexieStore } from '../store';

type Args<F extends (store: never, req: never) => unknown> = Parameters<F>[1];

export const moveCheckIn = (db: CandorDB, req: Args<typeof moveOn>) => moveOn(dexieStore(db), req);
export const saveCheckInDraft = (db: CandorDB, req: Args<typeof saveDraftOn>) => saveDraftOn(dexieStore(db), req);
export const recordCheckIn = (db: CandorDB, req: Args<typeof recordOn>) => recordOn(dexieStore(db), req);
export const extendPlan = (db: CandorDB, req: Args<typeof extendPlanOn>) => extendPlanOn(dexieStore(db), req);
export const closePlan = (db: CandorDB, req: Args<typeof closePlanOn>) => closePlanOn(dexieStore(db), req);
