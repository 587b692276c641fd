/** Injectable id and clock sources so domain code and tests stay deterministic. */
export type IdSource = () => string;
export type Clock = () => Date;

export const randomId: IdSource = () => crypto.randomUUID();
export const systemClock: Clock = () => new Date();

/** Deterministic ids for tests: `prefix-1`, `prefix-2`, … */
export function sequentialIds(prefix = 'id'): IdSource {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export function fixedClock(iso: string): Clock {
  return () => new Date(iso);
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
