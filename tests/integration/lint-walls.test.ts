// Every wall between layers and features, shown catching a probe: small sources linted with the
// project's own ESLint config under made-up paths. Each forbidden probe must be reported by the
// walls rule with its reason, and the allowed twin beside it must not.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../eslint-walls.js';
import { TABLE_KEYS } from '@shared/schemas/tables';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function messagesOf(rule: string, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}
const wallMessages = (file: string, code: string) => messagesOf('candor/walls', file, code);

type Probe = { wall: string; file: string; forbidden: string; allowed: string; reason: RegExp };

const PROBES: Probe[] = [
  {
    wall: 'another feature only through its index.ts',
    file: 'renderer/src/features/rep/Probe.tsx',
    forbidden: "import { VERDICT_LABEL } from '../team/model';\nexport const x = VERDICT_LABEL;",
    allowed: "import { VERDICT_LABEL } from '../team';\nexport const x = VERDICT_LABEL;",
    reason: /team feature through its index\.ts/,
  },
  {
    wall: 'the same, from deeper inside a feature',
    file: 'renderer/src/features/roleplay/components/Probe.tsx',
    forbidden: "import { PlannerPage } from '../../planner/PlannerPage';\nexport const x = PlannerPage;",
    allowed: "import { PlannerPage } from '../../planner';\nimport { x as y } from '../state/actions';\nexport const x = [PlannerPage, y];",
    reason: /planner feature through its index\.ts/,
  },
  {
    wall: 'no feature imports the app shell',
    file: 'renderer/src/features/team/Probe.tsx',
    forbidden: "import { App } from '../../app/App';\nexport const x = App;",
    allowed: "import { useAppStore } from '../../state/store';\nexport const x = useAppStore;",
    reason: /app shell/,
  },
  {
    wall: 'dexie only in renderer/src/db/',
    file: 'renderer/src/features/team/Probe.tsx',
    forbidden: "import Dexie from 'dexie';\nexport const x = Dexie;",
    allowed: "import { useStoreQuery } from '../../db/hooks';\nexport const x = useStoreQuery;",
    reason: /dexie is used only in renderer\/src\/db\//,
  },
  {
    wall: 'features never import db.ts for a value',
    file: 'renderer/src/features/plans/Probe.tsx',
    forbidden: "import { getDb } from '../../db/db';\nexport const x = getDb;",
    allowed: "import type { CandorDB } from '../../db/db';\nexport const x = (d: CandorDB) => d.name;",
    reason: /never db\.ts/,
  },
  {
    wall: 'features never read db.<table>',
    file: 'renderer/src/features/plans/Probe.tsx',
    forbidden:
      "import { useDb } from '../../state/db';\nexport const useX = () => useDb().reps;\nexport const count = (db: ReturnType<typeof useDb>) => db.reps.count();",
    allowed: "import { useStoreQuery } from '../../db/hooks';\nexport const useX = () => useStoreQuery((s) => s.table('reps').count(), []);",
    reason: /Read db\.reps through a use case or a data hook/,
  },
  {
    wall: 'the design system reads no data',
    file: 'renderer/src/ui/Probe.tsx',
    forbidden: "import { useStoredSettings } from '../db/hooks';\nexport const x = useStoredSettings;",
    allowed: "import { useFormat } from './format';\nexport const x = useFormat;",
    reason: /design system .* imports no data/,
  },
  {
    wall: 'the design system imports no feature',
    file: 'renderer/src/ui/Probe.tsx',
    forbidden: "import { TeamPage } from '../features/team';\nexport const x = TeamPage;",
    allowed: "import { Button } from './Button';\nexport const x = Button;",
    reason: /design system .* imports no data, feature/,
  },
  {
    wall: 'docx only in shared/export/ (so shared/domain cannot)',
    file: 'shared/domain/plan/Probe.ts',
    forbidden: "import { Document } from 'docx';\nexport const x = Document;",
    allowed: "import { z } from 'zod';\nexport const x = z;",
    reason: /docx is imported only in shared\/export\//,
  },
  {
    wall: 'docx in shared/export/ is fine, in the renderer it is not',
    file: 'renderer/src/features/planner/Probe.tsx',
    forbidden: "import { Packer } from 'docx';\nexport const x = Packer;",
    allowed: "import { PlannerPage } from './PlannerPage';\nexport const x = PlannerPage;",
    reason: /docx is imported only in shared\/export\//,
  },
  // The same walls, with the imports written through the aliases (aliases.js).
  {
    wall: 'another feature only through its index.ts, written with an alias',
    file: 'renderer/src/features/rep/Probe.tsx',
    forbidden: "import { VERDICT_LABEL } from '@renderer/features/team/model';\nexport const x = VERDICT_LABEL;",
    allowed: "import { VERDICT_LABEL } from '@renderer/features/team';\nexport const x = VERDICT_LABEL;",
    reason: /team feature through its index\.ts/,
  },
  {
    wall: 'no feature imports the app shell, written with an alias',
    file: 'renderer/src/features/team/components/Probe.tsx',
    forbidden: "export { App } from '@renderer/app/App';",
    allowed: "export { useAppStore } from '@renderer/state/store';",
    reason: /app shell/,
  },
  {
    wall: 'features never import db.ts for a value, written with an alias',
    file: 'renderer/src/features/plans/Probe.tsx',
    forbidden: "import { getDb } from '@renderer/db/db';\nexport const x = getDb;",
    allowed: "import type { CandorDB } from '@renderer/db/db';\nexport const x = (d: CandorDB) => d.name;",
    reason: /never db\.ts/,
  },
  {
    wall: 'the design system reads no data, written with an alias',
    file: 'renderer/src/ui/charts/Probe.tsx',
    forbidden: "import { useStoredSettings } from '@renderer/db/hooks';\nexport const x = useStoredSettings;",
    allowed: "import { Button } from '@renderer/ui/Button';\nexport const x = Button;",
    reason: /design system .* imports no data/,
  },
];

