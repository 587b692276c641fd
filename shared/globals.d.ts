// The few web-standard globals that exist both in browsers (renderer, Web Worker) and in
// Node 20+ (CLI, tests). shared/ is compiled without DOM or Node types, so it declares
// only what it uses here, on purpose: anything else is a compile error.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
  randomUUID(): string;
  subtle: {
    digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
    // The WebCrypto calls backups use (PBKDF2-SHA-256 → AES-GCM), typed only as far as they are used.
    importKey(format: 'raw', keyData: Uint8Array, algorithm: 'PBKDF2', extractable: false, usages: ['deriveKey']): Promise<CryptoKeyLike>;
    deriveKey(
      algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
      baseKey: CryptoKeyLike,
      derivedKeyType: { name: 'AES-GCM'; length: 256 },
      extractable: false,
      usages: ('encrypt' | 'decrypt')[],
    ): Promise<CryptoKeyLike>;
    encrypt(algorithm: AesGcmLike, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
    decrypt(algorithm: AesGcmLike, key: CryptoKeyLike, data: Uint8Array): Promise<ArrayBuffer>;
  };
};
/** AES-GCM parameters; `additionalData` is authenticated along with the ciphertext. */
type AesGcmLike = { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array };
/** An opaque WebCrypto key. */
type CryptoKeyLike = { readonly type: string };
