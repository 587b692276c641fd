// Candor's walls, as one ESLint rule that knows the tree (eslint.config.js turns it on):
// - a feature is used by another only through its index.ts (renderer/src/features/<name>/index.ts),
//   and no feature imports the app shell (renderer/src/app);
// - `dexie` is imported only in renderer/src/db/;
// - features and the design system reach data through use cases and data hooks: they never
//   import renderer/src/db/db.ts for a value, nor read `db.<table>` directly;
// - the design system (renderer/src/ui) imports no data, no feature and no app shell;
// - `docx` is imported only in shared/export/ (so shared/domain cannot).
// Paths are resolved against the importing file, and aliases (`@renderer/…`, aliases.js) to their
// folder, so the rule holds at any folder depth and however the import is written.
// Each wall is shown catching a probe in tests/integration/lint-walls.test.ts.
import path from 'node:path';
import { aliasFor, ROOT, unalias } from './aliases.js';

/** The stored tables, as in shared/schemas/tables.ts (a test fails when the two lists differ). */
export const TABLE_NAMES = [
  'reps',
  'metricPeriods',
  'imports',
  'savedMappings',
  'dealBatches',
  'activityBatches',
  'expectations',
  'overrides',
  'plans',
  'planProgress',
  'checkIns',
  'roleplayScripts',
  'roleplaySessions',
  'roleplayAssignments',
  'selfAssessments',
  'wins',
  'settings',
  'repChanges',
  'tombstones',
];
const TABLES = new Set(TABLE_NAMES);

const rel = (file) => path.relative(ROOT, path.resolve(ROOT, file)).split(path.sep).join('/');
const featureOf = (p) => /^renderer\/src\/features\/([^/]+)\//.exec(p)?.[1] ?? null;
const under = (p, dir) => p.startsWith(dir);
const FEATURE_ENTRY = /^renderer\/src\/features\/[^/]+(\/index(\.tsx?)?)?$/;
const DB_MODULE = /^renderer\/src\/db\/db(\.ts)?$/;
const NOT_FOR_UI = ['renderer/src/features', 'renderer/src/app', 'renderer/src/db', 'renderer/src/state'];

/** Where an import goes, relative to the repository (null for a package). */
function target(fromFile, source) {
  const aliased = unalias(source);
  if (aliased !== null) return aliased;
  if (!source.startsWith('.')) return null;
  return rel(path.join(path.dirname(path.resolve(ROOT, fromFile)), source));
}

function packageWall(from, pkg) {
  if (pkg === 'dexie' && !under(from, 'renderer/src/db/'))
    return 'dexie is used only in renderer/src/db/: reach data through a use case or a data hook.';
  if (pkg === 'docx' && !under(from, 'shared/export/')) return 'docx is imported only in shared/export/: build a document model and render it there.';
  return null;
}

function pathWall(from, to, typeOnly) {
  const mine = featureOf(from);
  const theirs = featureOf(`${to}/`);
  if (theirs && mine !== theirs && !FEATURE_ENTRY.test(to)) return `Use the ${theirs} feature through its index.ts only.`;
  if (mine !== null && under(to, 'renderer/src/app')) return 'Features do not import the app shell: shared state lives in renderer/src/state.';
  const dataFree = mine !== null || under(from, 'renderer/src/ui/');
  if (dataFree && DB_MODULE.test(to) && !typeOnly)
    return 'Reach data through a use case (shared/app) or a data hook (renderer/src/db/hooks.ts), never db.ts.';
  if (under(from, 'renderer/src/ui/') && NOT_FOR_UI.some((dir) => under(to, dir)))
    return 'The design system (renderer/src/ui) imports no data, feature or app shell: take what it shows as props.';
  return null;
}

function check(file, source, typeOnly) {
  const from = rel(file);
  const to = target(file, source);
  if (to === null)
    return packageWall(
      from,
      source
        .split('/')
        .slice(0, source.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  return pathWall(from, to, typeOnly);
}

const walls = {
  meta: { type: 'problem', schema: [], messages: { wall: '{{why}}' } },
  create(context) {
    const file = context.filename;
    const isTest = /\.test\.tsx?$/.test(file);
    if (isTest) return {};
    const from = rel(file);
    const checksTables = featureOf(from) !== null || under(from, 'renderer/src/ui/') || under(from, 'renderer/src/app/');
    const report = (node, why) => why && context.report({ node, messageId: 'wall', data: { why } });
    const fromSource = (node, typeOnly) => node.source && report(node, check(file, node.source.value, typeOnly));
    return {
      ImportDeclaration: (node) => fromSource(node, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => fromSource(node, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => fromSource(node, node.exportKind === 'type'),
      MemberExpression(node) {
        if (
          checksTables &&
          node.object.type === 'Identifier' &&
          node.object.name === 'db' &&
          node.property.type === 'Identifier' &&
          TABLES.has(node.property.name)
        )
          report(node, `Read db.${node.property.name} through a use case or a data hook (renderer/src/db/hooks.ts), not here.`);
      },
    };
  },
};

/** The module a node names, for the forms that take one: import/export from, import(), vi.mock and kin, import.meta.glob. */
const VI_MODULE_CALLS = new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']);
function moduleLiteral(node) {
  if (node.type === 'ImportExpression') return node.source;
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return null;
  const { object, property } = node.callee;
  const isVi = object.type === 'Identifier' && object.name === 'vi' && VI_MODULE_CALLS.has(property.name);
  const isGlob = object.type === 'MetaProperty' && property.name === 'glob';
  return isVi || isGlob ? node.arguments[0] : null;
}

/** Why a specifier written in `fromFile` climbs too far, naming the alias to use; null when it is fine. */
export function climbMessage(fromFile, source) {
  if (!/^(\.\.\/){2,}/.test(source)) return null;
  const [bare, query] = source.split('?');
  const to = rel(path.join(path.dirname(path.resolve(ROOT, fromFile)), bare));
  // A file at the repository root (eslint-walls.js, package.json) sits in no aliased folder.
  if (!to.includes('/')) return null;
  const aliased = aliasFor(to);
  const instead = aliased === null ? 'an alias (aliases.js)' : `'${aliased}${query === undefined ? '' : `?${query}`}'`;
  return `Import ${instead} instead of '${source}': an import climbs at most one folder (node scripts/alias-imports.mjs rewrites them).`;
}

const shallowImports = {
  meta: { type: 'problem', schema: [], messages: { climb: '{{why}}' } },
  create(context) {
    const report = (literal) => {
      if (literal?.type !== 'Literal' || typeof literal.value !== 'string') return;
      const why = climbMessage(context.filename, literal.value);
      if (why) context.report({ node: literal, messageId: 'climb', data: { why } });
    };
    const fromSource = (node) => report(node.source);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => report(moduleLiteral(node)),
      CallExpression: (node) => report(moduleLiteral(node)),
      TSImportType: (node) => report(node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    };
  },
};

export const candorWalls = { rules: { walls, 'shallow-imports': shallowImports } };
