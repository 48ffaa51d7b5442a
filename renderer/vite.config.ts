import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const hostUrl = process.env['DESK_HOST_URL'] ?? 'http://127.0.0.1:5170';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      output: {
        // The libraries change with the program's upgrades only: a chunk of their own stays cached
        // across releases that touch just our pages. The charts come only with 统计.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          return /[\\/](echarts|zrender)[\\/]/.test(id) ? 'charts' : 'vendor';
        },
      },
    },
  },
  // `npm run dev:renderer` talks to a running `npm run host`.
  server: { proxy: { '/api': hostUrl, '/health': hostUrl } },
});
