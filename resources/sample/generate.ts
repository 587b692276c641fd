// Writes resources/sample/team-metrics.csv from the pure generator in
// shared/domain/diagnosis/sample-team.ts (deterministic: the same bytes on every run).
// Run: npx tsx resources/sample/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSampleCsv } from '@shared/domain/diagnosis/sample-team';

const out = fileURLToPath(new URL('./team-metrics.csv', import.meta.url));
writeFileSync(out, generateSampleCsv());
console.log(`wrote ${out}`);
