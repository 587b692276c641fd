import { CHANNELS, type ChannelKey } from '@shared/ipc/channels';
import { contract, type Envelope, type Request, type Response } from '@shared/ipc/contract';
import type { Services } from '../services/types';
import { HandlerError } from './errors';

export type Handler<K extends ChannelKey> = (request: Request<K>, services: Services) => Promise<Response<K>> | Response<K>;
/** Every channel must have a handler: a missing one is a compile error here. */
export type Handlers = { [K in ChannelKey]: Handler<K> };

/** The parts of an IPC event the guard looks at. */
export type SenderInfo = { senderFrameUrl: string | null; isMainFrame: boolean };

export type IpcMainLike = {
  handle(channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>): void;
};

/**
 * Builds the listener for one channel: sender check → zod parse → handler → envelope.
 * Exported so tests exercise exactly what main registers.
 */
export function makeListener<K extends ChannelKey>(
  key: K,
  handler: Handler<K>,
  services: Services,
  isTrustedSender: (info: SenderInfo) => boolean,
  senderOf: (event: unknown) => SenderInfo,
): (event: unknown, payload: unknown) => Promise<Envelope<Response<K>>> {
  const schema = contract[key];
  return async (event, payload) => {
    if (!isTrustedSender(senderOf(event))) {
      return { ok: false, error: { code: 'untrusted-sender', message: 'Request refused: it did not come from the Candor window.' } };
    }
    const parsed = schema.request.safeParse(payload);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-request', message: 'Request refused: its contents were not valid.' } };
    }
    try {
      const value = await handler(parsed.data as Request<K>, services);
      // What goes back is checked too: a handler bug must not hand the page something unexpected.
      const checked = schema.response.safeParse(value);
      if (!checked.success)
        return { ok: false, error: { code: 'internal', message: 'Something went wrong on the desktop side; nothing was changed.' } };
      return { ok: true, value: checked.data as Response<K> };
    } catch (e) {
      if (e instanceof HandlerError) return { ok: false, error: { code: e.code, message: e.message } };
      return { ok: false, error: { code: 'internal', message: 'Something went wrong on the desktop side; nothing was changed.' } };
    }
  };
}

export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  services: Services,
  isTrustedSender: (info: SenderInfo) => boolean,
  senderOf: (event: unknown) => SenderInfo,
): void {
  for (const key of Object.keys(CHANNELS) as ChannelKey[]) {
    // Each key is paired with its own handler; TypeScript cannot follow the correlation in a loop.
    ipcMain.handle(CHANNELS[key], makeListener(key, handlers[key] as Handler<typeof key>, services, isTrustedSender, senderOf));
  }
}
