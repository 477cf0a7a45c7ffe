import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from the app's own protocol (Electron) or the loopback preview server;
// both serve dist/renderer at the origin root.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // Inline <script> would need 'unsafe-inline' in the CSP; keep the module preload polyfill out.
    modulePreload: { polyfill: false },
    // zxcvbn's dictionaries (about 1.6 MB) form one chunk, loaded only while a passphrase is chosen.
    chunkSizeWarningLimit: 2000,
  },
});
