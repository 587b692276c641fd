#!/usr/bin/env node
// Rewrites every import that climbs two folders or more (`../../x`) to its alias (aliases.js):
// import and export declarations, `import()` and `import('…')` types, `vi.mock` and the other
// `vi.*` calls that take a module, and `import.meta.glob`. A suffix such as `?raw` is kept. Only
// TypeScript files are read (plain Node scripts cannot resolve aliases); strings that are not
// module specifiers (a path given to readFileSync) are left alone. Running it again changes
// nothing, so it is safe on a tree that merged new code.
//
//   node scripts/alias-imports.mjs            rewrite the tree, print how many specifiers changed
//   node scripts/alias-imports.mjs --check    change nothing; exit 1 when something would change
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { aliasFor, ROOT } from '../aliases.js';

const SKIP_DIRS = new Set(['node_modules', 'out', '.git', 'dist-web', 'release', 'test-results', 'playwright-report', 'artifacts', '.bench']);
const VI_MODULE_CALLS = new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']);

function* typescriptFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* typescriptFiles(path.join(dir, e.name));
    } else if (/\.(c|m)?tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) yield path.join(dir, e.name);
  }
}

/** The string literal that names a module in this node, if it is one of the forms above. */
function specifierOf(node) {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) return node.moduleSpecifier;
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) return node.argument.literal;
  if (!ts.isCallExpression(node)) return undefined;
  const [first] = node.arguments;
  if (!first || !ts.isStringLiteralLike(first)) return undefined;
  const callee = node.expression;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return first;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const owner = callee.expression.getText();
  const name = callee.name.text;
  if (owner === 'vi' && VI_MODULE_CALLS.has(name)) return first;
  if (owner === 'import.meta' && name === 'glob') return first;
  return undefined;
}

/** How many folders a relative specifier climbs (`../../x` → 2). */
export function climbs(specifier) {
  return /^(\.\.\/)*/.exec(specifier)[0].length / 3;
}

/** The aliased form of a specifier written in `fileRel` (repository-relative), or null to leave it. */
export function aliasedSpecifier(fileRel, specifier) {
  if (climbs(specifier) < 2) return null;
  const query = specifier.indexOf('?');
  const bare = query === -1 ? specifier : specifier.slice(0, query);
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fileRel), bare));
  if (target.startsWith('..')) return null;
  const aliased = aliasFor(target);
  return aliased === null ? null : aliased + (query === -1 ? '' : specifier.slice(query));
}

/** The source with its deep specifiers aliased, how many changed, and the deep ones no alias holds. */
export function rewriteSource(fileRel, text) {
  const kind = fileRel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileRel, text, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const left = [];
  const visit = (node) => {
    const literal = specifierOf(node);
    if (literal) {
      const aliased = aliasedSpecifier(fileRel, literal.text);
      if (aliased !== null) edits.push({ start: literal.getStart(source) + 1, end: literal.getEnd() - 1, text: aliased });
      else if (climbs(literal.text) >= 2) left.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, changed: edits.length, left };
}

function main(argv) {
  const check = argv.includes('--check');
  let specifiers = 0;
  const files = [];
  const left = [];
  for (const file of typescriptFiles(ROOT)) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const before = readFileSync(file, 'utf8');
    const result = rewriteSource(rel, before);
    for (const l of result.left) left.push(`${rel}: ${l}`);
    if (result.changed === 0) continue;
    specifiers += result.changed;
    files.push(rel);
    if (!check) writeFileSync(file, result.text);
  }
  const verb = check ? 'would rewrite' : 'rewrote';
  console.log(
    `alias-imports: ${verb} ${specifiers} import specifier${specifiers === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}.`,
  );
  if (check) for (const f of files) console.log(`  ${f}`);
  if (left.length > 0) console.log(`Left as written (no alias holds the target, e.g. a file at the repository root):\n  ${left.join('\n  ')}`);
  return check && specifiers > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
