// candor plan <metrics-file> --rep "<name>" [--period P] --out <plan.docx|folder> [--guide <guide.docx|folder>]
//   [--manager "<name>"] [--company "<name>"] [--team "<name>"] [--hr "<name>"] [--date YYYY-MM-DD]
//   [--locale en-US] [--currency USD] [--window N] [--benchmark auto|role|median] [--json]
//   Without --currency, amounts carry the currency of the locale's region, as the app writes them
//   when Settings names none (en-US: US dollars).
//
// Drafts a rep's plan from the diagnosis with the planner's prefill (facts snapshot,
// expectations, focus areas, SMART action items, milestones, check-ins, and the conversation
// engine's draft) and writes the rep's action and development plan as a Word file, plus the
// manager's private conversation guide with --guide. --out and --guide may name a folder: the
// file is then called like "2026-11-22 Jordan Reyes - Action Plan.docx". For a whole team,
// run it once per rep into one folder. With --json it prints the plan's whole content (snapshot,
// expectations, talking points, questions, objections with approaches, action items,
// development plan) as JSON and writes no document unless --out is given too.
import type { TeamScope } from './team-scope';
import { stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { nameKey } from '../shared/schemas/common';
import { draftConversation, loadConversationBanks } from '../shared/domain/conversation';
import { isoDay, newDraftPlan, snapshotPeriodLabel } from '../shared/domain/plan';
import { planDocument, startPlan } from '../shared/app';
import { DocumentInputError, documentFileName, makeFormatter, type DocumentKind } from '../shared/domain/document';
import { renderDocx } from '../shared/export/docx';
import { randomId } from '../shared/lib/ids';
import { formatPeriod } from '../shared/lib/format';
import { resolveNumberFormat } from '../shared/lib/currency';
import { parsePeriod, STAGE_SHORT_LABELS, VERDICT_LABELS } from '../shared/domain/diagnosis/index';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../shared/schemas/settings';
import { diagnoseFiles, textFormatOf, type Benchmark } from './diagnose';
import { isCalendarDate, FORMAT_OPTIONS, JSON_SWITCH, readArgs, type ArgValues } from './args';
import { makeFolder, plainError, type CliIo } from './io';
import { PEERS_OPTION, PEERS_USAGE, peersOf } from './peers';
import type { PeerBy } from '../shared/domain/team';

const USAGE = `Usage: candor plan <metrics-file>... --rep "<name>" [--period P] --out <plan.docx|folder> [--guide <guide.docx|folder>] [--manager "<name>"] [--company "<name>"] [--team "<name>"] [--hr "<name>"] [--date YYYY-MM-DD] [--locale en-US] [--currency USD] [--window N] [--benchmark median|role] [--roster F [--as-of YYYY-MM-DD]] [--only-team T] [--only-manager M] [--only-office O] [--json] ${PEERS_USAGE}`;

/** Where the documents go: injectable so the command is tested without touching the disk. */
export type PlanOutput = {
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  isDirectory: (path: string) => Promise<boolean>;
};

export const nodeOutput: PlanOutput = {
  writeFile: async (p, b) => {
    await makeFolder(dirname(p));
    await writeFile(p, b);
  },
  isDirectory: async (p) => (await stat(p).catch(() => null))?.isDirectory() ?? false,
};

type Args = {
  files: string[];
  rep: string;
  out: string | null;
  json: boolean;
  guide: string | null;
  period: string | null;
  window: number | null;
  benchmark: Benchmark;
  manager: string;
  company: string;
  team: string;
  hr: string;
  date: string | null;
  locale: string | undefined;
  currency: string | undefined;
  scope: TeamScope;
  peers: PeerBy | null;
};

const OPTIONS = {
  ...JSON_SWITCH,
  ...FORMAT_OPTIONS,
  ...PEERS_OPTION,
  rep: { needs: 'a rep name' },
  out: { needs: 'a file or folder name' },
  guide: { needs: 'a file or folder name' },
  manager: { needs: 'a manager name' },
  company: { needs: 'a company name' },
  team: { needs: 'a team name' },
  hr: { needs: 'a name' },
  date: { needs: 'a date (YYYY-MM-DD)' },
  period: { needs: 'a period like 2026-10, 2026-Q3 or 2026-W07' },
  window: { needs: 'a value (a whole number from 1 to 24)' },
  benchmark: { needs: 'median or role' },
  roster: { needs: 'a file name' },
  'as-of': { needs: 'a date (YYYY-MM-DD)' },
  'only-team': { needs: 'a team name' },
  'only-manager': { needs: 'a manager name' },
  'only-office': { needs: 'an office name' },
} as const;
type Given = ArgValues<typeof OPTIONS>;

function parseArgs(args: string[]): Args | string {
  const read = readArgs(args, OPTIONS);
  if (typeof read === 'string') return read;
  const { files, values: given } = read;
  const json = given.json === true;
  if (files.length === 0) return 'missing <metrics-file>';
  if (given['as-of'] !== undefined && given.roster === undefined) return '--as-of goes with --roster';
  if (given['as-of'] !== undefined && !isCalendarDate(given['as-of'])) return `--as-of must be a date like 2017-06-01 (got "${given['as-of']}")`;
  if (!given.rep?.trim()) return 'missing --rep "<name>"';
  if (!given.out?.trim() && !json) return 'missing --out <plan.docx> (or --json)';
  if (given.period !== undefined && !parsePeriod(given.period)) return `--period must look like 2026-10, 2026-Q3 or 2026-W07 (got "${given.period}")`;
  const window = given.window === undefined ? null : Number(given.window);
  if (window !== null && (!Number.isInteger(window) || window < 1 || window > 24))
    return `--window must be a whole number from 1 to 24 (got "${given.window}")`;
  if (given.date !== undefined && !isCalendarDate(given.date)) return `--date must be a calendar date like 2026-11-22 (got "${given.date}")`;
  const benchmark = given.benchmark ?? 'median';
  if (benchmark !== 'role' && benchmark !== 'median') return `--benchmark must be median or role (got "${benchmark}")`;
  const peers = peersOf(given.peers);
  if (typeof peers === 'string') return peers;
  return {
    files,
    rep: given.rep,
    out: given.out?.trim() ? given.out : null,
    json,
    guide: given.guide ?? null,
    period: given.period ?? null,
    window,
    benchmark,
    manager: given.manager ?? '',
    company: given.company ?? '',
    team: given.team ?? '',
    hr: given.hr ?? '',
    date: given.date ?? null,
    locale: given.locale,
    currency: given.currency,
    scope: scopeOf(given),
    peers: peers.peers,
  };
}

/** --team and --manager name the document's team and manager, so the filters are --only-team, --only-manager, --only-office. */
function scopeOf(given: Given): TeamScope {
  const scope: TeamScope = {};
  if (given.roster !== undefined) scope.roster = given.roster;
  if (given['as-of'] !== undefined) scope.asOf = given['as-of'];
  if (given['only-team'] !== undefined) scope.team = given['only-team'];
  if (given['only-manager'] !== undefined) scope.manager = given['only-manager'];
  if (given['only-office'] !== undefined) scope.office = given['only-office'];
  return scope;
}

export async function runPlan(args: string[], io: CliIo, output: PlanOutput = nodeOutput, now: () => Date = () => new Date()): Promise<number> {
  try {
    return await plan(args, io, output, now);
  } catch (e) {
    // Never a stack trace: one line, exit 2.
    io.stderr(`candor plan: could not prepare the plan: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
}

async function plan(args: string[], io: CliIo, output: PlanOutput, now: () => Date): Promise<number> {
  const fail = (msg: string) => {
    io.stderr(`candor plan: ${msg}\n`);
    return 2;
  };
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}. ${USAGE}`);
  const given = textFormatOf(parsed.locale, parsed.currency);
  if (typeof given === 'string') return fail(given);
  // Amounts as the app writes them with no currency chosen in Settings: the currency of the
  // locale's region (en-US by default: US dollars), so the plan the CLI drafts equals the app's.
  const resolved = resolveNumberFormat({ locale: given.locale ?? null, currency: given.currency ?? null }, 'en-US');
  const format = { locale: resolved.locale, currency: resolved.currency };
  const opts = format;
  try {
    makeFormatter(opts);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }

  const loaded = await diagnoseFiles(io, parsed.files, { ...parsed, format, scope: parsed.scope });
  if (!loaded.ok) return fail(loaded.message);
  const { team, periodKind } = loaded;
  const rep = team.reps.find((r) => nameKey(r.name) === nameKey(parsed.rep));
  if (!rep) {
    const names = team.reps.map((r) => r.name).sort((a, b) => a.localeCompare(b));
    return fail(
      `no rep called "${parsed.rep}" in ${parsed.files.length === 1 ? `"${parsed.files[0] ?? ''}"` : 'the files'} for ${team.period ? formatPeriod(team.period) : 'that period'}. Reps: ${names.join(', ')}.`,
    );
  }

  // The one way to start a plan (shared/app): snapshot of the window, then the prefill with the conversation engine's draft.
  const at = now();
  const banks = loadConversationBanks();
  const started = startPlan(
    {
      diagnosis: rep,
      periodKind,
      managerName: parsed.manager,
      gapThreshold: DEFAULT_DIAGNOSIS_SETTINGS.gapThreshold,
      start: parsed.date,
      format,
      document: { company: parsed.company, team: parsed.team, hrName: parsed.hr },
    },
    { ids: randomId, now: () => at, draft: (input) => draftConversation(input, banks, format) },
  );
  if (!started.ok) return fail(started.message);
  const { snapshot, content } = started;
  // A rep id longer than a stored id (the CLI keys reps by name) is shortened: the file has no rep table to point to.
  const draftPlan = newDraftPlan({ id: randomId(), repId: rep.repId.slice(0, 64) || randomId(), snapshot, content, now: at });
  if (parsed.json) io.stdout(`${JSON.stringify({ snapshot: draftPlan.snapshot, content: draftPlan.content }, null, 2)}\n`);
  if (parsed.out === null) return 0;

  const date = parsed.date ?? isoDay(at);
  // A folder (existing, or named with a trailing slash) gets the standard file name.
  const target = async (path: string, kind: DocumentKind) =>
    /[\\/]$/u.test(path) || (await output.isDirectory(path)) ? join(path, documentFileName(date, rep.name, kind)) : path;
  try {
    const planPath = await target(parsed.out, 'plan');
    const log = parsed.json ? io.stderr : io.stdout;
    await output.writeFile(planPath, await renderDocx(planDocument(draftPlan, 'plan', { ...opts, date })));
    log(
      `Wrote ${planPath}: action and development plan for ${rep.name} (${snapshotPeriodLabel(snapshot, opts.locale)}, ${VERDICT_LABELS[rep.verdict]}${rep.weakStage ? `, ${STAGE_SHORT_LABELS[rep.weakStage]}` : ''}; ${content.actionItems.length} action items).\n`,
    );
    if (parsed.guide) {
      const guidePath = await target(parsed.guide, 'guide');
      await output.writeFile(guidePath, await renderDocx(planDocument(draftPlan, 'guide', { ...opts, date })));
      log(`Wrote ${guidePath}: conversation guide, for the manager only.\n`);
    }
  } catch (e) {
    if (e instanceof DocumentInputError) return fail(e.message);
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    if (code) return fail(`cannot write the document: ${plainError(e)}`);
    throw e;
  }
  return 0;
}
