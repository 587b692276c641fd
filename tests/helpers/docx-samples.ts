// Writes the sample plan (signed and unsigned) and guide to a folder, for looking at them:
//   npx tsx tests/helpers/docx-samples.ts artifacts/docx
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGuideDocument, buildPlanDocument } from '@shared/domain/document';
import { renderDocx } from '@shared/export/docx';
import { EN_GB, EN_US, fullPlanInput, guideInput, planInput } from '@shared/domain/document/testing';

export async function writeSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const docs: [string, Promise<Uint8Array>][] = [
    ['plan-signed.docx', renderDocx(buildPlanDocument(planInput({ signatures: fullPlanInput().signatures }), EN_GB))],
    ['plan-full.docx', renderDocx(buildPlanDocument(fullPlanInput(20, 30), EN_GB))],
    ['plan-edge.docx', renderDocx(buildPlanDocument(planInput({ repName: 'مریم احمدی', managerName: `Bartholomew${'x'.repeat(90)} Ng` }), EN_US))],
    ['plan-unsigned.docx', renderDocx(buildPlanDocument(planInput(), EN_GB))],
    ['guide.docx', renderDocx(buildGuideDocument(guideInput(), EN_GB))],
  ];
  const paths: string[] = [];
  for (const [name, bytes] of docs) {
    const path = join(dir, name);
    writeFileSync(path, await bytes);
    paths.push(path);
  }
  return paths;
}

if (process.argv[1]?.endsWith('docx-samples.ts')) {
  const paths = await writeSamples(process.argv[2] ?? 'artifacts/docx');
  console.log(paths.join('\n'));
}
