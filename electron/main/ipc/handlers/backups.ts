import { backupsToKeep } from '@shared/domain/backup/schedule';
import { localBackupNameSchema, type LocalBackupKind, type Request, type Response } from '@shared/ipc/contract';
import type { Services } from '@main/services/types';
import { HandlerError } from '../errors';

const PREFIX: Record<LocalBackupKind, string> = { rolling: 'candor-backup-', 'before-restore': 'candor-backup-before-restore-' };

/** candor-backup-2026-12-01T08-30-00-000Z.json ⇄ 2026-12-01T08:30:00.000Z (before-restore copies: candor-backup-before-restore-…). */
export function localBackupName(createdAt: string, kind: LocalBackupKind = 'rolling'): string {
  return `${PREFIX[kind]}${new Date(createdAt).toISOString().replace(/:/g, '-').replace('.', '-')}.json`;
}

export function localBackupOf(name: string): { createdAt: string; kind: LocalBackupKind } | null {
  const m = /^candor-backup-(before-restore-)?(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/.exec(name);
  return m ? { createdAt: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`, kind: m[1] ? 'before-restore' : 'rolling' } : null;
}

async function listed(services: Services): Promise<Response<'backupList'>> {
  const out: Response<'backupList'> = [];
  for (const f of await services.backups.list()) {
    const known = localBackupOf(f.name);
    // Anything else in the folder (a user's own file) is neither listed nor touched.
    if (known && localBackupNameSchema.safeParse(f.name).success) out.push({ name: f.name, ...known, size: f.size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Writes one backup; only rolling backups are pruned, and a copy made before a restore is never removed here. */
export async function backupWrite(request: Request<'backupWrite'>, services: Services): Promise<Response<'backupWrite'>> {
  const kind = request.kind ?? 'rolling';
  const name = localBackupName(request.createdAt, kind);
  const size = await services.backups.write(name, request.text);
  const rolling = (await listed(services)).filter((b) => b.kind === 'rolling');
  const keep = backupsToKeep(
    rolling.map((b) => ({ name: b.name, createdAt: b.createdAt })),
    services.now(),
  );
  keep.add(name);
  for (const b of rolling) if (!keep.has(b.name)) await services.backups.remove(b.name);
  return { name, kind, createdAt: new Date(request.createdAt).toISOString(), size };
}

export function backupList(_request: Request<'backupList'>, services: Services): Promise<Response<'backupList'>> {
  return listed(services);
}

export async function backupRead(request: Request<'backupRead'>, services: Services): Promise<Response<'backupRead'>> {
  if (!(await listed(services)).some((b) => b.name === request.name))
    throw new HandlerError('not-found', 'That automatic backup is no longer there.');
  return { text: await services.backups.read(request.name) };
}

export function backupFolder(_request: Request<'backupFolder'>, services: Services): Response<'backupFolder'> {
  return { path: services.backups.folder() };
}