type Climb = { file: string; code: string; alias: string };

/** Each form that names a module, climbing two folders; the message names the alias to write. */
const CLIMBS: Climb[] = [
  {
    file: 'renderer/src/features/rep/Probe.tsx',
    code: "import { x } from '../../../../shared/lib/format';\nexport const y = x;",
    alias: '@shared/lib/format',
  },
  { file: 'renderer/src/features/rep/Probe.tsx', code: "export { x } from '../../db/hooks';", alias: '@renderer/db/hooks' },
  { file: 'renderer/src/features/rep/Probe.tsx', code: "export const m = () => import('../../ui/Button');", alias: '@renderer/ui/Button' },
  {
    file: 'renderer/src/features/rep/Probe.test.tsx',
    code: "import { vi } from 'vitest';\nvi.mock('../../state/store');",
    alias: '@renderer/state/store',
  },
  {
    file: 'shared/domain/plan/Probe.ts',
    code: "import a from '../../../resources/sample/team-metrics.csv?raw';\nexport const b = a;",
    alias: '@resources/sample/team-metrics.csv?raw',
  },
  { file: 'tests/integration/Probe.test.ts', code: "import { run } from '../../cli/main';\nexport const r = run;", alias: '@cli/main' },
  {
    file: 'renderer/src/features/roleplay/data/Probe.ts',
    code: "export const f = import.meta.glob('../../../../../resources/roleplay/*.json');",
    alias: '@resources/roleplay/*.json',
  },
];

describe('lint walls', () => {
  it.each(PROBES)('catches a probe: $wall', { timeout: 30_000 }, async (p) => {
    const caught = await wallMessages(p.file, p.forbidden);
    expect(caught.length, `${p.file}: ${p.forbidden}`).toBeGreaterThan(0);
    for (const m of caught) expect(m).toMatch(p.reason);
    expect(await wallMessages(p.file, p.allowed), `${p.file}: ${p.allowed}`).toEqual([]);
  });

  it.each(CLIMBS)('refuses an import climbing two folders and names the alias: $alias', { timeout: 30_000 }, async (c) => {
    const caught = await messagesOf('candor/shallow-imports', c.file, c.code);
    expect(caught).toHaveLength(1);
    expect(caught[0]).toContain(`Import '${c.alias}' instead of`);
  });

  it('lets an import climb one folder, and use an alias', { timeout: 30_000 }, async () => {
    const file = 'renderer/src/features/rep/Probe.tsx';
    expect(await messagesOf('candor/shallow-imports', file, "export { TeamPage } from '../team';\nexport { f } from '@shared/lib/format';")).toEqual(
      [],
    );
  });

  it('keeps the app out of shared/ when the import is written with an alias', { timeout: 30_000 }, async () => {
    const platform = (code: string) => messagesOf('no-restricted-imports', 'shared/domain/plan/Probe.ts', code);
    for (const alias of ['@renderer/db/db', '@main/protocol', '@cli/main', '@tests/helpers/db']) {
      expect(await platform(`export { x } from '${alias}';`), alias).toEqual([expect.stringMatching(/shared\/ imports nothing from the app/)]);
    }
    expect(await platform("export { x } from '@shared/lib/format';")).toEqual([]);
  });

  it('knows every stored table, so a read of a new one outside db/ is caught too', () => {
    expect([...TABLE_NAMES].sort()).toEqual([...TABLE_KEYS].sort());
  });

  it('lets shared/export import docx and renderer/src/db import dexie', async () => {
    expect(await wallMessages('shared/export/docx/Probe.ts', "import { Document } from 'docx';\nexport const x = Document;")).toEqual([]);
    expect(await wallMessages('renderer/src/db/Probe.ts', "import Dexie from 'dexie';\nexport const x = Dexie;")).toEqual([]);
  });
});
