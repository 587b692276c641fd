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

async function wallMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'candor/walls').map((m) => m.message);
}

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
];

describe('lint walls', () => {
  it.each(PROBES)('catches a probe: $wall', { timeout: 30_000 }, async (p) => {
    const caught = await wallMessages(p.file, p.forbidden);
    expect(caught.length, `${p.file}: ${p.forbidden}`).toBeGreaterThan(0);
    for (const m of caught) expect(m).toMatch(p.reason);
    expect(await wallMessages(p.file, p.allowed), `${p.file}: ${p.allowed}`).toEqual([]);
  });

  it('knows every stored table, so a read of a new one outside db/ is caught too', () => {
    expect([...TABLE_NAMES].sort()).toEqual([...TABLE_KEYS].sort());
  });

  it('lets shared/export import docx and renderer/src/db import dexie', async () => {
    expect(await wallMessages('shared/export/docx/Probe.ts', "import { Document } from 'docx';\nexport const x = Document;")).toEqual([]);
    expect(await wallMessages('renderer/src/db/Probe.ts', "import Dexie from 'dexie';\nexport const x = Dexie;")).toEqual([]);
  });
});
