import { MAX_FILE_NAME_BYTES, sanitizeFileName } from '@shared/lib/filename';
import { parseIsoDate } from './format';
import type { IsoDate } from './types';

export type DocumentKind = 'plan' | 'guide' | 'checkin';

const SUFFIX: Record<DocumentKind, string> = {
  plan: ' - Action Plan.docx',
  guide: ' - Conversation Guide.docx',
  checkin: ' - Check-in Summary.docx',
};

/** `2026-11-22 Jordan Reyes - Action Plan.docx`: safe on every OS; a very long name is cut, never the date or the kind. */
export function documentFileName(date: IsoDate, repName: string, kind: DocumentKind): string {
  parseIsoDate(date, 'Document date');
  const suffix = SUFFIX[kind];
  const room = MAX_FILE_NAME_BYTES - new TextEncoder().encode(suffix).length;
  const stem = sanitizeFileName(`${date} ${repName}`, room);
  return sanitizeFileName(`${stem}${suffix}`);
}
