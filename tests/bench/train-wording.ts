// Trains the wording coach's learned layer on every labelled statement and writes its weights to
// shared/domain/conversation/learned/weights.json. Deterministic: run it twice, get the same file.
//   npx tsx tests/bench/train-wording.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { labelledBatches } from '@shared/domain/conversation/learned/data';
import { trainCoach } from '@shared/domain/conversation/learned/train-coach';

const items = [...labelledBatches().values()].flat();
const coach = trainCoach(items);
const file = fileURLToPath(new URL('../../shared/domain/conversation/learned/weights.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(coach)}\n`);
// Laid out as the format check wants it (one feature a line), so the file passes `npm run format:check`.
const prettier = fileURLToPath(new URL('../../node_modules/prettier/bin/prettier.cjs', import.meta.url));
spawnSync(process.execPath, [prettier, '--write', file], { stdio: 'ignore' });
console.log(
  `wording.train: ${items.length} statements, ${Object.keys(coach.tone.weights).length} tone features, ${Object.keys(coach.category.weights).length} category features → ${file}`,
);
