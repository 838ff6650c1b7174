import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../shared/ipc/channels';
import { registerIpc } from './register';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => unknown;

const fakeIpcMain = () => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
};

const event = (senderId: number, url: string) => ({ sender: { id: senderId }, senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

describe('registerIpc', () => {
  it('registers exactly the contract channels, once each', () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, async () => ({ ok: true, value: null }), () => true);
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes the channel, raw input and a per-window sender key to the dispatcher', async () => {
    const ipc = fakeIpcMain();
    const calls: unknown[][] = [];
    registerIpc(
      ipc,
      async (...args) => {
        calls.push(args);
        return { ok: true, value: 'v' };
      },
      () => true,
    );
    const r = await ipc.handlers.get('auth:login')!(event(7, 'file:///app/index.html'), { username: 'a' });
    expect(r).toEqual({ ok: true, value: 'v' });
    expect(calls).toEqual([['wc-7', 'auth:login', { username: 'a' }]]);
  });

  it('refuses an untrusted sender before the dispatcher sees anything', async () => {
    const ipc = fakeIpcMain();
    let called = false;
    registerIpc(
      ipc,
      async () => {
        called = true;
        return { ok: true, value: null };
      },
      (e) => e.senderFrame?.url.startsWith('file:///app/') ?? false,
    );
    const r = await ipc.handlers.get('staff:list')!(event(1, 'https://evil.example/'), {});
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(called).toBe(false);
  });
});
