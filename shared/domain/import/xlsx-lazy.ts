// readWorkbook, loaded on the first workbook: the XLSX reader (read-excel-file and its unzip) is
// a separate chunk that reading a CSV never loads or compiles (`candor diagnose` on a CSV export
// starts without it). Same signature as ./xlsx's readWorkbook, which it calls.
import type { readWorkbook as readNow } from './xlsx';

export const readWorkbook: typeof readNow = async (...args) => (await import('./xlsx')).readWorkbook(...args);
