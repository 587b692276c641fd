#!/usr/bin/env node
// Lists the source modules over MAX_LINES lines in shared/, renderer/src/ and cli/ (tests left
// out). A module may stay long when one of its first five lines says why, in a comment starting
// `long-module:` (a schema file, a data table); those are listed apart as explained.
//
//   node scripts/long-modules.mjs            a table, longest first
//   node scripts/long-modules.mjs --json     { unexplained: [...], explained: [...] }
//
// tests/integration/long-modules.test.ts holds the list of the ones still waiting to be split,
// so the count can only go down.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIRS, ROOT, sourceFiles } from './long-functions.mjs';

export const MAX_LINES = 300;
const REASON_RE = /^\s*(\/\/|\/\*|\*)\s*long-module:\s*\S/;

/** Lines as an editor numbers them: a final newline does not start another line. */
export function lineCount(text) {
  if (text === '') return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

/** Whether one of the module's first five lines gives a reason for its length. */
export function reasonGiven(text) {
  return text.split('\n', 5).some((l) => REASON_RE.test(l));
}

export function longModules(maxLines = MAX_LINES) {
  const unexplained = [];
  const explained = [];
  for (const dir of DIRS) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      const lines = lineCount(text);
      if (lines <= maxLines) continue;
      const entry = { file: relative(ROOT, file), lines };
      if (reasonGiven(text)) explained.push(entry);
      else unexplained.push(entry);
    }
  }
  const byLength = (a, b) => b.lines - a.lines || a.file.localeCompare(b.file);
  return { unexplained: unexplained.sort(byLength), explained: explained.sort(byLength) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = longModules();
  if (process.argv.includes('--json')) console.log(JSON.stringify(found, null, 2));
  else {
    for (const f of found.unexplained) console.log(`${String(f.lines).padStart(5)}  ${f.file}`);
    console.log(`${found.unexplained.length} modules over ${MAX_LINES} lines without a reason; ${found.explained.length} with one.`);
  }
}
