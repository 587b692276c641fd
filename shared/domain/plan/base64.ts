// Signature images are stored in a plan as base64 (shared/ has no atob/btoa): the one
// implementation in shared/lib/base64, with a decoder that refuses text that is not base64.
import { fromBase64, toBase64 } from '@shared/lib/base64';

export const bytesToBase64 = toBase64;

export function base64ToBytes(text: string): Uint8Array {
  const bytes = fromBase64(text);
  if (!bytes) throw new Error('The stored signature image is not valid base64.');
  return bytes;
}
