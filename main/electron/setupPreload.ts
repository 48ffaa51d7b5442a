import { contextBridge, ipcRenderer } from 'electron';
import { SETUP_CHANNEL, type ShellSetup } from '../../shared/bridge';

contextBridge.exposeInMainWorld('deskSetup', {
  /** Resolves with an error message to show, or null when the choice was taken. */
  submit: (setup: ShellSetup): Promise<string | null> => ipcRenderer.invoke(SETUP_CHANNEL, setup),
});
