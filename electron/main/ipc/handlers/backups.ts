import { backupsToKeep } from '../../../../shared/domain/backup/schedule';
import { localBackupNameSchema, type Request, type Response } from '../../../../shared/ipc/contract';
import type { Services } from '../../services/types';
import { HandlerError } from '../errors';

/** candor-backup-2026-12-01T08-30-00-000Z.json ⇄ 2026-12-01T08:30:00.000Z */
export function localBackupName(createdAt: string): string {
  return `candor-backup-${new Date(createdAt).toISOString().replace(/:/g, '-').replace('.', '-')}.json`;
}

export function createdAtOf(name: string): string | null {
  const m = /^candor-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : null;
}

async function listed(services: Services): Promise<Response<'backupList'>> {
  const out: Response<'backupList'> = [];
  for (const f of await services.backups.list()) {
    const createdAt = createdAtOf(f.name);
    // Anything else in the folder (a user's own file) is neither listed nor touched.
    if (createdAt && localBackupNameSchema.safeParse(f.name).success) out.push({ name: f.name, createdAt, size: f.size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function backupWrite(request: Request<'backupWrite'>, services: Services): Promise<Response<'backupWrite'>> {
  const name = localBackupName(request.createdAt);
  const size = await services.backups.write(name, request.text);
  const keep = backupsToKeep(
    (await listed(services)).map((b) => ({ name: b.name, createdAt: b.createdAt })),
    services.now(),
  );
  keep.add(name);
  for (const b of await listed(services)) if (!keep.has(b.name)) await services.backups.remove(b.name);
  return { name, createdAt: new Date(request.createdAt).toISOString(), size };
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
