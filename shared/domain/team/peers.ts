// Peer groups: whose median a rep is compared with. The manager chooses in Settings: the rep's
// own team (the placement in force at the end of the period), or everyone in the same role.
// A median of very few reps is noise, so a group under the minimum size gives way to the next
// wider one (team → role → everyone with data), and the page says which and why.
import { nameKey } from '@shared/schemas/common';
import type { RepPlacement } from '@shared/schemas/rep';
import { placementAt } from './placement';

export type PeerBy = 'team' | 'role';
export const PEER_BY_VALUES: readonly PeerBy[] = ['team', 'role'];
export const DEFAULT_MIN_PEERS = 5;

export type PeerScope = 'team' | 'role' | 'everyone';

/** One candidate group: what it is, how a sentence names it, and how many reps with data it holds. */
export type PeerLevel = { scope: PeerScope; key: string; label: string; size: number };

/** The group used, and the narrower ones passed over for being under the minimum. */
export type PeerChoice = { used: PeerLevel; passedOver: PeerLevel[]; minSize: number };

/**
 * THE rule: the first group (narrowest first) with at least `minSize` reps; the last one (everyone
 * with data) when none has. A group is passed over if and only if it is under the minimum.
 */
export function choosePeerGroup(levels: readonly PeerLevel[], minSize: number): PeerChoice {
  const passedOver: PeerLevel[] = [];
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as PeerLevel;
    if (level.size >= minSize || i === levels.length - 1) return { used: level, passedOver, minSize };
    passedOver.push(level);
  }
  return { used: { scope: 'everyone', key: '*', label: 'everyone with data', size: 0 }, passedOver, minSize };
}

/** The team a rep is compared with on `date`: the placement's team, else the manager's team; null when unplaced. */
export function peerTeamAt(rep: { placements?: readonly RepPlacement[] | undefined }, date: string): { key: string; label: string } | null {
  const p = placementAt(rep, date);
  if (p.team) return { key: `team:${nameKey(p.team)}`, label: `team ${p.team}` };
  if (p.manager) return { key: `manager:${nameKey(p.manager)}`, label: `${p.manager}’s team` };
  return null;
}

/** The group used, in a few words: "Dustin Brinkmann’s team", "the role AE", "everyone with data". */
export function peerGroupName(choice: PeerChoice): string {
  return choice.used.scope === 'role' ? `the role ${choice.used.label}` : choice.used.label;
}

/** The label of the team level for a rep with no team or manager on record (a group of none). */
export const NO_TEAM = 'no team on record';

const reps = (n: number) => `${n} ${n === 1 ? 'rep' : 'reps'} with data`;

/**
 * The sentence every comparison carries: "Compared with all 30 reps in the role Sales Rep:
 * Dustin Brinkmann’s team has 3 reps with data, fewer than 5."
 */
export function peerSentence(choice: PeerChoice): string {
  const { used } = choice;
  const head =
    used.scope === 'everyone'
      ? `Compared with everyone with data (${reps(used.size)})`
      : used.scope === 'role'
        ? `Compared with all ${used.size} ${used.size === 1 ? 'rep' : 'reps'} in the role ${used.label}`
        : `Compared with ${used.label} (${reps(used.size)})`;
  const why = choice.passedOver.map((l) =>
    l.label === NO_TEAM
      ? 'no team or manager is on record for this rep'
      : `${l.scope === 'role' ? `the role ${l.label}` : l.label} has ${reps(l.size)}, fewer than ${choice.minSize}`,
  );
  return why.length ? `${head}: ${why.join('; ')}.` : `${head}.`;
}

/**
 * The peer-group lines a page or the CLI prints above a table: one line when every rep is
 * compared with the same group, else one per group with the reps it serves (by name).
 */
export function peerGroupLines(items: ReadonlyArray<{ name: string; choice: PeerChoice }>): string[] {
  const byLine = new Map<string, string[]>();
  for (const { name, choice } of items) {
    const line = peerSentence(choice);
    const names = byLine.get(line);
    if (names) names.push(name);
    else byLine.set(line, [name]);
  }
  if (byLine.size <= 1) return [...byLine.keys()];
  return [...byLine].map(([line, names]) => `${names.sort((a, b) => a.localeCompare(b)).join(', ')}: ${line}`);
}
