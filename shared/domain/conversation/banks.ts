// The conversation banks: talking points, questions, pushback, support, consequences,
// development activities, reminders and openings, shipped as JSON in resources/conversation/
// and validated with zod when loaded. The JSON is imported statically, so Vite bundles it for
// the renderer and tsx reads it in the CLI.
import type { ConversationBanks } from '@shared/schemas/conversation';
import { conversationBanksSchema } from '@shared/schemas/conversation';
import { verdictSchema, weakStageSchema } from '@shared/schemas/diagnosis';
import talkingPoints from '@resources/conversation/talking-points.json';
import questions from '@resources/conversation/questions.json';
import pushback from '@resources/conversation/pushback.json';
import support from '@resources/conversation/support.json';
import consequences from '@resources/conversation/consequences.json';
import development from '@resources/conversation/development.json';
import reminders from '@resources/conversation/reminders.json';
import openings from '@resources/conversation/openings.json';
import systemChecks from '@resources/conversation/system-checks.json';

/** Bank data that does not match its schema: `problems` lists each one as "bank[index].field: message". */
export class ConversationBankError extends Error {
  override readonly name = 'ConversationBankError';
  constructor(readonly problems: string[]) {
    super(
      `The conversation banks are not valid: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
    );
  }
}

/** Every diagnosis must find an opening and a consequence, and every weak stage a development entry. */
function coverage(b: ConversationBanks): string[] {
  const out: string[] = [];
  for (const v of verdictSchema.options) {
    if (!b.openings.some((o) => !o.withObstacle && o.verdicts.includes(v))) out.push(`openings: none for "${v}"`);
    if (!b.consequences.some((c) => !c.withObstacle && c.verdicts.includes(v))) out.push(`consequences: none for "${v}"`);
  }
  if (!b.openings.some((o) => o.withObstacle)) out.push('openings: none for a recorded obstacle');
  if (!b.consequences.some((c) => c.withObstacle)) out.push('consequences: none for a recorded obstacle');
  for (const s of [...weakStageSchema.options, 'effort' as const]) {
    if (!b.development.some((d) => d.stage === s)) out.push(`development: none for "${s}"`);
  }
  for (const kind of ['activity', 'behaviour', 'result', 'acknowledge'] as const) {
    if (!b.talkingPoints.some((t) => t.kind === kind && t.metricKeys.includes('*'))) out.push(`talkingPoints: no "*" fallback of kind "${kind}"`);
  }
  return out;
}

/** Validates raw bank data (e.g. edited JSON). Throws ConversationBankError naming every problem. */
export function parseConversationBanks(raw: unknown): ConversationBanks {
  const r = conversationBanksSchema.safeParse(raw);
  if (!r.success) {
    throw new ConversationBankError(
      r.error.issues.map((i) => `${i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join('')}: ${i.message}`),
    );
  }
  const gaps = coverage(r.data);
  if (gaps.length) throw new ConversationBankError(gaps);
  return r.data;
}

/** The raw bank files as shipped, before validation. */
export const RAW_BANKS: Record<keyof ConversationBanks, unknown> = {
  talkingPoints,
  questions,
  pushback,
  support,
  consequences,
  development,
  reminders,
  openings,
  systemChecks,
};

let cached: ConversationBanks | null = null;
/** The shipped banks, validated once and cached. */
export function loadConversationBanks(): ConversationBanks {
  cached ??= parseConversationBanks(RAW_BANKS);
  return cached;
}

/** Every text of the banks that a manager reads or says (what the wording coach must not flag). */
export function managerTexts(b: ConversationBanks): string[] {
  return [
    ...b.talkingPoints.map((t) => t.text),
    ...b.questions.map((q) => q.text),
    ...b.pushback.flatMap((p) => [p.approach, p.approachWithoutNumbers]),
    ...b.support.map((s) => s.text),
    ...b.consequences.map((c) => c.text),
    ...b.development.flatMap((d) => [d.skill, ...d.activities, ...d.resources]),
    ...b.reminders.map((r) => r.text),
    ...b.openings.map((o) => o.text),
    ...b.systemChecks.map((c) => c.text),
  ];
}
