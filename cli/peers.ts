// --peers team|role for `candor diagnose` and `candor plan`: whose median each rep is compared
// with, as Settings → Diagnosis chooses it in the app.
import { PEER_BY_VALUES, type PeerBy } from '../shared/domain/team';

export const PEERS_USAGE = '[--peers team|role]';

/** The option, for readArgs (cli/args.ts). */
export const PEERS_OPTION = { peers: { needs: 'team or role' } } as const;

/** The group asked for (null: the stored setting, or role); or why it cannot be read. */
export function peersOf(value: string | undefined): { peers: PeerBy | null } | string {
  if (value === undefined) return { peers: null };
  return PEER_BY_VALUES.includes(value as PeerBy) ? { peers: value as PeerBy } : `--peers must be team or role (got "${value}")`;
}
