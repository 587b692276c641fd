import { readdirSync, readFileSync } from 'node:fs';
import { analyseFile, importFile, settingsFromAnalysis } from './shared/domain/import/index';
const dir = 'tests/fixtures/import/files';
for (const f of readdirSync(dir).sort()) {
  if (process.argv[2] && !f.includes(process.argv[2])) continue;
  const bytes = new Uint8Array(readFileSync(`${dir}/${f}`));
  const a = await analyseFile(bytes, f);
  if (!a.ok) { console.log(f, 'ANALYSE ERR', a.error.code); continue; }
  const r = await importFile(bytes, f, settingsFromAnalysis(a.value));
  if (!r.ok) { console.log(f, 'IMPORT ERR', r.error.code, r.error.message); continue; }
  const o = r.value;
  console.log(`== ${f} kind=${o.kind} enc=${a.value.encoding} delim=${JSON.stringify(a.value.delimiter)} hdr=${a.value.headerRow} read=${o.report.rowsRead} acc=${o.report.rowsAccepted} rej=${o.report.rowsRejected} q=${a.value.questions.map(q=>q.id).join(',')}`);
  console.log('  map', JSON.stringify(a.value.mapping), 'headers', JSON.stringify(a.value.headers));
  for (const p of o.periods) console.log('  ', p.rep, p.period, JSON.stringify(Object.fromEntries(Object.entries(p.values).filter(([,v]) => v !== null))));
  for (const e of o.report.errors) console.log('   E', JSON.stringify(e));
  for (const w of [...a.value.warnings, ...o.report.warnings]) console.log('   W', w);
}
