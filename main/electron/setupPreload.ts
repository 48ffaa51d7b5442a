import { contextBridge, ipcRenderer } from 'electron';
import { SETUP_CHANNEL, SETUP_NOTICE_CHANNEL, type ShellSetup } from '../../shared/bridge';

contextBridge.exposeInMainWorld('deskSetup', {
  /** Resolves with an error message to show, or null when the choice was taken. */
  submit: (setup: ShellSetup): Promise<string | null> => ipcRenderer.invoke(SETUP_CHANNEL, setup),
  /** Why setup is asked again (the pairing was revoked), or null on a first run. */
  notice: (): Promise<string | null> => ipcRenderer.invoke(SETUP_NOTICE_CHANNEL),
});
