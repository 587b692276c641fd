// The buyer-state marks of a script line as a coach types them: "decision: undecided, pressure: felt".
// The stored form is a record of short slugs; these two functions turn one into the other so the
// script form can show and edit the marks that the path walk checks.
import { scriptKeySchema, type BuyerState } from '@shared/schemas';

/** "decision: undecided, pressure: felt" (keys in stored order). Empty state: empty text. */
export function stateText(state: BuyerState | undefined): string {
  return Object.entries(state ?? {})
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}

export type StateParse = { ok: true; state: BuyerState } | { ok: false; message: string };

const slug = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '-');

/**
 * Reads marks typed as `name: value` (or `name = value`), separated by commas, semicolons or new
 * lines. Names and values are short words with dashes; spaces inside become dashes and capitals
 * are lowered. A name given twice keeps no value: it is refused, since the walk could not tell
 * which one the line means.
 */
export function parseStateText(text: string): StateParse {
  const state: BuyerState = {};
  for (const raw of text.split(/[,;\n]/)) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^([^:=]+)[:=](.*)$/.exec(part);
    if (!m) return { ok: false, message: `“${part}” needs a name and a value, like “decision: undecided”` };
    const key = slug(m[1]!);
    const value = slug(m[2]!);
    if (!scriptKeySchema.safeParse(key).success || !scriptKeySchema.safeParse(value).success)
      return { ok: false, message: `In “${part}”, use letters, digits and dashes for the name and the value` };
    if (key in state) return { ok: false, message: `“${key}” is given twice` };
    state[key] = value;
  }
  return { ok: true, state };
}
