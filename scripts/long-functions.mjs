#!/usr/bin/env node
// Lists the functions over MAX_LINES lines in shared/, renderer/src/ and cli/ (tests left out),
// read with the TypeScript compiler's parser: declarations, methods, arrow functions and
// function expressions, each measured from its first line to its last. A function may stay long
// when the comment just above it (or above the statement that declares it) says why, in a line
// starting `long-function:`; those are listed apart as explained.
//
//   node scripts/long-functions.mjs            a table, longest first
//   node scripts/long-functions.mjs --json     { unexplained: [...], explained: [...] }
//
// tests/integration/long-functions.test.ts holds the list of the ones still waiting to be split,
// so the count can only go down.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const MAX_LINES = 80;
export const ROOT = join(import.meta.dirname, '..');
export const DIRS = ['shared', 'renderer/src', 'cli'];
const REASON_RE = /long-function:\s*\S/;

/** The non-test TypeScript sources below a folder. */
export function* sourceFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sourceFiles(p);
    else if (/\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

/** A readable name: the declared name, or the variable, property or call the function is given to. */
function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText();
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

/** The comment text just above the function, or above the statement or property that holds it. */
function leadingComments(node, text) {
  let holder = node;
  while (
    holder.parent &&
    !ts.isSourceFile(holder.parent) &&
    !ts.isBlock(holder.parent) &&
    !ts.isClassDeclaration(holder.parent) &&
    !ts.isObjectLiteralExpression(holder.parent)
  )
    holder = holder.parent;
  const ranges = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? [];
  return ranges.map((r) => text.slice(r.pos, r.end)).join('\n');
}

export function longFunctions(maxLines = MAX_LINES) {
  const unexplained = [];
  const explained = [];
  for (const dir of DIRS) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const visit = (node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
          const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          const lines = last - first + 1;
          if (lines > maxLines) {
            const entry = { file: relative(ROOT, file), name: nameOf(node), line: first + 1, lines };
            if (REASON_RE.test(leadingComments(node, text))) explained.push(entry);
            else unexplained.push(entry);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  const byLength = (a, b) => b.lines - a.lines || a.file.localeCompare(b.file);
  return { unexplained: unexplained.sort(byLength), explained: explained.sort(byLength) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = longFunctions();
  if (process.argv.includes('--json')) console.log(JSON.stringify(found, null, 2));
  else {
    for (const f of found.unexplained) console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`);
    console.log(`${found.unexplained.length} functions over ${MAX_LINES} lines without a reason; ${found.explained.length} with one.`);
  }
}
