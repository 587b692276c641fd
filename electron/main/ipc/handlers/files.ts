import path from 'node:path';
import { MAX_OPEN_BYTES, type Request, type Response } from '@shared/ipc/contract';
import { sanitizeFileName } from '@shared/lib/filename';
import type { Services } from '@main/services/types';
import { HandlerError } from '../errors';

export async function openFile(request: Request<'openFile'>, services: Services): Promise<Response<'openFile'>> {
  const picked = await services.dialog.showOpen({ title: request.title, filters: request.filters });
  const filePath = picked.filePaths[0];
  if (picked.canceled || !filePath) return { canceled: true };
  const size = await services.fs.size(filePath);
  if (size > MAX_OPEN_BYTES) {
    throw new HandlerError(
      'file-too-large',
      `That file is ${Math.round(size / 1048576)} MB; Candor reads files up to ${MAX_OPEN_BYTES / 1048576} MB.`,
    );
  }
  const bytes = await services.fs.read(filePath);
  return { canceled: false, name: path.basename(filePath), bytes };
}

export async function saveFile(request: Request<'saveFile'>, services: Services): Promise<Response<'saveFile'>> {
  const picked = await services.dialog.showSave({ defaultPath: sanitizeFileName(request.suggestedName), filters: request.filters });
  if (picked.canceled || !picked.filePath) return { canceled: true };
  await services.fs.write(picked.filePath, request.bytes);
  return { canceled: false, name: path.basename(picked.filePath) };
}

/** A system notification, as the renderer asked (the request is parsed against the contract first). */
export function notify(request: Request<'notify'>, services: Services): Response<'notify'> {
  return { shown: services.notify({ title: request.title, body: request.body }) };
}

export function appVersion(_request: Request<'appVersion'>, services: Services): Response<'appVersion'> {
  return { version: services.appVersion() };
}
