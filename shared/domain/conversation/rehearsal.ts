// Rehearsal: the manager's typed replies to the objections, each run through the wording coach,
// with a summary of which replies were too soft or too hard.
import type { RehearsalReply, RehearsalReplyResult, RehearsalSummary } from '@shared/schemas/conversation';
import type { CoachContext } from './coach';
import { coachWording } from './coach';

export type { RehearsalReply, RehearsalReplyResult, RehearsalSummary };

export function summariseRehearsal(replies: readonly RehearsalReply[], context: CoachContext = {}): RehearsalSummary {
  const out: RehearsalReplyResult[] = [];
  const totals: RehearsalSummary['totals'] = { count: replies.length, tooHard: [], tooSoft: [], balanced: [], empty: [] };
  for (const r of replies) {
    if (r.reply.trim() === '') {
      totals.empty.push(r.objectionId);
      out.push({ objectionId: r.objectionId, reply: r.reply, tone: 'balanced', meter: 0, flags: [] });
      continue;
    }
    const res = coachWording(r.reply, context);
    out.push({ objectionId: r.objectionId, reply: r.reply, tone: res.tone, meter: res.meter, flags: res.flags });
    if (res.tone === 'too-hard') totals.tooHard.push(r.objectionId);
    else if (res.tone === 'too-soft') totals.tooSoft.push(r.objectionId);
    else totals.balanced.push(r.objectionId);
  }
  return { replies: out, totals };
}
