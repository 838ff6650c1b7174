import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { buildApi } from '../../shared/ipc/bridge';

// Only contract functions, each bound to one channel; never ipcRenderer itself or the event.
contextBridge.exposeInMainWorld(
  'api',
  buildApi(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input)),
);
