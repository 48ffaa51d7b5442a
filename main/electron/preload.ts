import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNELS, type DeskBridge } from '../../shared/bridge';

// The page gets these four calls and nothing else of Electron or Node.
const bridge: DeskBridge = {
  listPrinters: () => ipcRenderer.invoke(BRIDGE_CHANNELS.listPrinters),
  printPdf: (pdf, options) => ipcRenderer.invoke(BRIDGE_CHANNELS.printPdf, pdf, options),
  saveFile: (data, suggestedName) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, data, suggestedName),
  openFile: (filters) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFile, filters),
};

contextBridge.exposeInMainWorld('deskBridge', bridge);
