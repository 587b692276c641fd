// --peers team|role for `candor diagnose` and `candor plan`: whose median each rep is compared
// with, as Settings → Diagnosis chooses it in the app. Taken out of the arguments before the
// command reads the rest, so each command's own parser stays as it is.
import { PEER_BY_VALUES, type PeerBy } from '../shared/domain/team';

export const PEERS_USAGE = '[--peers team|role]';

/** The arguments without --peers, and the group asked for (null: the stored setting, or role); or why it cannot be read. */
export function takePeers(args: readonly string[]): { rest: string[]; peers: PeerBy | null } | string {
  const rest: string[] = [];
  let peers: PeerBy | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a !== '--peers' && !a.startsWith('--peers=')) {
      rest.push(a);
      continue;
    }
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    if (!PEER_BY_VALUES.includes(v as PeerBy)) return `--peers must be team or role (got "${v ?? ''}")`;
    peers = v as PeerBy;
  }
  return { rest, peers };
}
