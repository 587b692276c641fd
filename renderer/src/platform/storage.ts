/** What the browser says about Candor's storage: persistent or not, and how full. */
export type StorageStatus = {
  /** true: the browser will not clear Candor's data to free space; null: the browser cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
};

/** Usage above this share of the quota gets a warning. */
export const NEAR_QUOTA_SHARE = 0.8;

type StorageManagerLike = {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
};

function manager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined);
}

export async function storageStatus(m: StorageManagerLike | undefined = manager()): Promise<StorageStatus> {
  const persisted = m?.persisted ? await m.persisted().catch(() => null) : null;
  const estimate = m?.estimate ? await m.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function nearQuota(s: StorageStatus): boolean {
  return s.usage !== null && s.quota !== null && s.quota > 0 && s.usage / s.quota >= NEAR_QUOTA_SHARE;
}

export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
