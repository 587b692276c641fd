// candor checkin <data-file>... --plan <plan.json> [--as-of YYYY-MM-DD] [--locale en-US] [--currency USD] [--json]
//
// Measures a plan's action items on the data files, as the app's check-in does: plan.json is what
// `candor plan … --json` prints (its facts snapshot and content). The files are imported as the
// app imports them into a store held in memory (give the data the plan was made from and the
// newer months together), the plan is stored beside them for its rep (matched by name), and the
// one use case (measurePlan, shared/app/followup.ts) gives each item's status by the pace rule.
import { z } from 'zod';
import { measurePlan, type PlanProgress } from '../shared/app';
import { PACE_STATUS_LABELS, paceValue } from '../shared/domain/followup/index';
import { isoDay, newDraftPlan } from '../shared/domain/plan';
import { nameKey } from '../shared/schemas/common';
import { factsSnapshotSchema, planContentSchema } from '../shared/schemas/plan';
import { formatDate, formatPeriod, formatPeriodRange, periodNoun, type TextFormat } from '../shared/lib/format';
import { textFormatOf } from './diagnose';
import { isCalendarDate, FORMAT_OPTIONS, JSON_SWITCH, readArgs } from './args';
import type { CliIo } from './io';
import { plainError } from './io';
import { loadFiles, readError } from './load';

const USAGE = 'Usage: candor checkin <data-file>... --plan <plan.json> [--as-of YYYY-MM-DD] [--locale en-US] [--currency USD] [--json]';

type Args = { files: string[]; plan: string; asOf: string | null; json: boolean; locale: string | undefined; currency: string | undefined };

const OPTIONS = {
  ...JSON_SWITCH,
  ...FORMAT_OPTIONS,
  plan: { needs: 'a plan file (what candor plan --json prints)' },
  'as-of': { needs: 'a date (YYYY-MM-DD)' },
} as const;

function parseArgs(args: readonly string[]): Args | string {
  const read = readArgs(args, OPTIONS);
  if (typeof read === 'string') return read;
  const { files, values: given } = read;
  const json = given.json === true;
  if (files.length === 0) return 'missing <data-file>';
  if (!given.plan?.trim()) return 'missing --plan <plan.json>';
  if (given['as-of'] !== undefined && !isCalendarDate(given['as-of']))
    return `--as-of must be a calendar date like 2027-01-08 (got "${given['as-of']}")`;
  return { files, plan: given.plan, asOf: given['as-of'] ?? null, json, locale: given.locale, currency: given.currency };
}

/** What `candor plan --json` prints; anything else is refused in one sentence. */
const planFileSchema = z.object({ snapshot: factsSnapshotSchema, content: planContentSchema });

async function readPlanFile(io: CliIo, file: string): Promise<z.infer<typeof planFileSchema> | string> {
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await io.readFile(file));
  } catch (e) {
    return readError(file, e);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return `"${file}" is not JSON: give the file that \`candor plan … --json\` prints.`;
  }
  const parsed = planFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first ? first.path.filter((p) => typeof p === 'string' || typeof p === 'number').join('.') : '';
  return `"${file}" is not a plan as \`candor plan … --json\` prints it${where ? ` (${where} does not fit)` : ''}.`;
}

export async function runCheckin(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const fail = (msg: string) => {
    io.stderr(`candor checkin: ${msg}\n`);
    return 2;
  };
  try {
    return await checkin(args, io, now, fail);
  } catch (e) {
    // Never a stack trace: one line, exit 2.
    return fail(`could not measure the plan: ${plainError(e)}`);
  }
}

async function checkin(args: string[], io: CliIo, now: () => Date, fail: (msg: string) => number): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}. ${USAGE}`);
  const format = textFormatOf(parsed.locale, parsed.currency);
  if (typeof format === 'string') return fail(format);
  const planFile = await readPlanFile(io, parsed.plan);
  if (typeof planFile === 'string') return fail(planFile);
  const { snapshot, content } = planFile;
  const loaded = await loadFiles(parsed.files, io, { periodKind: snapshot.periodKind ?? 'month', maxErrors: 100 });
  if (typeof loaded === 'string') return fail(loaded);
  const rep = (await loaded.store.table('reps').all()).find((r) => r.nameKey === nameKey(snapshot.repName));
  if (!rep)
    return fail(`no rep called "${snapshot.repName}" (the plan's rep) in ${parsed.files.length === 1 ? `"${parsed.files[0] ?? ''}"` : 'the files'}.`);
  const at = now();
  const plan = newDraftPlan({ id: 'plan-from-file', repId: rep.id, snapshot, content, now: at });
  await loaded.store.table('plans').add([plan]);
  const measured = await measurePlan(loaded.store, plan.id, { asOf: parsed.asOf ?? isoDay(at), format });
  if (!measured.ok) return fail(measured.message);
  io.stdout(parsed.json ? `${JSON.stringify(asJson(measured.progress), null, 2)}\n` : table(measured.progress, format));
  return 0;
}

/** The JSON answer: per action item the figures the rule used, its status and the rule's line; the wins found. */
export function asJson(p: PlanProgress) {
  return {
    rep: p.repName,
    asOf: p.asOf,
    baselineWindow: p.baselineWindow,
    planStart: p.start,
    measuredThrough: p.measuredThrough,
    window: p.window,
    incompletePeriods: p.incompletePeriods,
    incompleteNote: p.incompleteNote,
    dataNote: p.dataNote,
    items: p.items.map((i) => ({
      metric: i.metric,
      label: i.label,
      baseline: i.baseline,
      target: i.target,
      current: i.current,
      expected: i.expected,
      due: i.due,
      status: i.status,
      rule: i.rule,
    })),
    wins: p.wins.map((w) => ({ kind: w.kind, metric: w.metric, before: w.before, after: w.after, mark: w.mark, text: w.text })),
    paceRule: p.ruleText,
  };
}

/** Control characters in names would garble the terminal: shown as spaces. */
const clean = (s: string) => s.replace(/\p{Cc}/gu, ' ');

function table(p: PlanProgress, format: TextFormat): string {
  const locale = format.locale ?? 'en-US';
  const head = ['Item', 'Baseline', 'Now', 'Expected', 'Target', 'Status'];
  const rows = p.items.map((i) => {
    const v = (n: number | null) => (n === null ? '–' : paceValue(n, i.unit, format));
    return [clean(i.label), v(i.baseline), v(i.current), v(i.expected), v(i.target), PACE_STATUS_LABELS[i.status]];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c >= 1 && c <= 4 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const range = (w: readonly string[]) => (w.length > 0 ? formatPeriodRange(w[0] ?? '', w[w.length - 1] ?? '', locale) : '–');
  const measured = p.measuredThrough
    ? `now over ${range(p.window)} (the ${p.windowLength} ${periodNoun(p.periodKind, p.windowLength)} to ${formatPeriod(p.measuredThrough, locale)})`
    : 'no complete period to measure yet';
  const out = [
    `${clean(p.repName)}, on ${formatDate(p.asOf, locale)}: baseline over ${range(p.baselineWindow)}, ${measured}; plan started ${formatDate(p.start, locale)}.`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...p.items.map((i) => `- ${clean(i.rule)}`),
  ];
  if (p.incompleteNote) out.push(`note: ${p.incompleteNote}`);
  if (p.dataNote) out.push(`note: ${p.dataNote}`);
  out.push(p.wins.length > 0 ? 'Wins:' : 'Wins: none found yet.');
  for (const w of p.wins) out.push(`- ${w.text}`);
  out.push(`Rule: ${p.ruleText}`);
  return out.join('\n') + '\n';
}
