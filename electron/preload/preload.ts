import { contextBridge, ipcRenderer } from 'electron';
import { createKapBridge } from './kap-bridge';

// The page gets `window.kap` and nothing else: never ipcRenderer, never a Node API.
contextBridge.exposeInMainWorld('kap', createKapBridge(ipcRenderer));
