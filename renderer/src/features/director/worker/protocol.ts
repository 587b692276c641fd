// Messages between the Managers page and its trend worker.
import type { PeriodVerdicts } from '@shared/app/director';
import type { PeriodKind } from '@shared/schemas/common';

/** `version` changes whenever the page's diagnosis data reloads (a write): the worker then reads the store again. */
export type TrendRequest = { id: number; version: number; periods: string[]; kind: PeriodKind | null };
export type TrendReply = { id: number; verdicts: PeriodVerdicts[] } | { id: number; error: string };
