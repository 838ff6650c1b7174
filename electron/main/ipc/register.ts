import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/errors';
import type { Dispatch } from './dispatch';

/**
 * Wires every contract channel to Electron's ipcMain through the one dispatcher. A call from a
 * frame that is not the app's own page (an injected iframe, a navigated-away window) is refused
 * before anything else runs.
 */
export const registerIpc = (
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void => {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'untrusted sender' } });
      }
      return dispatch(`wc-${event.sender.id}`, channel, input);
    });
  }
};
